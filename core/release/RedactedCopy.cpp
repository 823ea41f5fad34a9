#include "RedactedCopy.h"

#include "Exemptions.h"
#include "KeyPath.h"
#include "MarkingCheck.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>


namespace smout::release {

using namespace Qt::StringLiterals;

namespace {

struct CopyText {
    Q_DECLARE_TR_FUNCTIONS(smout::release::RedactedCopy)
};


// The label characters are the release's own: text of the working document never carries
// them in (a forged box), nor out.
QJsonValue withoutLabelCharacters(const QJsonValue &v)
{
    if (v.isString()) {
        QString s = v.toString();
        return s.replace(QChar(LabelOpen), QChar::ReplacementCharacter).replace(QChar(LabelClose), QChar::ReplacementCharacter);
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = withoutLabelCharacters(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutLabelCharacters(a[i]);
        return a;
    }
    return v;
}

void addDateTexts(const QJsonValue &date, QStringList &texts)
{
    const QDate d = QDate::fromString(date.toString(), Qt::ISODate);
    if (!d.isValid())
        return;
    texts << date.toString() << QLocale(QLocale::English).toString(d, u"MMMM d, yyyy"_s);
}

// A list entry withheld whole: its strings empty, its dates null, the label in its first
// string (a person's name, a PIA's or SORN's id).
QJsonObject blankedEntry(const QJsonObject &entry, const QString &label, QStringList &texts)
{
    QString labelKey;
    for (const QString &key : {u"name"_s, u"id"_s, u"title"_s})
        if (entry.value(key).isString() && labelKey.isEmpty())
            labelKey = key;
    QJsonObject blank;
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (it.value().isString()) {
            if (it.key() == u"date")
                addDateTexts(it.value(), texts);
            else if (!it.value().toString().trimmed().isEmpty())
                texts << it.value().toString();
            blank.insert(it.key(), it.key() == u"date" ? QJsonValue() : QJsonValue(it.key() == labelKey ? labelMark(label) : QString()));
        } else {
            forEachString(it.value(), {}, [&](const QString &, const QString &s) {
                if (!s.trimmed().isEmpty())
                    texts << s;
            });
            blank.insert(it.key(), it.value().isArray() ? QJsonValue(QJsonArray()) : QJsonValue());
        }
    }
    return blank;
}

struct Range {
    qsizetype start, end;
    QString label;
};

} // namespace

QString withoutSpace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

bool isSearchable(const QString &withheld)
{
    return withoutSpace(withheld).size() >= 4 && !isOnlyExemptionMarkers(withheld);
}

Result<RedactedCopy> redactedCopy(const SmoutDocument &doc)
{
    const MarkingPlan plan = placeMarkings(doc);
    if (!plan.problems.isEmpty()) {
        QStringList lines;
        for (const MarkingProblem &p : plan.problems)
            lines << p.message;
        return Error{CopyText::tr("the release copy was not made, because %n marking(s) cannot be applied exactly:\n%1", nullptr,
                                  int(plan.problems.size()))
                         .arg(lines.join(u'\n'))};
    }

    RedactedCopy copy;
    const QJsonValue original = withoutLabelCharacters(plan.json);
    QJsonValue json = original;

    QStringList entries;
    for (const PlacedMarking &m : plan.placed)
        if (m.kind == MarkingKind::Entry)
            entries << m.path;
    auto insideEntry = [&](const QString &path) {
        for (const QString &e : entries)
            if (path.startsWith(e) && path.size() > e.size() && (path[e.size()] == u'.' || path[e.size()] == u'['))
                return true;
        return false;
    };

    QMap<QString, QList<Range>> textRanges;
    QMap<QString, KeySteps> textSteps;
    QMap<QString, QMap<qsizetype, QString>> codeEntries; // list path → index → label
    QMap<QString, KeySteps> listSteps;
    for (const PlacedMarking &m : plan.placed) {
        if (insideEntry(m.path))
            continue; // covered by the entry's marking, which cites the same exemptions
        const QJsonValue value = *valueAt(original, m.steps);
        switch (m.kind) {
        case MarkingKind::Text:
            textRanges[m.path].append({m.start, m.end, m.label});
            textSteps.insert(m.path, m.steps);
            break;
        case MarkingKind::Date:
            addDateTexts(value, copy.withheldTexts);
            setValueAt(json, m.steps, QJsonValue());
            copy.withheldValues.insert(m.path, m.label);
            break;
        case MarkingKind::Answer:
            setValueAt(json, m.steps, QJsonValue());
            copy.withheldValues.insert(m.path, m.label);
            break;
        case MarkingKind::CodeEntry: {
            const QString list = m.path.left(m.path.lastIndexOf(u'['));
            codeEntries[list].insert(std::get<qsizetype>(m.steps.last()), m.label);
            listSteps.insert(list, m.steps.mid(0, m.steps.size() - 1));
            copy.withheldValues.insert(list + u'=' + value.toString(), m.label);
            break;
        }
        case MarkingKind::Entry:
            setValueAt(json, m.steps, blankedEntry(value.toObject(), m.label, copy.withheldTexts));
            break;
        }
    }

    for (auto it = textRanges.begin(); it != textRanges.end(); ++it) {
        QList<Range> ranges = it.value();
        std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
        // Overlapping ranges cite the same exemptions (MarkingCheck refused the others).
        QList<Range> merged;
        for (const Range &r : ranges) {
            if (!merged.isEmpty() && r.start < merged.last().end)
                merged.last().end = std::max(merged.last().end, r.end);
            else
                merged.append(r);
        }
        const QString before = valueAt(original, textSteps[it.key()])->toString();
        QString after = before;
        for (qsizetype i = merged.size() - 1; i >= 0; --i) {
            const Range &r = merged[i];
            copy.withheldTexts << before.mid(r.start, r.end - r.start);
            after.replace(r.start, r.end - r.start, labelMark(r.label));
        }
        setValueAt(json, textSteps[it.key()], after);
    }

    for (auto it = codeEntries.begin(); it != codeEntries.end(); ++it) {
        QJsonArray list = valueAt(json, listSteps[it.key()])->toArray();
        const QList<qsizetype> indexes = it.value().keys();
        for (qsizetype i = indexes.size() - 1; i >= 0; --i)
            list.removeAt(indexes[i]);
        setValueAt(json, listSteps[it.key()], list);
    }

    if (const QString component = doc.summary.component; copy.withheldTexts.contains(component))
        copy.withheldTexts << componentName(component);

    QJsonObject top = json.toObject();
    top.insert(u"redactions"_s, QJsonArray());
    // What a field held when a request was made is working bookkeeping the release never
    // shows, and it may repeat withheld text: the copy does without it.
    if (QJsonArray requests = top.value(u"requests"_s).toArray(); !requests.isEmpty()) {
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QJsonObject r = requests.at(i).toObject();
            r.remove(u"value_at_request"_s);
            requests.replace(i, r);
        }
        top.insert(u"requests"_s, requests);
    }

    // Text withheld in one place and left unmarked in another would still be released.
    QStringList leftUnmarked;
    forEachString(top, {}, [&](const QString &path, const QString &s) {
        QString visible = s;
        static const QRegularExpression mark(u"\uE000[^\uE001]*\uE001"_s);
        visible = withoutSpace(visible.remove(mark));
        for (const QString &t : std::as_const(copy.withheldTexts))
            if (isSearchable(t) && visible.contains(withoutSpace(t)))
                leftUnmarked << CopyText::tr("\"%1\" is withheld, yet also appears unmarked in %2").arg(t.simplified().left(80), path);
    });
    if (!leftUnmarked.isEmpty()) {
        leftUnmarked.removeDuplicates();
        return Error{CopyText::tr("the release copy was not made, because withheld text is still in the document:\n%1")
                         .arg(leftUnmarked.join(u'\n'))};
    }

    auto read = io::readSmout(QJsonDocument(top).toJson(QJsonDocument::Compact));
    if (!read)
        return Error{CopyText::tr("the release copy was not made: %1").arg(read.error())};
    copy.document = std::move(read.value());
    copy.withheldTexts.removeDuplicates();
    return copy;
}

} // namespace smout::release
