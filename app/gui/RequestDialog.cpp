#include "RequestDialog.h"

#include "model/FieldNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

RequestDialog::RequestDialog(const QString &title, QWidget *parent) : QDialog(parent), m_text(new QPlainTextEdit)
{
    setWindowTitle(title);
    setObjectName(u"requestDialog"_s);
    m_text->setObjectName(u"requestText"_s);
    m_text->setTabChangesFocus(true);
    resize(520, 300);
}

RequestDialog *RequestDialog::forRequest(const QStringList &fields, const QString &chosen, QWidget *parent)
{
    auto *d = new RequestDialog(tr("Request More Information"), parent);
    d->m_fields = new QComboBox;
    d->m_fields->setObjectName(u"requestField"_s);
    for (const QString &path : fields)
        d->m_fields->addItem(path.isEmpty() ? tr("The whole document") : smout::fieldName(path), path);
    d->m_fields->setCurrentIndex(std::max(0, d->m_fields->findData(chosen)));
    d->m_text->setAccessibleName(tr("What information is needed"));
    auto *form = new QFormLayout(d);
    form->addRow(tr("&About:"), d->m_fields);
    form->addRow(tr("&Request:"), d->m_text);
    d->finish(form, tr("Send Request"));
    return d;
}

RequestDialog *RequestDialog::forAnswer(const QString &id, const QString &field, const QString &question, QWidget *parent)
{
    auto *d = new RequestDialog(tr("Answer Request %1").arg(id), parent);
    auto *asked = new QLabel(tr("<b>%1</b> asks about <b>%2</b>:").arg(id.toHtmlEscaped(), field.toHtmlEscaped()));
    auto *questionText = new QLabel(question);
    questionText->setTextFormat(Qt::PlainText);
    questionText->setWordWrap(true);
    questionText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    d->m_text->setAccessibleName(tr("Your answer"));
    auto *form = new QFormLayout(d);
    form->addRow(asked);
    form->addRow(questionText);
    form->addRow(tr("&Answer:"), d->m_text);
    d->finish(form, tr("Send Answer"));
    return d;
}

void RequestDialog::finish(QFormLayout *form, const QString &sendText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *send = buttons->button(QDialogButtonBox::Ok);
    send->setText(sendText);
    // Nothing empty is sent.
    send->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this, send] { send->setEnabled(!text().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_text->setFocus();
}

QString RequestDialog::path() const
{
    return m_fields ? m_fields->currentData().toString() : QString();
}

QString RequestDialog::text() const
{
    return m_text->toPlainText();
}
