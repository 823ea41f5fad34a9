#pragma once

// libpq, loaded on first use rather than linked: linking it loads it and the dozen
// libraries it needs (Kerberos, LDAP, OpenSSL, SASL) at every start of smout and
// smout-studio, about 3 ms each time, while only the diagnosis of a failed connection calls
// it directly (Qt's PostgreSQL driver loads it for itself).

#include <libpq-fe.h>

namespace smout::store {

struct PostgresClient {
    decltype(&PQconnectStartParams) connectStartParams = nullptr;
    decltype(&PQsetErrorVerbosity) setErrorVerbosity = nullptr;
    decltype(&PQstatus) status = nullptr;
    decltype(&PQconnectPoll) connectPoll = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQfinish) finish = nullptr;
};

// The functions, or nullptr when libpq cannot be loaded or lacks one of them.
const PostgresClient *postgresClient();

} // namespace smout::store
