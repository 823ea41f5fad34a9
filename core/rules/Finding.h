#pragma once

#include "model/Codes.h"

#include <QList>
#include <QString>

namespace smout {

enum class Severity { Error, Warning, Info };
SMOUT_CODES(Severity, 3, {Severity::Error, "error"_L1}, {Severity::Warning, "warning"_L1},
            {Severity::Info, "info"_L1})

QString severityCode(Severity s); // "error", "warning", "info" (file/JSON spelling)
QString severityName(Severity s); // translated, for people

// One thing the rule engine has to say about a document: which rule, how serious, which
// value (a key path of smout-format.md such as `questions.q5_rules.equipment.explanation`)
// and what to do about it.
struct Finding {
    QString ruleId;
    Severity severity = Severity::Error;
    QString path;
    QString message;
    bool operator==(const Finding &) const = default;
};

using Findings = QList<Finding>;

int countOf(const Findings &findings, Severity s);

} // namespace smout
