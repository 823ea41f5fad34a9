// One title per section (issue 11, point 7): the window's navigator and section headers show
// the titles `smout validate` groups its findings under, all from model/SectionTitles.

#include "GuiTestBase.h"
#include "model/SectionTitles.h"

#include <QLabel>
#include <QListWidget>
#include <QProcess>

using namespace guitest;

class TestGuiSectionTitles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void windowShowsCoresTitles()
    {
        MainWindow window;
        QCOMPARE(window.navigator()->count(), 11);
        for (int i = 0; i < window.navigator()->count(); ++i) {
            const QString id = window.navigator()->item(i)->data(Qt::UserRole).toString();
            const QString title = sectionTitle(id);
            QCOMPARE(window.navigator()->item(i)->text().section(u'\n', 0, 0).section(u"  "_s, 0, 0), title);
            QCOMPARE(window.sectionForm(i)->findChild<QLabel *>(u"sectionTitle"_s)->text(), title);
            QCOMPARE(window.sectionForm(i)->windowTitle(), title);
        }
    }

    void cliAndWindowShowTheSameTitles()
    {
        const QString file = example(u"ice-2012-social-media-enforcement.smout"_s);
        QProcess cli;
        cli.start(QStringLiteral(SMOUT_CLI), {u"validate"_s, u"--today=2026-11-25"_s, file});
        QVERIFY(cli.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n');

        MainWindow window;
        QStringList navigator;
        for (int i = 0; i < window.navigator()->count(); ++i)
            navigator << window.navigator()->item(i)->text().section(u'\n', 0, 0);
        int headings = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(u"  "_s) || line.startsWith(u"   "_s))
                continue; // findings are indented further
            const QString heading = line.trimmed();
            ++headings;
            const bool shown = std::any_of(navigator.begin(), navigator.end(), [&](const QString &n) { return n.startsWith(heading); });
            QVERIFY2(shown, qPrintable(heading + u" not in the navigator: "_s + navigator.join(u" | "_s)));
        }
        QVERIFY2(headings >= 3, qPrintable(lines.join(u'\n')));
    }
};

GUITEST_MAIN(TestGuiSectionTitles)
#include "tst_gui_section_titles.moc"
