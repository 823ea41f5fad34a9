// Characters of the scripts DHS documents meet reach the PDF's page text; a character no
// installed font can draw appears as a visible placeholder naming its code point, and the
// export warns about it by field, so a signed record never hides a character.

#include "PdfTestSupport.h"
#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"

#include <QTest>

using namespace smout;
using namespace pdftest;

class TestPdfGlyphs : public QObject {
    Q_OBJECT

    static SmoutDocument example()
    {
        auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        return doc.value();
    }

    static pdf::ExportedPdf exported(const SmoutDocument &doc)
    {
        pdf::ExportOptions options;
        options.today = QDate(2026, 11, 25);
        auto out = pdf::exportPdf(doc, options);
        if (!out)
            qFatal("%s", qPrintable(out.error()));
        return out.value();
    }

    // Arabic is shaped into presentation forms on the page; compatibility normalization
    // maps them back to the letters typed.
    static QString normalized(const QString &text) { return text.normalized(QString::NormalizationForm_KC); }

private Q_SLOTS:
    void everyScriptReachesThePageText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("Greek") << u"Ελληνικό κείμενο"_s;
        QTest::newRow("Cyrillic") << u"Кириллический текст"_s;
        QTest::newRow("Hebrew") << u"טקסט עברי"_s;
        QTest::newRow("Arabic") << u"نص عربي"_s;
        QTest::newRow("CJK") << u"中文漢字日本語"_s;
    }
    void everyScriptReachesThePageText()
    {
        QFETCH(QString, text);
        SmoutDocument d = example();
        d.questions.q1Description = u"Handles: "_s + text;
        const pdf::ExportedPdf pdf = exported(d);
        QVERIFY2(pdf.warnings.isEmpty(), qPrintable(pdf.warnings.join(u'\n')));
        const QString page = normalized(pdfText(pdf.bytes));
        // Letter by letter: the reading order pdftotext gives right-to-left text varies.
        for (const QChar c : normalized(text))
            if (!c.isSpace())
                QVERIFY2(page.contains(c), qPrintable(u"U+%1 missing from the page text"_s.arg(c.unicode(), 4, 16, QChar(u'0'))));
        QVERIFY(!page.contains(u"[U+"_s));
    }

    void aCharacterNoFontDrawsIsShownByCodePointAndReported_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addColumn<QString>("codePoint");
        QTest::newRow("emoji") << u"\U0001F600"_s << u"U+1F600"_s;
        QTest::newRow("Hangul") << u"\uD55C"_s << u"U+D55C"_s;
        QTest::newRow("CJK Extension B") << u"\U00020001"_s << u"U+20001"_s;
    }
    void aCharacterNoFontDrawsIsShownByCodePointAndReported()
    {
        QFETCH(QString, character);
        QFETCH(QString, codePoint);
        SmoutDocument d = example();
        d.questions.q1Description = u"Before "_s + character + u" after, Ελληνικά."_s;
        const pdf::ExportedPdf pdf = exported(d);
        const QString page = pdfText(pdf.bytes);
        QVERIFY(page.contains(u"Before"_s));
        QVERIFY(page.contains(u"after, Ελληνικά."_s));
        // Drawn by some font, or named by the placeholder: never nothing.
        const bool drawn = page.contains(character);
        QVERIFY2(drawn || page.contains(u'[' + codePoint + u']'), qPrintable(page.left(2000)));
        if (drawn) {
            QVERIFY(pdf.warnings.isEmpty());
            return;
        }
        QCOMPARE(pdf.warnings.size(), 1);
        QCOMPARE(pdf.warnings.first(), u"questions.q1_description: %1 has no glyph in any installed font; the PDF shows [%1]"_s.arg(codePoint));
    }

    void theEmojiHasNoFontHere()
    {
        // The machines this runs on install no emoji font: the placeholder path is the one taken.
        SmoutDocument d = example();
        d.summary.itSystems = QStringList{u"Case system \U0001F600"_s};
        const pdf::ExportedPdf pdf = exported(d);
        QVERIFY(pdfText(pdf.bytes).contains(u"Case system [U+1F600]"_s));
        QCOMPARE(pdf.warnings, QStringList{u"summary.it_systems[0]: U+1F600 has no glyph in any installed font; the PDF shows [U+1F600]"_s});
    }
};

QTEST_MAIN(TestPdfGlyphs)
#include "tst_pdf_glyphs.moc"
