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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send Request"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(d->m_text, &QPlainTextEdit::textChanged, d, [d, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!d->text().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    form->addRow(buttons);
    d->m_text->setFocus();
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send Answer"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(d->m_text, &QPlainTextEdit::textChanged, d, [d, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!d->text().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    form->addRow(buttons);
    d->m_text->setFocus();
    return d;
}

QString RequestDialog::path() const
{
    return m_fields ? m_fields->currentData().toString() : QString();
}

QString RequestDialog::text() const
{
    return m_text->toPlainText();
}
