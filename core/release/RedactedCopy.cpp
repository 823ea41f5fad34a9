#include "RedactedCopy.h"

#include "Exemptions.h"
#include "ChoiceGroups.h"
#include "model/KeyPath.h"
#include "LookAlikeSearch.h"
#include "MarkingCheck.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>


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

void addDateTexts(const QJsonValue &date, const QString &path, QList<WithheldText> &texts)
{
    const QDate d = QDate::fromString(date.toString(), Qt::ISODate);
    if (!d.isValid())
        return;
    texts.append({date.toString(), path});
    texts.append({QLocale(QLocale::English).toString(d, u"MMMM d, yyyy"_s), path});
}

// A list entry withheld whole: its strings empty, its dates null, the label in its first
// string (a person's name, a PIA's or SORN's id).
QJsonObject blankedEntry(const QJsonObject &entry, const QString &path, const QString &label, QList<WithheldText> &texts)
{
    QString labelKey;
    for (const QString &key : {u"name"_s, u"id"_s, u"title"_s})
        if (entry.value(key).isString() && labelKey.isEmpty())
            labelKey = key;
    QJsonObject blank;
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        const QString field = path + u'.' + it.key();
        if (it.value().isString()) {
            if (it.key() == u"date")
                addDateTexts(it.value(), field, texts);
            else if (!it.value().toString().trimmed().isEmpty())
                texts.append({it.value().toString(), field});
            blank.insert(it.key(), it.key() == u"date" ? QJsonValue() : QJsonValue(it.key() == labelKey ? labelMark(label) : QString()));
        } else {
            forEachString(it.value(), field, [&](const QString &where, const QString &s) {
                if (!s.trimmed().isEmpty())
                    texts.append({s, where});
            });
            blank.insert(it.key(), it.value().isArray() ? QJsonValue(QJsonArray()) : QJsonValue());
        }
    }
    return blank;
}

// One label for a group whose options several markings withhold: every exemption cited.
QString unitedLabel(const QString &a, const QString &b)
{
    QStringList cited;
    for (const QString &e : knownExemptions())
        if (a.contains(e) || b.contains(e))
            cited << e;
    return cited.join(u", "_s);
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

QStringList RedactedCopy::withheldTexts() const
{
    QStringList texts;
    for (const WithheldText &w : withheld)
        texts << w.text;
    texts.removeDuplicates();
    return texts;
}

Result<RedactedCopy> redactedCopy(const SmoutDocument &doc, const QJsonObject &documentJson)
{
    const MarkingPlan plan = placeMarkings(doc, documentJson);
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

    QSet<QString> entries;
    for (const PlacedMarking &m : plan.placed)
        if (m.kind == MarkingKind::Entry)
            entries.insert(m.path);
    // Whether one of the path's ancestors is an entry withheld whole.
    auto insideEntry = [&](const QString &path) {
        for (qsizetype at = 1; at < path.size(); ++at)
            if ((path[at] == u'.' || path[at] == u'[') && entries.contains(path.left(at)))
                return true;
        return false;
    };

    QMap<QString, QList<Range>> textRanges;
    QMap<QString, KeySteps> textSteps;
    QMap<QString, QString> choices; // option group path → label
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
            addDateTexts(value, m.path, copy.withheld);
            setValueAt(json, m.steps, QJsonValue());
            copy.withheldValues.insert(m.path, m.label);
            break;
        case MarkingKind::Answer:
            setValueAt(json, m.steps, QJsonValue());
            copy.withheldValues.insert(m.path, m.label);
            break;
        case MarkingKind::Choice:
            choices[m.group] = choices.contains(m.group) ? unitedLabel(choices[m.group], m.label) : m.label;
            break;
        case MarkingKind::Entry:
            setValueAt(json, m.steps, blankedEntry(value.toObject(), m.path, m.label, copy.withheld));
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
            copy.withheld.append({before.mid(r.start, r.end - r.start), it.key()});
            after.replace(r.start, r.end - r.start, labelMark(r.label));
        }
        setValueAt(json, textSteps[it.key()], after);
    }

    // A withheld choice: every option of its group unanswered, and one label for the group.
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        const ChoiceGroup group = *choiceGroupOf(it.key());
        for (const auto &[member, blank] : group.blanks)
            if (const auto steps = parseKeyPath(member); steps && valueAt(json, *steps))
                setValueAt(json, *steps, blank);
        copy.withheldValues.insert(it.key(), it.value());
    }

    for (const WithheldText &w : std::as_const(copy.withheld))
        if (w.text == doc.summary.component) {
            copy.withheld.append({componentName(w.text), w.path});
            break;
        }

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
    QStringList texts;
    for (const WithheldText &w : std::as_const(copy.withheld))
        texts << w.text;
    LookAlikeSearch search(texts);
    QStringList leftUnmarked;
    forEachString(top, {}, [&](const QString &path, const QString &s) {
        static const QRegularExpression mark(u"\uE000[^\uE001]*\uE001"_s);
        for (const qsizetype i : search.foundIn(QString(s).replace(mark, u" "_s))) {
            const WithheldText &w = copy.withheld[i];
            leftUnmarked << CopyText::tr("\"%1\" is withheld in %2, yet also appears unmarked in %3").arg(w.text.simplified().left(80), w.path, path);
        }
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
    return copy;
}

} // namespace smout::release
