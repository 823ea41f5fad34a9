#pragma once

// Where the passphrase of a certificate database or the PIN of a card comes from. Each token
// is asked for its own secret, by name, and asked again (with the reason) after a wrong one;
// the CLI answers from a file or a terminal, the window from its Sign dialog.

#include <QString>
#include <QStringList>

#include <optional>

namespace smout::signing {

struct SecretRequest {
    QString token;    // the token's name, e.g. "PIV_II"
    bool database = false; // NSS's own certificate database rather than a card or token
    QString label;    // what to show: "Passphrase for the certificate database", "PIN for PIV_II"
    QString problem;  // why it is asked again ("wrong PIN — few tries left"); empty the first time
};

class SecretPrompt {
public:
    virtual ~SecretPrompt() = default;
    // The secret, or nothing when the user cancels (then nothing is signed).
    virtual std::optional<QString> ask(const SecretRequest &request) = 0;
};

// Answers from a fixed list, one secret per request in the order asked, never the same one
// twice: a wrong secret is not retried on a card that counts failures.
class ListedSecrets : public SecretPrompt {
public:
    explicit ListedSecrets(QStringList secrets) : m_secrets(std::move(secrets)) {}
    std::optional<QString> ask(const SecretRequest &request) override
    {
        if (!request.problem.isEmpty() || m_secrets.isEmpty())
            return std::nullopt;
        return m_secrets.takeFirst();
    }

private:
    QStringList m_secrets;
};

} // namespace smout::signing
