#include "PostgresClient.h"

#include <dlfcn.h>

namespace smout::store {

namespace {

template <typename F>
bool resolve(void *library, const char *name, F &function)
{
    function = reinterpret_cast<F>(dlsym(library, name));
    return function != nullptr;
}

} // namespace

const PostgresClient *postgresClient()
{
    static const PostgresClient *const loaded = []() -> const PostgresClient * {
        // Never closed: Qt's driver may hold the same library, and the functions stay in use.
        void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
        if (!library)
            return nullptr;
        static PostgresClient client;
        const bool complete = resolve(library, "PQconnectStartParams", client.connectStartParams)
            && resolve(library, "PQsetErrorVerbosity", client.setErrorVerbosity) && resolve(library, "PQstatus", client.status)
            && resolve(library, "PQconnectPoll", client.connectPoll) && resolve(library, "PQerrorMessage", client.errorMessage)
            && resolve(library, "PQfinish", client.finish);
        return complete ? &client : nullptr;
    }();
    return loaded;
}

} // namespace smout::store
