// The window started in Spanish (the language setting, as smout-studio's main applies it):
// menus, sections and their owners, the read-only banners, findings with their plural forms,
// the role switch, the form's own wording (from model) and Qt's own buttons read in Spanish;
// the exported PDF keeps the form's English wording.

#include "GuiTestBase.h"
#include "SectionOwners.h"
#include "SettingsDialog.h"
#include "StudioSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QProcess>
#include <QTreeWidget>

using namespace guitest;

namespace {

QStringList findingMessages(MainWindow &window)
{
    QStringList out;
    for (int i = 0; i < window.findingsView()->topLevelItemCount(); ++i)
        out << window.findingsView()->topLevelItem(i)->text(3);
    return out;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.contains(part); });
}

} // namespace

class TestGuiSpanish : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        StudioSettings::setLanguage(u"es"_s);
        installTranslations(StudioSettings::language());
    }

    void menusSectionsAndRoles()
    {
        MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{u"&Archivo"_s, u"&Edición"_s, u"&Ver"_s, u"Ay&uda"_s}));
        QStringList sections;
        for (int i = 0; i < window.navigator()->count(); ++i)
            sections << window.navigator()->item(i)->text();
        QVERIFY2(anyContains(sections, u"Información general"_s), qPrintable(sections.join(u" | "_s)));
        QVERIFY2(anyContains(sections, u"Revisión de la Oficina de Privacidad del DHS"_s), qPrintable(sections.join(u" | "_s)));
        auto *role = window.findChild<QComboBox *>(u"roleSwitch"_s);
        QCOMPARE(role->itemText(0), u"Oficina del programa"_s);
        QCOMPARE(window.findingsView()->headerItem()->text(0), u"Gravedad"_s);
    }

    // The owner of every section and the read-only banner, in Spanish throughout.
    void ownersAndBannersSpeakSpanish()
    {
        MainWindow window;
        QStringList sections;
        for (int i = 0; i < window.navigator()->count(); ++i)
            sections << window.navigator()->item(i)->text();
        QVERIFY2(anyContains(sections, u"Todos los firmantes"_s), qPrintable(sections.join(u" | "_s)));
        QVERIFY(!anyContains(sections, u"Every signer"_s));
        const QString banner = readOnlyNotice(Role::Author, u"review"_s);
        QVERIFY2(banner.startsWith(u"Esta sección la completa "_s) && banner.contains(u"Ha iniciado sesión como "_s), qPrintable(banner));
    }

    // The wording the forms take from model at start-up is model's Spanish; the reviewer's
    // section keeps the form's English on hover.
    void formWordingSpeaksSpanish()
    {
        MainWindow window;
        auto *comments = field<QLabel>(window, u"review"_s, u"commentsLabel"_s);
        QCOMPARE(comments->text(), u"COMENTARIOS DE LA OFICINA DE PRIVACIDAD DEL DHS"_s);
        QCOMPARE(comments->toolTip(), u"DHS PRIVACY OFFICE COMMENTS"_s);
        auto *training = field<QAbstractButton>(window, u"review"_s, u"reason_training_required"_s);
        QCOMPARE(training->text(), u"Se exige capacitación."_s);
        QCOMPARE(training->accessibleName(), u"Se exige capacitación."_s);
        QCOMPARE(field<QAbstractButton>(window, u"q1"_s, u"q1_other"_s)->text(), u"Otra (descrita a continuación)"_s);
    }

    void findingsWithPluralForms()
    {
        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        QVERIFY(window.model()->setValue(u"questions.q1_description"_s, u"Revisión de publicaciones abiertas"_s));
        QVERIFY2(anyContains(findingMessages(window), u"La descripción tiene 4 palabras."_s), qPrintable(findingMessages(window).join(u'\n')));
        QVERIFY(window.model()->setValue(u"questions.q1_description"_s, u"Revisión"_s));
        QVERIFY2(anyContains(findingMessages(window), u"La descripción tiene 1 palabra."_s), qPrintable(findingMessages(window).join(u'\n')));
        QVERIFY(!anyContains(findingMessages(window), u"(s)"_s));
    }

    void qtButtonsSpeakSpanish()
    {
        SettingsDialog dialog;
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancelar"_s);
        QCOMPARE(dialog.windowTitle(), u"Configuración"_s);
    }

    void exportedFormStaysEnglish()
    {
        MainWindow window;
        QVERIFY(window.openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"form.pdf"_s);
        Dialogs::setNextFileName(pdf);
        QVERIFY(exportAndWait(window, [&window] { field<QPushButton>(window, u"signatures"_s, u"exportPdfButton"_s)->click(); }));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(body.contains(u"SUMMARY INFORMATION"_s), qPrintable(body.left(400)));
        QVERIFY(!body.contains(u"INFORMACIÓN GENERAL"_s));
    }
};

GUITEST_MAIN(TestGuiSpanish)
#include "tst_gui_spanish.moc"
