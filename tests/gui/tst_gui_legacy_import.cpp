// File → Import Existing SMOUT… (issue 33): the review shows the source text next to the
// fields and their status, activating a field selects its source, Accept opens the result
// as an unsaved draft with its findings, Cancel keeps the window as it was.

#include "../unit/LegacyFixtures.h"
#include "GuiTestBase.h"
#include "LegacyImportDialog.h"
#include "ModalAnswer.h"
#include "model/FieldNames.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QTreeWidget>

using namespace guitest;
using namespace legacyfixtures;

namespace {

QAction *importAction(MainWindow &window)
{
    for (QAction *a : window.findChildren<QAction *>())
        if (QString(a->text()).remove(u'&') == u"Import Existing SMOUT…")
            return a;
    qFatal("no Import Existing SMOUT… action");
}

} // namespace

class TestGuiLegacyImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reviewShowsSourcesAndAcceptOpensADraft()
    {
        QTemporaryDir dir;
        const QString docx = dir.filePath(u"ice.docx"_s);
        QFile f(docx);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(iceDocx(BoxStyle::Glyphs));
        f.close();

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        Dialogs::setNextFileName(docx);
        QString q2aName, q2aStatus, q2aSource, componentSource, reviewerDetail, sourceText;
        answerNextModal([&](QDialog *d) {
            auto *review = qobject_cast<LegacyImportDialog *>(d);
            if (!review) {
                d->reject();
                return;
            }
            sourceText = review->source()->toPlainText();
            QTreeWidget *fields = review->fields();
            QTreeWidgetItem *q2a = review->fieldItem(u"questions.q2a_counsel_reviewed"_s);
            QTreeWidgetItem *component = review->fieldItem(u"summary.component"_s);
            QTreeWidgetItem *reviewer = review->fieldItem(u"review.reviewer_name"_s);
            if (q2a && component && reviewer) {
                q2aName = q2a->text(0);
                q2aStatus = q2a->text(1);
                Q_EMIT fields->itemActivated(q2a, 0);
                q2aSource = review->selectedSource();
                fields->setCurrentItem(component);
                componentSource = review->selectedSource();
                reviewerDetail = reviewer->text(2);
            }
            review->accept();
        });
        importAction(window)->trigger();

        QVERIFY(sourceText.contains(u"DHS SOCIAL MEDIA DOCUMENTATION"_s));
        QCOMPARE(q2aName, fieldName(u"questions.q2a_counsel_reviewed"_s));
        QVERIFY(q2aName != u"questions.q2a_counsel_reviewed"_s);
        QCOMPARE(q2aStatus, u"mapped"_s);
        QCOMPARE(q2aSource, u"☒ Yes. ☐ No."_s);
        QCOMPARE(componentSource, u"Name of Component: U.S. Immigration and Customs Enforcement"_s);
        QVERIFY(reviewerDetail.startsWith(u"paragraph "_s));

        // The imported document replaces the example, unsaved and with its findings.
        const SmoutDocument &doc = window.model()->document();
        QCOMPARE(doc.summary.component, u"ICE"_s);
        QCOMPARE(doc.questions.q2aCounselReviewed, YesNo::Yes);
        QVERIFY(window.model()->filePath().isEmpty());
        QVERIFY(window.windowTitle().startsWith(u"Untitled SMOUT"_s));
        QVERIFY(ruleIds(window.model()->findings()).contains(u"LEGACY-WITHHELD"_s));
    }

    void cancelKeepsTheDocument()
    {
        QTemporaryDir dir;
        const QString txt = dir.filePath(u"ice.txt"_s);
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(iceText().toUtf8());
        f.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        const SmoutDocument before = window.model()->document();
        Dialogs::setNextFileName(txt);
        bool shown = false;
        answerNextModal([&](QDialog *d) {
            shown = qobject_cast<LegacyImportDialog *>(d) != nullptr;
            d->reject();
        });
        importAction(window)->trigger();
        QVERIFY(shown);
        QCOMPARE(window.model()->document(), before);
    }

    void aFileThatIsNoSmoutIsExplained()
    {
        QTemporaryDir dir;
        const QString txt = dir.filePath(u"minutes.txt"_s);
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Minutes of the meeting\n");
        f.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        const SmoutDocument before = window.model()->document();
        Dialogs::setNextFileName(txt);
        Dialogs::setNextAnswer(QMessageBox::Ok); // the "Cannot import" message
        importAction(window)->trigger();
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);
        QCOMPARE(window.model()->document(), before);
    }
};

GUITEST_MAIN(TestGuiLegacyImport)
#include "tst_gui_legacy_import.moc"
