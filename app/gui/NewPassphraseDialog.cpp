#include "NewPassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
constexpr int MinimumLength = 8;
}

NewPassphraseDialog::NewPassphraseDialog(const QString &why, QWidget *parent)
    : QDialog(parent), m_first(new QLineEdit), m_second(new QLineEdit), m_hint(new QLabel)
{
    setWindowTitle(tr("Protect your certificates"));
    setObjectName(u"newPassphrase"_s);
    auto *form = new QFormLayout(this);
    auto *explanation = new QLabel(why);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    m_first->setObjectName(u"passphrase"_s);
    m_second->setObjectName(u"confirmation"_s);
    for (QLineEdit *field : {m_first, m_second}) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::textChanged, this, &NewPassphraseDialog::update);
    }
    m_first->setAccessibleName(tr("New passphrase"));
    m_second->setAccessibleName(tr("New passphrase, again"));
    form->addRow(tr("New &passphrase:"), m_first);
    form->addRow(tr("&Again:"), m_second);
    m_hint->setObjectName(u"strength"_s);
    m_hint->setWordWrap(true);
    form->addRow(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    update();
}

QString NewPassphraseDialog::passphrase() const
{
    return m_first->text();
}

QString NewPassphraseDialog::strengthHint(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return tr("Choose a passphrase of at least %1 characters; several unrelated words are easy to remember and hard to guess.")
            .arg(MinimumLength);
    if (passphrase.size() < MinimumLength)
        return tr("Too short: at least %1 characters.").arg(MinimumLength);
    QSet<int> kinds;
    for (const QChar c : passphrase)
        kinds.insert(c.isLower() ? 0 : c.isUpper() ? 1 : c.isDigit() ? 2 : 3);
    const bool oneRepeated = QSet<QChar>(passphrase.begin(), passphrase.end()).size() <= 2;
    if (oneRepeated || (passphrase.size() < 12 && kinds.size() < 3))
        return tr("Weak: make it longer (12 characters or more) or mix letters, digits and other characters.");
    if (passphrase.size() < 16 && kinds.size() < 3)
        return tr("Fair: a few more characters or another word would make it strong.");
    return tr("Strong.");
}

void NewPassphraseDialog::update()
{
    QString hint = strengthHint(m_first->text());
    const bool matches = m_first->text() == m_second->text();
    if (!m_second->text().isEmpty() && !matches)
        hint += u' ' + tr("The two passphrases differ.");
    m_hint->setText(hint);
    m_ok->setEnabled(m_first->text().size() >= MinimumLength && matches);
}
