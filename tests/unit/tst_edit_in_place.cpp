// A keystroke sets one field in the document in memory (io::readField) instead of writing and
// reading the whole document: for every field of the examples and values of every kind, what
// the editing session holds must be what reading the edited file gives, refusals included.

#include "editing/DocumentModel.h"
#include "io/SmoutJson.h"
#include "model/KeyPath.h"
#include "model/Roles.h"
#include "release/MarkingRanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

const QStringList examples = {u"ice-2012-social-media-enforcement.smout"_s, u"fictional-uscis-benefit-fraud.smout"_s};

SmoutDocument example(const QString &name)
{
    return io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u'/' + name).value();
}

// Every value of `v` that is not an object, lists included (and their entries).
void collectPaths(const QJsonValue &v, const QString &path, QStringList &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        return;
    }
    out << path;
    if (v.isArray())
        for (qsizetype i = 0; i < v.toArray().size(); ++i)
            collectPaths(v.toArray().at(i), u"%1[%2]"_s.arg(path).arg(i), out);
}

// What the editor did before it set fields in place: the whole document written with the
// value at `path`, read again, and the markings moved to follow the edit.
Result<SmoutDocument> readAfterEdit(const SmoutDocument &doc, const QString &path, const QJsonValue &value)
{
    QJsonValue json = io::toJsonObject(doc);
    const QJsonValue before = jsonValueAt(json, path);
    if (before == value)
        return doc;
    if (!setJsonValueAt(json, path, value))
        return Error{u"no such field"_s};
    auto read = io::readSmout(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (read && value.isString() && before.isString())
        release::followEdit(read.value().redactions, path, before.toString(), value.toString());
    else if (read && value.isArray())
        release::followListEdit(read.value().redactions, path, before.toArray(), value.toArray());
    return read;
}

QList<QJsonValue> candidates(const QString &path, const QList<SmoutDocument> &docs)
{
    QList<QJsonValue> values = {u""_s, QJsonValue::Null, true, false, 7, u"2024-02-29"_s, u"2023-02-29"_s,
                                u"2024-1-1"_s, u"yes"_s, u"not a code"_s, QJsonArray{u"x"_s}, QJsonObject{},
                                QString(io::MaxStringLength + 1, u'a')};
    for (const SmoutDocument &doc : docs) {
        const QJsonValue there = jsonValueAt(io::toJsonObject(doc), path);
        if (!there.isUndefined())
            values << there;
        if (there.isString())
            values << QJsonValue(QString(there.toString() + u" and é"_s));
    }
    return values;
}

} // namespace

class TestEditInPlace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFieldSetInPlaceIsWhatReadingTheFileGives()
    {
        QList<SmoutDocument> docs;
        for (const QString &name : examples)
            docs << example(name);
        int accepted = 0, refused = 0;
        for (qsizetype d = 0; d < docs.size(); ++d) {
            const SmoutDocument &doc = docs[d];
            DocumentModel model;
            model.reset(doc);
            const QJsonValue json = io::toJsonObject(doc);
            QStringList paths;
            collectPaths(json, {}, paths);
            for (const QString &path : std::as_const(paths)) {
                model.setRole(ownerOf(path).value_or(Role::Author));
                if (!model.isEditable(path))
                    continue;
                for (const QJsonValue &value : candidates(path, docs)) {
                    const QString what = u"%1: %2 = %3"_s.arg(examples[d], path,
                                                             QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).left(80));
                    const auto expected = readAfterEdit(doc, path, value);
                    const int steps = model.undoStack()->index();
                    const Status set = model.setValue(path, value);
                    if (!expected) {
                        ++refused;
                        QVERIFY2(!set, qPrintable(what));
                        QCOMPARE(set.error(), expected.error());
                        QVERIFY2(model.document() == doc, qPrintable(what));
                        QCOMPARE(model.value({}), json);
                        QCOMPARE(model.undoStack()->index(), steps);
                        continue;
                    }
                    ++accepted;
                    QVERIFY2(set.ok(), qPrintable(set.ok() ? what : what + u" refused: "_s + set.error()));
                    QVERIFY2(model.document() == expected.value(), qPrintable(what));
                    // Saved and opened again, the document is the one in memory, and the values
                    // read by path are those of the file.
                    const auto reopened = io::readSmout(io::writeSmout(model.document()).value());
                    QVERIFY2(reopened && reopened.value() == model.document(), qPrintable(what));
                    QVERIFY2(model.value({}) == QJsonValue(io::toJsonObject(reopened.value())), qPrintable(what));
                    // The findings, found on the JSON view the session keeps, are the file's.
                    QVERIFY2(model.findings() == RuleEngine::validate(reopened.value(), model.ruleContext()), qPrintable(what));
                    if (model.undoStack()->index() > steps)
                        model.undoStack()->undo();
                    QVERIFY2(model.document() == doc, qPrintable(what + u" (undone)"_s));
                    QCOMPARE(model.value({}), json);
                }
            }
        }
        // Both kinds were tried, many times over.
        QVERIFY(accepted > 200);
        QVERIFY(refused > 200);
    }

    void documentSizeLimitIsCheckedAsOnReading()
    {
        DocumentModel model;
        model.reset(example(examples.first()));
        const QString long_ = QString(90000, u'a');
        QVERIFY(model.setValue(u"questions.q1_description"_s, long_).ok());
        QVERIFY(model.setValue(u"questions.q3_launch_note"_s, long_).ok());
        const SmoutDocument before = model.document();
        const auto expected = readAfterEdit(before, u"questions.q1_other"_s, long_);
        QVERIFY(!expected);
        const Status set = model.setValue(u"questions.q1_other"_s, long_);
        QVERIFY(!set);
        QCOMPARE(set.error(), expected.error());
        QVERIFY(model.document() == before);
        // Shorter text again fits: the size follows each edit.
        QVERIFY(model.setValue(u"questions.q1_description"_s, u"short"_s).ok());
        QVERIFY(model.setValue(u"questions.q1_other"_s, long_).ok());
        QCOMPARE(model.value(u"questions.q1_other"_s), QJsonValue(long_));
    }

    void severalValuesAreOneStepOrNone()
    {
        DocumentModel model;
        const SmoutDocument doc = example(examples.first());
        model.reset(doc);
        const Status set = model.setValues({{u"summary.component"_s, u"CBP"_s}, {u"summary.date_submitted"_s, u"2023-02-30"_s}},
                                           u"Both"_s);
        QVERIFY(!set);
        QCOMPARE(set.error(), readAfterEdit(doc, u"summary.date_submitted"_s, u"2023-02-30"_s).error());
        QVERIFY(model.document() == doc);
        QVERIFY(model.setValues({{u"summary.component"_s, u"CBP"_s}, {u"summary.date_submitted"_s, u"2023-02-28"_s}},
                                u"Both"_s)
                    .ok());
        QCOMPARE(model.document().summary.component, u"CBP"_s);
        QCOMPARE(model.document().summary.dateSubmitted, QDate(2023, 2, 28));
        QCOMPARE(model.value(u"summary.date_submitted"_s), QJsonValue(u"2023-02-28"_s));
        model.undoStack()->undo();
        QVERIFY(model.document() == doc);
    }
};

QTEST_GUILESS_MAIN(TestEditInPlace)
#include "tst_edit_in_place.moc"
