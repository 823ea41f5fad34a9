// The Spanish catalogue is complete and safe to use: every message has a finished
// translation with the same placeholders (%1…%9, %L1…, %n) and keyboard accelerators, plural
// messages have both Spanish forms, list-column specs keep their keys. The installed
// translators speak Spanish, keep the printed form English unless asked, and fall back to
// the English plural forms.

#include "model/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context, source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1)
                context = xml.readElementText();
            else if (name == "message"_L1)
                m = Message{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
            else if (name == "source"_L1)
                m.source = xml.readElementText();
            else if (name == "translation"_L1) {
                m.type = xml.attributes().value("type"_L1).toString();
                if (!m.numerus)
                    m.forms << xml.readElementText();
            } else if (name == "numerusform"_L1)
                m.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(?:L?[1-9]|n)"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(u"(?<!&)&[\\w]"_s);
    return text.contains(accelerator);
}

QString describe(const Message &m)
{
    return m.context + u": \""_s + m.source.left(70) + u'"';
}

const QString catalogue = QStringLiteral(SMOUT_SOURCE_DIR "/translations/smout_es.ts");

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated()
    {
        const QList<Message> messages = readCatalogue(catalogue);
        QVERIFY(messages.size() > 900);
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems << describe(m) + u" is marked "_s + m.type;
            else if (m.forms.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(), [](const QString &f) { return f.isEmpty(); }))
                problems << describe(m) + u" has no translation"_s;
            else if (m.numerus && m.forms.size() != 2)
                problems << describe(m) + u" needs the singular and plural Spanish forms"_s;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void placeholdersAndAcceleratorsMatch()
    {
        // ListEditor column specs: "key:Label;key:Label" (or ":Label" for a list of texts).
        static const QRegularExpression columns(u"^[a-z_]*:[^;\\s][^;]*(;[a-z_]+:[^;]+)*$"_s);
        QStringList problems;
        for (const Message &m : readCatalogue(catalogue)) {
            for (const QString &form : m.forms) {
                if (form.isEmpty())
                    continue;
                QStringList expected = placeholders(m.source);
                if (m.numerus && !expected.contains(u"%n"_s))
                    expected << u"%n"_s, expected.sort();
                if (placeholders(form) != expected)
                    problems << describe(m) + u": placeholders "_s + placeholders(form).join(u' ') + u" instead of "_s + expected.join(u' ');
                if (hasAccelerator(m.source) != hasAccelerator(form))
                    problems << describe(m) + u": the keyboard accelerator (&) is lost or added"_s;
                if (columns.match(m.source).hasMatch()) {
                    const auto keys = [](const QString &spec) {
                        QStringList k;
                        for (const QString &column : spec.split(u';'))
                            k << column.section(u':', 0, 0);
                        return k;
                    };
                    if (keys(m.source) != keys(form))
                        problems << describe(m) + u": list columns must keep their keys"_s;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void nonTextStaysOutOfTheCatalogue()
    {
        // Key paths (questions.q1_other), codes (overt_research) and style sheets (font-size: …).
        static const QRegularExpression code(
            u"^[a-z0-9_]+(\\.[a-z0-9_\\[\\]]+)+$|^[a-z0-9]+(_[a-z0-9]+)+$|^(font|margin|padding|color|background|border)[\\w-]*\\s*:"_s);
        QStringList problems;
        for (const Message &m : readCatalogue(catalogue))
            if (code.match(m.source).hasMatch())
                problems << describe(m) + u" is a key path or a style sheet, not text"_s;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void spanishInterfaceEnglishForm()
    {
        smout::installTranslations(u"es"_s);
        QCOMPARE(QCoreApplication::translate("smout::cli::ValidateCommand", "%n error(s)", nullptr, 1), u"1 error"_s);
        QCOMPARE(QCoreApplication::translate("smout::cli::ValidateCommand", "%n error(s)", nullptr, 3), u"3 errores"_s);
        QCOMPARE(QCoreApplication::translate("InventoryWindow", "%n SMOUT(s)", nullptr, 2), u"2 SMOUT"_s);
        QCOMPARE(QCoreApplication::translate("smout::Finding", "Warning"), u"Advertencia"_s);
        // Qt's own dialogs speak Spanish too (qtbase_es, from qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
        QCOMPARE(QCoreApplication::translate("smout::FormText", "Yes."), u"Sí."_s);
        QCOMPARE(QCoreApplication::translate("smout::Components", "U.S. Citizenship and Immigration Services"),
                 u"Servicio de Ciudadanía e Inmigración de los Estados Unidos"_s);
        // The printed form stays in English unless the user asks for the interface language.
        {
            const smout::PrintedFormScope printing;
            QCOMPARE(QCoreApplication::translate("smout::FormText", "Yes."), u"Yes."_s);
            QCOMPARE(QCoreApplication::translate("smout::pdf::PdfRenderer", "Page %1 of %2"), u"Page %1 of %2"_s);
            QCOMPARE(QCoreApplication::translate("smout::Components", "U.S. Citizenship and Immigration Services"),
                     u"U.S. Citizenship and Immigration Services"_s);
            QCOMPARE(QCoreApplication::translate("smout::cli::ValidateCommand", "%n error(s)", nullptr, 3), u"3 errors"_s);
            smout::setPdfFollowsInterfaceLanguage(true);
            QCOMPARE(QCoreApplication::translate("smout::FormText", "Yes."), u"Sí."_s);
            QCOMPARE(QCoreApplication::translate("smout::pdf::PdfRenderer", "Page %1 of %2"), u"Página %1 de %2"_s);
            smout::setPdfFollowsInterfaceLanguage(false);
        }
        QCOMPARE(QCoreApplication::translate("smout::pdf::PdfRenderer", "Page %1 of %2"), u"Página %1 de %2"_s);
    }

    void englishPluralsWithoutRemainder()
    {
        smout::installTranslations(u"en"_s);
        QCOMPARE(QCoreApplication::translate("InventoryWindow", "%n SMOUT(s)", nullptr, 2), u"2 SMOUTs"_s);
        QCOMPARE(QCoreApplication::translate("InventoryWindow", "%n SMOUT(s)", nullptr, 1), u"1 SMOUT"_s);
        QCOMPARE(QCoreApplication::translate("smout::Finding", "Warning"), u"Warning"_s);
        // A language SMOUT Studio does not speak: English, with its plurals.
        smout::installTranslations(u"de"_s);
        QCOMPARE(QCoreApplication::translate("InventoryWindow", "%n SMOUT(s)", nullptr, 2), u"2 SMOUTs"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    // Every counted message has its English singular and plural, and the verb agrees with the
    // count ("1 field differs", not "1 field(s) differ").
    void everyEnglishPluralIsWritten()
    {
        QFile file(QStringLiteral(SMOUT_SOURCE_DIR "/translations/smout_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        bool counted = false;
        QStringList forms;
        int checked = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                counted = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                forms.clear();
            } else if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == u"message" && counted) {
                ++checked;
                QVERIFY2(forms.size() == 2 && !forms[0].isEmpty() && !forms[1].isEmpty(), qPrintable(source));
                QVERIFY2(!forms[0].contains(u"(s)"_s) && !forms[1].contains(u"(s)"_s), qPrintable(source));
            }
        }
        QVERIFY(checked > 20);
        smout::installTranslations(u"en"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n field(s) differ from the signed version.", nullptr, 1),
                 u"1 field differs from the signed version."_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n field(s) differ from the signed version.", nullptr, 3),
                 u"3 fields differ from the signed version."_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
