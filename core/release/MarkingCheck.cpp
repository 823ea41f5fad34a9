#include "MarkingCheck.h"

#include "ChoiceGroups.h"
#include "Exemptions.h"
#include "MarkingRanges.h"
#include "io/SmoutJson.h"
#include "model/KeyPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace smout::release {

using namespace Qt::StringLiterals;

namespace {

struct MarkingText {
    Q_DECLARE_TR_FUNCTIONS(smout::release::MarkingCheck)
};

// The path with list indices dropped: every entry of a list has the same type.
QString shape(const QString &path)
{
    const std::optional<KeySteps> steps = parseKeyPath(path);
    if (!steps)
        return path;
    QString out;
    for (const KeyStep &step : *steps) {
        if (std::holds_alternative<qsizetype>(step))
            out += u"[]"_s;
        else
            out += (out.isEmpty() ? QString() : u"."_s) + std::get<QString>(step);
    }
    return out;
}

bool isDatePath(const QString &path)
{
    static const QStringList dates{u"summary.date_submitted"_s, u"summary.pias[].date"_s, u"summary.sorns[].date"_s,
                                   u"questions.q3_date_first_launched"_s, u"review.date_reviewed"_s};
    return dates.contains(shape(path));
}

// 2a, question 3's status and each Rule's yes/no answer (questions.q5_rules.<rule>.answer).
bool isAnswerPath(const QString &path)
{
    if (path == u"questions.q2a_counsel_reviewed" || path == u"questions.q3_status")
        return true;
    const std::optional<KeySteps> steps = parseKeyPath(path);
    return steps && steps->size() == 4 && steps->at(0) == KeyStep(u"questions"_s)
           && steps->at(1) == KeyStep(u"q5_rules"_s) && std::holds_alternative<QString>(steps->at(2))
           && steps->at(3) == KeyStep(u"answer"_s);
}

// `v` with what cannot change whether the reader accepts a string next to it left out:
// lists, objects nested deeper than the reader checks together, and long text (codes,
// dates and ids stay, as the reader checks them together: a request's status and answer).
QJsonValue reduced(const QJsonValue &v, int depth = 0)
{
    if (v.isString() && v.toString().size() > 64)
        return QString();
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.value().isArray() && (!it.value().isObject() || depth < 1))
            out.insert(it.key(), reduced(it.value(), depth + 1));
    return out;
}

// `v` reduced, except along `steps`, where the label replaces the value at their end and
// list entries stand at index 0.
QJsonValue smallCopy(const QJsonValue &v, const KeySteps &steps, qsizetype at, const QString &label)
{
    if (at == steps.size())
        return label;
    if (const QString *key = std::get_if<QString>(&steps[at])) {
        QJsonObject o = reduced(v).toObject();
        o.insert(*key, smallCopy(v.toObject().value(*key), steps, at + 1, label));
        return o;
    }
    return QJsonArray{smallCopy(v.toArray().at(std::get<qsizetype>(steps[at])), steps, at + 1, label)};
}

// A string value can be withheld as text when the format accepts any text there (a code,
// such as the reviewer's choices, does not). That depends only on where the value is in the
// format, so it is asked of a small copy of the document (smallCopy), and the answer is
// kept for the whole process (the rules run this on every edit, possibly off the window's
// thread).
bool acceptsText(const QJsonValue &root, const QString &path, const KeySteps &steps, const QString &label)
{
    static QMutex mutex;
    static QHash<QString, bool> known;
    const QString key = shape(path);
    {
        QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(key); it != known.cend())
            return *it;
    }
    const QJsonObject small = smallCopy(root, steps, 0, label).toObject();
    const bool ok = io::readSmout(QJsonDocument(small).toJson(QJsonDocument::Compact)).ok();
    QMutexLocker lock(&mutex);
    known.insert(key, ok);
    return ok;
}

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

MarkingPlan placeMarkings(const SmoutDocument &doc, const QJsonObject &json)
{
    MarkingPlan plan;
    plan.json = json.isEmpty() ? io::toJsonObject(doc) : json;
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
        PlacedMarking placed{i, r.path, *steps, MarkingKind::Text, 0, 0, *label, {}};
        const auto group = choiceGroupOf(r.path);
        const bool special = isDatePath(r.path) || isAnswerPath(r.path) || group;
        if (special && ranged) {
            refuse(MarkingText::tr("a date, answer or code is withheld whole: remove the character range"));
            continue;
        }
        if (isDatePath(r.path)) {
            placed.kind = MarkingKind::Date;
        } else if (isAnswerPath(r.path)) {
            placed.kind = MarkingKind::Answer;
        } else if (group) {
            placed.kind = MarkingKind::Choice;
            placed.group = group->path;
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
            if (!acceptsText(root, r.path, *steps, labelMark(*label))) {
                refuse(MarkingText::tr("%1 holds a code, which a release cannot replace by a label").arg(r.path));
                continue;
            }
        } else if (value->isObject() && std::holds_alternative<qsizetype>(steps->last()) && !ranged && top != u"requests") {
            // A request is not blanked whole: its codes (role, status) must stay readable,
            // so its text, answer and names are marked one by one.
            placed.kind = MarkingKind::Entry;
        } else {
            refuse(value->isObject() || value->isArray()
                       ? MarkingText::tr("mark the fields or the entries of %1 one by one").arg(r.path)
                       : MarkingText::tr("%1 is part of a choice of the form; mark the choice itself").arg(r.path));
            continue;
        }
        plan.placed.append(placed);
    }

    // Markings overlap on the same path or when one's path lies inside the other's: the
    // paths are indexed once, so each marking is compared with those of its own path and
    // of its ancestors only, never with every other marking.
    QHash<QString, QList<qsizetype>> byPath;
    for (qsizetype i = 0; i < plan.placed.size(); ++i)
        byPath[plan.placed[i].path].append(i);
    QList<bool> conflicting(plan.placed.size(), false);
    QList<std::pair<qsizetype, qsizetype>> pairs; // (earlier, later) in the order of the markings
    for (qsizetype b = 0; b < plan.placed.size(); ++b) {
        const PlacedMarking &y = plan.placed[b];
        for (const qsizetype a : std::as_const(byPath[y.path]))
            if (a < b && plan.placed[a].label != y.label && overlap(plan.placed[a], y))
                pairs.append({a, b});
        for (qsizetype at = 1; at < y.path.size(); ++at) {
            if (y.path[at] != u'.' && y.path[at] != u'[')
                continue;
            const auto ancestors = byPath.constFind(y.path.left(at));
            if (ancestors == byPath.cend())
                continue;
            for (const qsizetype a : *ancestors)
                if (plan.placed[a].label != y.label)
                    pairs.append({std::min(a, b), std::max(a, b)});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &p, const auto &q) {
        return p.second != q.second ? p.second < q.second : p.first < q.first;
    });
    for (const auto &[a, b] : pairs) {
        const PlacedMarking &x = plan.placed[a];
        const PlacedMarking &y = plan.placed[b];
        plan.problems.append({y.index, y.path,
                              MarkingText::tr("marking %1 (%2, %3) overlaps marking %4 (%5, %6) but cites other exemptions: "
                                              "make them one marking or separate them")
                                  .arg(y.index + 1).arg(y.path, y.label).arg(x.index + 1).arg(x.path, x.label)});
        conflicting[a] = conflicting[b] = true;
    }
    for (qsizetype a = plan.placed.size() - 1; a >= 0; --a)
        if (conflicting[a])
            plan.placed.removeAt(a);
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const MarkingProblem &x, const MarkingProblem &y) { return x.index < y.index; });
    return plan;
}

} // namespace smout::release
