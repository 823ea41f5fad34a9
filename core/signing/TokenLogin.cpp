#include "TokenLogin.h"

#include <QCoreApplication>

#include <secerr.h>

namespace smout::signing {

namespace {

struct LoginText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::TokenLogin)
};

// What the token says about its PIN after a wrong one. PKCS#11 reports no count, only
// "low", "final try" and "locked".
CK_FLAGS pinFlags(PK11SlotInfo *slot)
{
    CK_TOKEN_INFO info{};
    return PK11_GetTokenInfo(slot, &info) == SECSuccess ? info.flags : 0;
}

} // namespace

QString tokenName(PK11SlotInfo *slot)
{
    return QString::fromUtf8(PK11_GetTokenName(slot)).trimmed();
}

bool isDatabase(PK11SlotInfo *slot)
{
    return PK11_IsInternalKeySlot(slot);
}

SecretRequest secretRequestFor(PK11SlotInfo *slot)
{
    SecretRequest r;
    r.token = tokenName(slot);
    r.database = isDatabase(slot);
    r.label = r.database ? LoginText::tr("Passphrase for the certificate database") : LoginText::tr("PIN for %1").arg(r.token);
    return r;
}

QString notPresent(const QString &token)
{
    return LoginText::tr("the card or token %1 is not present: insert it and try again; nothing was signed").arg(token);
}

Result<QString> logIn(PK11SlotInfo *slot, SecretPrompt &prompt)
{
    if (!PK11_IsPresent(slot))
        return Error{notPresent(tokenName(slot))};
    if (!PK11_NeedLogin(slot) || PK11_NeedUserInit(slot))
        return QString();
    SecretRequest request = secretRequestFor(slot);
    if (!request.database && (pinFlags(slot) & CKF_USER_PIN_LOCKED))
        return Error{LoginText::tr("the PIN of %1 is locked: have it unlocked by your card office; nothing was signed").arg(request.token)};
    const QString secretName = request.database ? LoginText::tr("passphrase of the certificate database")
                                                : LoginText::tr("PIN for %1").arg(request.token);
    for (;;) {
        const std::optional<QString> secret = prompt.ask(request);
        if (!secret) {
            if (request.problem.isEmpty())
                return Error{LoginText::tr("no %1 was given; nothing was signed").arg(secretName)};
            return Error{LoginText::tr("%1; nothing was signed").arg(request.problem)};
        }
        if (secret->isEmpty()) {
            request.problem = request.database ? LoginText::tr("the passphrase of the certificate database is empty")
                                               : LoginText::tr("the PIN for %1 is empty: an empty PIN is never sent to a card").arg(request.token);
            continue;
        }
        // One C_Login with exactly this secret, after a logout: a token already logged in
        // does not let a wrong PIN through.
        const QByteArray utf8 = secret->toUtf8();
        const SECStatus checked = PK11_CheckUserPassword(slot, utf8.constData());
        if (checked == SECSuccess)
            return *secret;
        if (!PK11_IsPresent(slot))
            return Error{notPresent(request.token)};
        if (checked != SECWouldBlock && PORT_GetError() != SEC_ERROR_BAD_PASSWORD)
            return Error{LoginText::tr("%1 refused the login (NSS error %2); nothing was signed").arg(request.token).arg(PORT_GetError())};
        const CK_FLAGS flags = pinFlags(slot);
        if (request.database)
            request.problem = LoginText::tr("wrong passphrase for the certificate database");
        else if (flags & CKF_USER_PIN_LOCKED)
            return Error{LoginText::tr("wrong PIN — %1 is now locked; have it unlocked by your card office; nothing was signed").arg(request.token)};
        else if (flags & CKF_USER_PIN_FINAL_TRY)
            request.problem = LoginText::tr("wrong PIN for %1 — one try left before the card locks").arg(request.token);
        else if (flags & CKF_USER_PIN_COUNT_LOW)
            request.problem = LoginText::tr("wrong PIN for %1 — few tries left").arg(request.token);
        else
            request.problem = LoginText::tr("wrong PIN for %1").arg(request.token);
    }
}

} // namespace smout::signing
