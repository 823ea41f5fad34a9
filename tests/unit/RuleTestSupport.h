#pragma once

// Shared by the rule test suites: a clean base document (the bundled fictional SMOUT, which
// has no errors and no warnings), and a table format where each case names a rule, the
// change that triggers it, and a close variant that must not trigger it.

#include "io/SmoutJson.h"
#include "rules/RuleEngine.h"

#include <QTest>

#include <functional>
#include <vector>

namespace ruletest {

using namespace smout;
using namespace Qt::StringLiterals;

inline const QDate today{2026, 11, 25};

inline SmoutDocument cleanDocument()
{
    auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES)
                                 + u"/fictional-uscis-benefit-fraud.smout"_s);
    if (!doc)
        qFatal("cannot load the fictional example: %s", qPrintable(doc.error()));
    return doc.value();
}

inline Findings check(const SmoutDocument &doc)
{
    RuleContext context;
    context.today = today;
    context.attachmentDir = QStringLiteral(SMOUT_EXAMPLES);
    return RuleEngine::validate(doc, context);
}

inline QStringList describe(const Findings &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out << f.ruleId + u' ' + severityCode(f.severity) + u' ' + f.path;
    return out;
}

inline QString words(int n)
{
    QStringList w;
    for (int i = 0; i < n; ++i)
        w << u"word"_s;
    return w.join(u' ');
}

using Change = std::function<void(SmoutDocument &)>;

struct Case {
    const char *name;
    QString rule;
    Severity severity;
    QString path;
    Change trigger;
    Change nearMiss; // a close variant that does not trigger the rule
};

inline void addRows(const std::vector<Case> &cases)
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(cases.size()); ++i)
        QTest::newRow(cases[size_t(i)].name) << i;
}

inline void runCase(const Case &c)
{
    SmoutDocument doc = cleanDocument();
    c.trigger(doc);
    const Findings found = check(doc);
    const bool hit = std::any_of(found.begin(), found.end(), [&](const Finding &f) {
        return f.ruleId == c.rule && f.severity == c.severity && f.path == c.path
            && !f.message.isEmpty();
    });
    QVERIFY2(hit, qPrintable(u"expected %1 %2 %3, got: "_s.arg(c.rule, severityCode(c.severity), c.path)
                             + describe(found).join(u"; "_s)));

    SmoutDocument near = cleanDocument();
    c.nearMiss(near);
    const Findings nearFound = check(near);
    const bool nearHit = std::any_of(nearFound.begin(), nearFound.end(),
                                     [&](const Finding &f) { return f.ruleId == c.rule; });
    QVERIFY2(!nearHit, qPrintable(u"near miss still triggers: "_s + describe(nearFound).join(u"; "_s)));
}

} // namespace ruletest
