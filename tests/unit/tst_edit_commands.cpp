// Every change of the document in the window is one EditCommand that DocumentModel checks
// first: release markings and request actions are refused like typing is while the
// document is read-only, and each of them stays its own undo step.

#include "editing/DocumentModel.h"
#include "editing/MarkingCommand.h"
#include "editing/RequestEdits.h"

#include <QTest>

#include <vector>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

Redaction marking(const QString &path)
{
    return {path, {}, {}, u"(b)(5)"_s, {}};
}

} // namespace

class TestEditCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void markingsAreUndoneOneByOne()
    {
        DocumentModel model;
        QVERIFY(release::addMarking(model, marking(u"questions.q3_status"_s)).ok());
        QVERIFY(release::addMarking(model, marking(u"questions.q1_description"_s)).ok());
        QVERIFY(release::setMarkingExemption(model, 0, u"(b)(6)"_s).ok());
        QCOMPARE(model.undoStack()->count(), 3);
        QCOMPARE(model.undoStack()->undoText(), u"Change the exemptions of Q3 Status"_s);
        model.undoStack()->undo();
        QCOMPARE(model.document().redactions.at(0).exemption, u"(b)(5)"_s);
        model.undoStack()->undo();
        QCOMPARE(model.document().redactions.size(), 1);
        QVERIFY(release::removeMarking(model, 0).ok());
        QVERIFY(model.document().redactions.isEmpty());
        QVERIFY(release::removeMarking(model, 3).ok()); // no such marking: nothing to do
        QCOMPARE(model.undoStack()->count(), 2);
    }

    void requestActionsAreUndoneOneByOne()
    {
        DocumentModel model;
        model.setRole(Role::Reviewer);
        const auto first = addRequestEdit(model, u"questions.q1_description"_s, u"Which platforms?"_s, u"Priya"_s);
        QVERIFY(first.ok());
        QVERIFY(addRequestEdit(model, u""_s, u"Anything else?"_s, u"Priya"_s).ok());
        QCOMPARE(model.undoStack()->count(), 2);
        QCOMPARE(model.undoStack()->undoText(), u"Request R2"_s);
        model.undoStack()->undo();
        QCOMPARE(model.document().requests.size(), 1);
        QCOMPARE(model.document().requests.at(0).id, first.value());
    }

    void aReadOnlyDocumentRefusesEveryEdit()
    {
        DocumentModel model;
        model.setRole(Role::Reviewer);
        QVERIFY(release::addMarking(model, marking(u"questions.q3_status"_s)).ok());
        QVERIFY(addRequestEdit(model, u""_s, u"Anything else?"_s, u"Priya"_s).ok());
        const SmoutDocument before = model.document();
        const int steps = model.undoStack()->count();
        const QString reason = u"you may not change ICE's SMOUTs"_s;
        model.setReadOnlyReason(reason);

        const std::vector<Status> refused{
            model.setValue(u"review.comments"_s, u"x"_s),
            release::addMarking(model, marking(u"questions.q1_description"_s)),
            release::setMarkingExemption(model, 0, u"(b)(6)"_s),
            release::removeMarking(model, 0),
            closeRequestEdit(model, u"R1"_s, u"Priya"_s),
        };
        for (const Status &s : refused) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error(), reason);
        }
        const auto asked = addRequestEdit(model, u""_s, u"More?"_s, u"Priya"_s);
        QVERIFY(!asked.ok());
        QCOMPARE(asked.error(), reason);
        model.setRole(Role::Author);
        const Status answered = answerRequestEdit(model, u"R1"_s, u"Nothing."_s, u"Dana"_s);
        QVERIFY(!answered.ok());
        QCOMPARE(answered.error(), reason);

        QVERIFY(model.document() == before);
        QCOMPARE(model.undoStack()->count(), steps);
    }

    void keystrokesStillMergeIntoOneStep()
    {
        DocumentModel model;
        QVERIFY(model.setValue(u"questions.q1_description"_s, u"O"_s).ok());
        QVERIFY(model.setValue(u"questions.q1_description"_s, u"On"_s).ok());
        QCOMPARE(model.undoStack()->count(), 1);
        QVERIFY(release::addMarking(model, marking(u"questions.q1_description"_s)).ok());
        QVERIFY(model.setValue(u"questions.q1_description"_s, u"One"_s).ok());
        QCOMPARE(model.undoStack()->count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_edit_commands.moc"
