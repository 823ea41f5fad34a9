#include "Finding.h"

#include <QCoreApplication>

#include <algorithm>

namespace smout {

QString severityCode(Severity s)
{
    return codeOf(s);
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("smout::Finding", "Error");
    case Severity::Warning: return QCoreApplication::translate("smout::Finding", "Warning");
    case Severity::Info: return QCoreApplication::translate("smout::Finding", "Info");
    }
    return {};
}

int countOf(const Findings &findings, Severity s)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [s](const Finding &f) { return f.severity == s; }));
}

} // namespace smout
