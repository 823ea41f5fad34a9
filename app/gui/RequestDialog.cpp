#include "RequestDialog.h"

#include "StudioSettings.h"
#include "model/FieldNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    // The name goes into the document and its PDF: asked once, never the login by default.
    if (!StudioSettings::userNameConfirmed()) {
        m_name = new QLineEdit(StudioSettings::suggestedUserName());
        m_name->setObjectName(u"senderName"_s);
        m_name->setAccessibleDescription(tr("Shown with your requests and answers in the document and its PDF"));
        form->addRow(tr("Your &name:"), m_name);
        auto *note = new QLabel(tr("Shown with your requests and answers in the document and its PDF. Asked once; "
                                   "change it in Settings."));
        note->setWordWrap(true);
        form->addRow(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *send = buttons->button(QDialogButtonBox::Ok);
    send->setText(sendText);
    // Nothing empty is sent, and nothing without a name.
    const auto complete = [this, send] { send->setEnabled(!text().trimmed().isEmpty() && !senderName().isEmpty()); };
    complete();
    connect(m_text, &QPlainTextEdit::textChanged, this, complete);
    if (m_name)
        connect(m_name, &QLineEdit::textChanged, this, complete);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_text->setFocus();
}

QString RequestDialog::path() const
{
    return m_fields ? m_fields->currentData().toString() : QString();
}

void RequestDialog::accept()
{
    if (text().trimmed().isEmpty() || senderName().isEmpty())
        return;
    QDialog::accept();
}

QString RequestDialog::senderName() const
{
    return m_name ? m_name->text().trimmed() : StudioSettings::userName();
}

QString RequestDialog::text() const
{
    return m_text->toPlainText();
}
