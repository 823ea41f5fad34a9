// The screening section: only an exemption that belongs to the component makes the other
// sections "not required" (rules.md "Scope", SCOPE-COMPONENT).

#include "GuiTestBase.h"

#include <QLabel>
#include <QListWidget>

using namespace guitest;

class TestGuiScreening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyAValidExemptionReleasesTheOtherSections()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DocumentModel *m = window.model();
        QVERIFY(m->setValue(u"summary.component"_s, u"CBP"_s).ok());
        QVERIFY(m->setValue(u"screening.ops_situational_awareness"_s, true).ok());
        auto *notice = window.sectionForm(0)->findChild<QLabel *>(u"exemptNotice"_s);
        const auto summaryEntry = [&] { return window.navigator()->item(window.sectionIndex(u"summary"_s))->text(); };
        QVERIFY2(notice->text().startsWith(u"No exemption applies"_s), qPrintable(notice->text()));
        QVERIFY(!summaryEntry().contains(u"not required"_s));
        QVERIFY(ruleIds(m->findings()).contains(u"SCOPE-COMPONENT"_s));

        QVERIFY(m->setValue(u"summary.component"_s, u"OPS"_s).ok());
        QVERIFY2(notice->text().contains(u"No SMOUT is required"_s), qPrintable(notice->text()));
        QVERIFY(summaryEntry().contains(u"not required"_s));
        QCOMPARE(ruleIds(m->findings()), QStringList{u"SCOPE-EXEMPT"_s});
    }
};

GUITEST_MAIN(TestGuiScreening)
#include "tst_gui_screening.moc"
