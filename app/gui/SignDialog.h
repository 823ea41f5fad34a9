#pragma once

// The Sign dialog: the certificate list (every certificate with a key, in the database and on
// each card; those that may not sign shown disabled with the reason, the one for signing
// documents preselected; with none usable, the way to import one), and the secret of each token, asked for by name. Signing runs in
// the background so that the window never freezes on a card; after a wrong PIN the dialog
// says what the card reported and lets the user retype or cancel. With a time-stamping
// authority in Settings, each signature may get its RFC 3161 timestamp (checked by default).

#include "model/Codes.h"
#include "signing/PdfSigner.h"

#include <QDialog>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

class SignDialog : public QDialog {
    Q_OBJECT
public:
    SignDialog(smout::Role role, QByteArray pdf, QWidget *parent = nullptr);
    ~SignDialog() override;

    // The signed PDF once the dialog was accepted.
    const std::optional<smout::signing::SignedPdf> &signedPdf() const { return m_signed; }
    bool busy() const { return m_worker != nullptr; }

    void accept() override; // signs
    void reject() override; // cancels, also a pending request for a secret
    // Lists the certificates again (after an import); with none that may sign, says so and
    // offers Import Certificate… in place.
    void reloadCertificates();
    // Who may sign (SigningWorkflow.h signerAdmission): a certificate it refuses is listed
    // disabled with the reason. `registry`: a role registry stands behind it; without one the
    // dialog warns that nothing checks the role.
    void setAdmission(std::function<smout::Status(const smout::signing::SignerIdentity &)> admit, bool registry);

Q_SIGNALS:
    void importRequested();

private:
    class Secrets;
    std::optional<QString> askFromWorker(const smout::signing::SecretRequest &request);
    void showRequest(const smout::signing::SecretRequest &request);
    void answer(std::optional<QString> secret);
    void finished(const smout::Result<smout::signing::SignedPdf> &result);
    QString selectedToken() const;
    void updateSecretLabel();

    smout::Role m_role;
    QByteArray m_pdf;
    QComboBox *m_certificate;
    QLabel *m_secretLabel, *m_problem, *m_roleNote;
    std::function<smout::Status(const smout::signing::SignerIdentity &)> m_admit;
    QLineEdit *m_secret;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QCheckBox *m_timestamp; // from the TSA of Settings, for this signature
    QThread *m_worker = nullptr;
    std::optional<smout::signing::SignedPdf> m_signed;

    // Between the worker asking and the user answering.
    std::mutex m_mutex;
    std::condition_variable m_answered;
    std::atomic<bool> m_waiting = false;
    std::optional<std::optional<QString>> m_answer;
    std::optional<QString> m_typedFirst; // typed before Sign: answers the selected certificate's token
    QString m_typedFor;
};
