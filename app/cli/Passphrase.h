#pragma once

#include "model/Result.h"
#include "signing/SecretPrompt.h"

#include <QString>

namespace smout::cli {

// The passphrase or PIN: the first line of `file`, or, on a terminal, typed without echo.
// Never from the command line. Empty when there is neither.
Result<QString> readPassphrase(const QString &file, const QString &prompt);

// Each token's secret when signing: from `file`, one line per secret in the order asked (the
// certificate database first, then the card), each used once; or, on a terminal, typed
// without echo after the token's name, retyped after a wrong one, an empty line cancelling.
class ConsoleSecrets : public signing::SecretPrompt {
public:
    // An Error when the file cannot be read.
    static Result<QStringList> readLines(const QString &file);
    explicit ConsoleSecrets(const QString &file);
    std::optional<QString> ask(const signing::SecretRequest &request) override;
    QString error() const { return m_error; }

private:
    bool m_fromFile;
    QString m_error;
    std::optional<signing::ListedSecrets> m_listed;
};

} // namespace smout::cli
