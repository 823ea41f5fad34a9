#pragma once

// Checks a SmoutDocument against MD 110-01 as shared spec rules.md states it. Every rule
// is listed once, in RuleCatalog.cpp; each is a small function next to its id.

#include "Finding.h"
#include "model/SmoutDocument.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace smout {

struct RuleContext {
    QDate today = QDate::currentDate();
    // Only the findings about the sections this role writes (author: screening, summary,
    // questions; counsel: question 2 and summary.counsel; reviewer: everything).
    std::optional<Role> role;
    // Folder against which q4_rules_of_behavior.file is resolved for Q4-HASH; empty means
    // "no attachment available", and Q4-HASH is then not checked.
    QString attachmentDir;
    // The validated document as io::toJsonObject writes it, when the caller holds it (the
    // editor), for the checks that read values by key path; empty: they write it themselves.
    QJsonObject documentJson;
};

// Which section of the form a path belongs to (for grouping and navigation), e.g.
// "summary", "q1", "q2", "q3", "q4", "q5", "training", "access", "review", "screening".
QString sectionOfPath(const QString &path);

class RuleEngine {
public:
    static Findings validate(const SmoutDocument &doc, const RuleContext &context = {});

    // Whether exemption `f` is claimed by a component it belongs to (rules.md "Scope"); any
    // such claim makes the file a screening record, whose program sections are not required.
    static bool exemptionApplies(const SmoutDocument &doc, ScreeningFlag f);
    static bool isScreeningRecord(const SmoutDocument &doc);

    struct RuleInfo {
        QString id;
        Severity severity; // the most serious severity the rule can report
        QString summary;   // translated one-line description
    };
    static QList<RuleInfo> rules();
};

} // namespace smout
