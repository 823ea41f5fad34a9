#include "SignDialog.h"

#include "StudioSettings.h"
#include "model/Roles.h"
#include "signing/CertificateList.h"
#include "signing/NssDatabase.h"
#include "signing/TimestampQuery.h"
#include "workflow/SignDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QThread>

using namespace smout;
using namespace Qt::StringLiterals;

// Hands the worker's requests to the dialog.
class SignDialog::Secrets : public signing::SecretPrompt {
public:
    explicit Secrets(SignDialog *dialog) : m_dialog(dialog) {}
    std::optional<QString> ask(const signing::SecretRequest &request) override { return m_dialog->askFromWorker(request); }

private:
    SignDialog *m_dialog;
};

namespace {
constexpr int TokenRole = Qt::UserRole;
}

SignDialog::SignDialog(Role role, QByteArray pdf, QWidget *parent)
    : QDialog(parent), m_role(role), m_pdf(std::move(pdf)), m_certificate(new QComboBox), m_secretLabel(new QLabel),
      m_problem(new QLabel), m_roleNote(new QLabel), m_secret(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
      m_import(new QPushButton(tr("&Import Certificate…"))), m_timestamp(new QCheckBox)
{
    setWindowTitle(tr("Sign as %1").arg(QString(codeOf(role))));
    auto *form = new QFormLayout(this);
    m_certificate->setObjectName(u"certificate"_s);
    m_certificate->setAccessibleName(tr("Certificate"));
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_roleNote->setObjectName(u"roleNote"_s);
    m_roleNote->setWordWrap(true);
    form->addRow(tr("&Certificate:"), m_certificate);
    form->addRow(m_roleNote);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_problem);
    m_import->setObjectName(u"importCertificate"_s);
    m_import->setToolTip(tr("Import your certificate and its key from a PKCS#12 file (.p12 or .pfx)"));
    form->addRow(m_import);
    form->addRow(new QLabel(tr("Reason: %1").arg(signingReason(role))));
    const QString tsa = StudioSettings::timestampAuthority();
    m_timestamp->setObjectName(u"timestamp"_s);
    m_timestamp->setText(tr("Add a &timestamp from %1").arg(tsa));
    m_timestamp->setToolTip(tr("The time-stamping authority proves when you signed, so that the signature stays verifiable after "
                               "your certificate expires. Without an answer from it, nothing is signed."));
    // A stored address that cannot be asked is not offered (Settings refuses to keep one).
    const bool offered = !tsa.isEmpty() && signing::timestampAuthorityProblem(QUrl(tsa, QUrl::StrictMode)).isEmpty();
    m_timestamp->setChecked(offered);
    m_timestamp->setVisible(offered);
    form->addRow(m_timestamp);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    connect(m_certificate, &QComboBox::currentIndexChanged, this, &SignDialog::updateSecretLabel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &SignDialog::importRequested);
    reloadCertificates();
}

void SignDialog::reloadCertificates()
{
    m_certificate->clear();
    auto listed = signing::listCertificates(nullptr, QDateTime::currentDateTimeUtc());
    if (listed && m_admit)
        for (signing::SigningCertificate &c : listed.value())
            if (const Status admitted = c.signing ? m_admit(c.who) : success(); !admitted) {
                c.signing = false;
                c.reason = admitted.error();
            }
    auto *items = qobject_cast<QStandardItemModel *>(m_certificate->model());
    if (listed) {
        for (const signing::SigningCertificate &c : *listed) {
            m_certificate->addItem(c.nickname);
            const int row = m_certificate->count() - 1;
            m_certificate->setItemData(row, c.token, TokenRole);
            m_certificate->setItemData(row, c.signing ? c.subject : tr("May not sign: %1").arg(c.reason), Qt::ToolTipRole);
            if (!c.signing)
                items->item(row)->setEnabled(false);
        }
        m_certificate->setCurrentIndex(signing::preferredCertificate(*listed));
    }
    const bool usable = listed && m_certificate->currentIndex() >= 0;
    if (!usable)
        m_problem->setText(listed ? tr("No certificate here may sign documents. Import your certificate (a .p12 or .pfx file), "
                                       "or insert your card and open this dialog again.")
                                  : listed.error());
    else
        m_problem->clear();
    m_import->setVisible(!usable);
    m_secret->setEnabled(usable);
    m_certificate->setEnabled(usable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    if (!usable)
        m_import->setFocus();
    updateSecretLabel();
}

void SignDialog::setAdmission(std::function<Status(const signing::SignerIdentity &)> admit, bool registry)
{
    m_admit = std::move(admit);
    const QString role = QString(codeOf(m_role));
    m_roleNote->setText(registry ? tr("Only the certificates the role registry lists for %1 can be chosen.").arg(role)
                                 : tr("No role registry is set: nothing checks that the certificate you choose belongs to %1. "
                                      "Ask your office to keep one (smout db roles), so that a role is a fact rather than a claim.")
                                       .arg(role));
    reloadCertificates();
}

SignDialog::~SignDialog()
{
    if (m_worker) {
        answer(std::nullopt);
        m_worker->wait();
    }
}

QString SignDialog::selectedToken() const
{
    return m_certificate->currentData(TokenRole).toString();
}

void SignDialog::updateSecretLabel()
{
    const QString token = selectedToken();
    m_secretLabel->setText(token.isEmpty() || token == u"NSS Certificate DB" ? tr("&Passphrase for the certificate database:")
                                                                             : tr("&PIN for %1:").arg(token));
}

void SignDialog::accept()
{
    if (m_waiting) { // the worker asked again: this is the answer
        const QString typed = m_secret->text();
        m_secret->clear();
        answer(typed);
        return;
    }
    if (m_worker || m_certificate->currentIndex() < 0)
        return;
    m_typedFirst = m_secret->text();
    m_typedFor = selectedToken();
    m_secret->clear();
    m_problem->setText(tr("Signing…"));
    m_certificate->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString nickname = m_certificate->currentText();
    const QUrl tsa = m_timestamp->isChecked() ? QUrl(StudioSettings::timestampAuthority(), QUrl::StrictMode) : QUrl();
    m_timestamp->setEnabled(false);
    m_worker = QThread::create([this, nickname, tsa] {
        Secrets secrets(this);
        workflow::ReadyToSign ready;
        ready.role = m_role;
        ready.pdf = m_pdf;
        ready.admit = m_admit;
        workflow::SignerChoice choice{nickname, &secrets, tsa};
        const workflow::SignOutcome outcome = workflow::signReady(ready, choice);
        const Result<signing::SignedPdf> result = outcome.ok() ? Result<signing::SignedPdf>(outcome.signedPdf) : Error{outcome.failure->message};
        QMetaObject::invokeMethod(this, [this, result] { finished(result); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void SignDialog::reject()
{
    if (m_worker) {
        answer(std::nullopt); // the worker gives up and finishes; finished() closes nothing
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    QDialog::reject();
}

std::optional<QString> SignDialog::askFromWorker(const signing::SecretRequest &request)
{
    std::unique_lock lock(m_mutex);
    if (m_typedFirst && request.problem.isEmpty() && request.token == m_typedFor)
        return std::exchange(m_typedFirst, std::nullopt);
    m_answer.reset();
    m_waiting = true;
    QMetaObject::invokeMethod(this, [this, request] { showRequest(request); }, Qt::QueuedConnection);
    m_answered.wait(lock, [this] { return m_answer.has_value(); });
    m_waiting = false;
    return *std::exchange(m_answer, std::nullopt);
}

void SignDialog::showRequest(const signing::SecretRequest &request)
{
    m_secretLabel->setText(request.label + u':');
    m_problem->setText(request.problem.isEmpty() ? tr("Enter the %1.").arg(request.label)
                                                 : tr("%1. Retype it, or cancel.").arg(request.problem));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_secret->setFocus();
}

void SignDialog::answer(std::optional<QString> secret)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_waiting)
            return;
        m_answer = std::move(secret);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_problem->setText(tr("Signing…"));
    m_answered.notify_one();
}

void SignDialog::finished(const Result<signing::SignedPdf> &result)
{
    if (!m_worker)
        return; // cancelled
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (result) {
        m_signed = result.value();
        QDialog::accept();
        return;
    }
    // Not signed: say why; the user may pick another certificate or retype, or cancel.
    m_problem->setText(result.error());
    m_certificate->setEnabled(true);
    m_timestamp->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}
