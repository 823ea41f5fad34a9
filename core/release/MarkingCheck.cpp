#include "MarkingCheck.h"

#include "Exemptions.h"
#include "MarkingRanges.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace smout::release {

using namespace Qt::StringLiterals;

namespace {

struct MarkingText {
    Q_DECLARE_TR_FUNCTIONS(smout::release::MarkingCheck)
};

bool matches(const char *pattern, const QString &path)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(path).hasMatch();
}

bool isDatePath(const QString &path)
{
    return matches(R"(^(summary\.date_submitted|summary\.(pias|sorns)\[\d+\]\.date|questions\.q3_date_first_launched|review\.date_reviewed)$)", path);
}

bool isAnswerPath(const QString &path)
{
    return matches(R"(^(questions\.q2a_counsel_reviewed|questions\.q3_status|questions\.q5_rules\.[a-z_]+\.answer)$)", path);
}

bool isCodeEntryPath(const QString &path)
{
    return matches(R"(^(questions\.q1_categories|review\.categories)\[\d+\]$)", path);
}

// The path with list indices dropped: every entry of a list has the same type.
QString shape(const QString &path)
{
    static const QRegularExpression index(u"\\[\\d+\\]"_s);
    return QString(path).replace(index, u"[]"_s);
}

// A string value can be withheld as text when the format accepts any text there (a code,
// such as the reviewer's choices, does not), and a list entry when its blanked form reads.
class Representable {
public:
    explicit Representable(const QJsonObject &json) : m_json(json) {}

    bool accepts(const QString &path, const KeySteps &steps, const QJsonValue &replacement)
    {
        const QString key = shape(path);
        if (const auto known = m_seen.constFind(key); known != m_seen.cend())
            return *known;
        QJsonValue root = m_json;
        setValueAt(root, steps, replacement);
        const bool ok = io::readSmout(QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact)).ok();
        m_seen.insert(key, ok);
        return ok;
    }

private:
    const QJsonObject &m_json;
    QHash<QString, bool> m_seen;
};

bool isDescendant(const QString &path, const QString &ancestor)
{
    return path.size() > ancestor.size() && path.startsWith(ancestor)
        && (path[ancestor.size()] == u'.' || path[ancestor.size()] == u'[');
}

bool overlap(const PlacedMarking &a, const PlacedMarking &b)
{
    if (a.path == b.path)
        return a.kind != MarkingKind::Text || (a.start < b.end && b.start < a.end);
    return isDescendant(a.path, b.path) || isDescendant(b.path, a.path);
}

} // namespace

MarkingPlan placeMarkings(const SmoutDocument &doc)
{
    MarkingPlan plan;
    plan.json = QJsonDocument::fromJson(io::writeSmout(doc)).object();
    Representable representable(plan.json);
    const QJsonValue root = plan.json;

    for (qsizetype i = 0; i < doc.redactions.size(); ++i) {
        const Redaction &r = doc.redactions[i];
        const QString name = MarkingText::tr("marking %1 (%2, %3)").arg(i + 1).arg(r.path, r.exemption);
        auto refuse = [&](const QString &why) { plan.problems.append({i, r.path, name + u": "_s + why}); };

        if (isLost(r)) {
            refuse(MarkingText::tr("the list entry it covered was removed: remove the marking, or undo the removal"));
            continue;
        }
        const auto label = exemptionLabel(r.exemption);
        if (!label) {
            refuse(MarkingText::tr("\"%1\" is not an exemption a release can cite (%2, or several of them separated by commas)")
                       .arg(r.exemption, knownExemptions().join(u", "_s)));
            continue;
        }
        const auto steps = parseKeyPath(r.path);
        const auto value = steps ? valueAt(root, *steps) : std::nullopt;
        if (!value) {
            refuse(MarkingText::tr("the document has no field %1").arg(r.path));
            continue;
        }
        const QString top = std::get<QString>(steps->first());
        if (top == u"format" || top == u"format_version" || top == u"redactions") {
            refuse(MarkingText::tr("%1 is not part of the form and cannot be withheld").arg(r.path));
            continue;
        }
        const bool ranged = r.start || r.end;
        PlacedMarking placed{i, r.path, *steps, MarkingKind::Text, 0, 0, *label};
        const bool special = isDatePath(r.path) || isAnswerPath(r.path) || isCodeEntryPath(r.path);
        if (special && ranged) {
            refuse(MarkingText::tr("a date, answer or code is withheld whole: remove the character range"));
            continue;
        }
        if (isDatePath(r.path)) {
            placed.kind = MarkingKind::Date;
        } else if (isAnswerPath(r.path)) {
            placed.kind = MarkingKind::Answer;
        } else if (isCodeEntryPath(r.path)) {
            placed.kind = MarkingKind::CodeEntry;
        } else if (value->isString()) {
            const QString text = value->toString();
            placed.start = r.start.value_or(0);
            placed.end = r.end.value_or(text.size());
            if (placed.start < 0 || placed.end > text.size() || placed.start > placed.end) {
                refuse(MarkingText::tr("characters %1 to %2 are outside the value, which has %n character(s)", nullptr, int(text.size()))
                           .arg(placed.start).arg(placed.end));
                continue;
            }
            if (placed.start == placed.end) {
                refuse(ranged ? MarkingText::tr("it covers no text any more: the text it covered was edited away")
                              : MarkingText::tr("the value is empty: there is nothing to withhold"));
                continue;
            }
            auto splitsCharacter = [&](qsizetype at) {
                return at > 0 && at < text.size() && text[at - 1].isHighSurrogate() && text[at].isLowSurrogate();
            };
            if (splitsCharacter(placed.start) || splitsCharacter(placed.end)) {
                refuse(MarkingText::tr("the range splits a character in two"));
                continue;
            }
            if (!representable.accepts(r.path, *steps, labelMark(*label))) {
                refuse(MarkingText::tr("%1 holds a code, which a release cannot replace by a label").arg(r.path));
                continue;
            }
        } else if (value->isObject() && std::holds_alternative<qsizetype>(steps->last()) && !ranged) {
            placed.kind = MarkingKind::Entry;
        } else {
            refuse(value->isObject() || value->isArray()
                       ? MarkingText::tr("mark the fields or the entries of %1 one by one").arg(r.path)
                       : MarkingText::tr("%1 is a check box or a choice of the form; a release cannot withhold it").arg(r.path));
            continue;
        }
        plan.placed.append(placed);
    }

    QList<bool> conflicting(plan.placed.size(), false);
    for (qsizetype a = 0; a < plan.placed.size(); ++a)
        for (qsizetype b = a + 1; b < plan.placed.size(); ++b) {
            const PlacedMarking &x = plan.placed[a];
            const PlacedMarking &y = plan.placed[b];
            if (x.label != y.label && overlap(x, y)) {
                plan.problems.append({y.index, y.path,
                                      MarkingText::tr("marking %1 (%2, %3) overlaps marking %4 (%5, %6) but cites other exemptions: "
                                                      "make them one marking or separate them")
                                          .arg(y.index + 1).arg(y.path, y.label).arg(x.index + 1).arg(x.path, x.label)});
                conflicting[a] = conflicting[b] = true;
            }
        }
    for (qsizetype a = plan.placed.size() - 1; a >= 0; --a)
        if (conflicting[a])
            plan.placed.removeAt(a);
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const MarkingProblem &x, const MarkingProblem &y) { return x.index < y.index; });
    return plan;
}

} // namespace smout::release
