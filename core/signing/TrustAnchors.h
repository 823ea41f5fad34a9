#pragma once

// A scratch NSS database that trusts the given root certificates and nothing else, made in
// this process (no certutil runs: verification with --trust starts faster), then opened for
// verification through NssDatabase::use.

#include "model/Result.h"

#include <QString>
#include <QStringList>

namespace smout::signing {

// `dir` must not hold a database yet; each PEM file's first certificate becomes a trust
// anchor for signatures (as certutil -t "CT,C,C" would make it).
Status openTrustingOnly(const QString &dir, const QStringList &pemFiles);

} // namespace smout::signing
