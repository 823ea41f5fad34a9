// Read-only sections look read-only (issue 11, point 4): every section the current role
// does not own opens with a banner naming who completes it and the role the user is signed
// in as; sections the role edits have none. Owners come from core's role table, so the
// banner, the navigator and the model agree.

#include "GuiTestBase.h"
#include "SectionOwners.h"
#include "model/Roles.h"

#include <QLabel>
#include <QListWidget>

using namespace guitest;

class TestGuiOwnerBanner : public QObject {
    Q_OBJECT

    static QLabel *banner(MainWindow &window, const QString &section)
    {
        return window.sectionForm(window.sectionIndex(section))->findChild<QLabel *>(u"ownerBanner"_s);
    }

private Q_SLOTS:
    void everyReadOnlySectionHasABanner()
    {
        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int readOnly = 0;
        for (const Role role : {Role::Author, Role::Counsel, Role::Reviewer}) {
            window.model()->setRole(role);
            for (int i = 0; i < window.navigator()->count(); ++i) {
                const QString id = window.navigator()->item(i)->data(Qt::UserRole).toString();
                window.showSection(i);
                QLabel *label = banner(window, id);
                QVERIFY2(label, qPrintable(id));
                // Editable exactly when the model lets the role change a field of the section.
                const bool editable = roleEditsSection(role, id);
                QCOMPARE(label->isVisible(), !editable);
                if (editable)
                    continue;
                ++readOnly;
                QVERIFY2(label->text().contains(u"You are signed in as "_s + roleInSentence(role)), qPrintable(label->text()));
                for (const Role owner : sectionOwners(id))
                    QVERIFY2(label->text().contains(roleInSentence(owner)), qPrintable(label->text()));
                QVERIFY(window.navigator()->item(i)->text().contains(u"(read-only)"_s));
            }
        }
        QCOMPARE(readOnly, 9 + 9 + 1); // counsel and the reviewer read nine sections each, the author the review
        Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    void bannerWording()
    {
        MainWindow window;
        window.model()->setRole(Role::Author);
        QCOMPARE(banner(window, u"review"_s)->text(),
                 u"This section is completed by the DHS Privacy Office reviewer. You are signed in as the program office."_s);
        window.model()->setRole(Role::Reviewer);
        QCOMPARE(banner(window, u"q2"_s)->text(),
                 u"This section is completed by the program office and counsel. You are signed in as the DHS Privacy Office reviewer."_s);
        window.model()->setRole(Role::Counsel);
        QCOMPARE(banner(window, u"summary"_s)->text(),
                 u"This section is completed by the program office. You are signed in as counsel."_s);
        QVERIFY(banner(window, u"q2"_s)->isHidden()); // counsel answers 2a
        QVERIFY(banner(window, u"signatures"_s)->isHidden()); // every role signs
        if (const QString shots = qEnvironmentVariable("SMOUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.showSection(window.sectionIndex(u"summary"_s));
            window.resize(1100, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.grab().save(shots + u"/owner-banner.png"_s);
        }
    }

    void ownersComeFromTheModelsTable()
    {
        // 2a is counsel's in the model, so question 2 has two owners and the reviewer's is the review.
        QCOMPARE(ownerOf(u"questions.q2a_counsel_reviewed"), Role::Counsel);
        QCOMPARE(sectionOwners(u"q2"_s), (QList<Role>{Role::Author, Role::Counsel}));
        QCOMPARE(sectionOwners(u"review"_s), QList<Role>{Role::Reviewer});
        QCOMPARE(sectionOwnerName(u"q2"_s), u"Program office, counsel (2a)"_s);
        QCOMPARE(sectionOwnerName(u"summary"_s), roleName(Role::Author));
    }
};

GUITEST_MAIN(TestGuiOwnerBanner)
#include "tst_gui_owner_banner.moc"
