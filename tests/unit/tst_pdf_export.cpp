// PDF export: the form's wording and every answer are in the PDF, qpdf finds it sound,
// the embedded document comes back identical, the draft mark appears exactly when the
// document has errors, long answers paginate without losing text, release copies redact.

#include "PdfTestSupport.h"
#include "io/SmoutJson.h"
#include "pdf/EmbeddedDocument.h"
#include "model/FormText.h"
#include "pdf/PdfExporter.h"

#include <QTest>

using namespace smout;
using namespace pdftest;

class TestPdfExport : public QObject {
    Q_OBJECT

    static SmoutDocument example(const QString &name)
    {
        auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u'/' + name);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        return doc.value();
    }
    static SmoutDocument ice() { return example(u"ice-2012-social-media-enforcement.smout"_s); }
    static SmoutDocument clean() { return example(u"fictional-uscis-benefit-fraud.smout"_s); }

    static pdf::ExportedPdf exported(const SmoutDocument &doc, pdf::ExportOptions options = {})
    {
        options.today = QDate(2026, 11, 25);
        auto out = pdf::exportPdf(doc, options);
        if (!out)
            qFatal("%s", qPrintable(out.error()));
        return out.value();
    }

    // The text as a reader follows it across page breaks: without headers and footers.
    static QString withoutRunningHeads(QString text, const SmoutDocument &d)
    {
        text.remove(QRegularExpression(u"Page \\d+ of \\d+ "_s));
        text.remove(FormText::title() + u" \u2014 "_s + d.summary.component + u" Document "_s + d.id + u' ');
        return text;
    }

private Q_SLOTS:
    void iceTextHoldsEveryAnswerAndEveryRule()
    {
        const SmoutDocument d = ice();
        const QString text = withoutRunningHeads(pdfText(exported(d).bytes), d);
        QStringList expected{FormText::title(), u"SUMMARY INFORMATION"_s, u"SPECIFIC QUESTIONS"_s,
                             u"DHS SOCIAL MEDIA DOCUMENTATION"_s, u"U.S. Immigration and Customs Enforcement"_s,
                             FormText::counselFootnote(), FormText::question5(), u"November 6, 2012"_s};
        for (const Rule r : allOf<Rule>()) {
            expected << FormText::ruleText(r);
            expected << d.questions.rule(r).explanation;
        }
        for (const auto &p : d.summary.contacts + d.summary.counsel)
            expected << p.name << p.title;
        expected << d.summary.itSystems << d.questions.q2Authorities << d.questions.q3LaunchNote
                 << d.questions.q4RulesOfBehavior.title << d.review.designationSorns;
        for (const auto &p : d.summary.pias)
            expected << p.id << p.title;
        for (const auto &s : d.summary.sorns)
            expected << s.id << s.title;
        for (const QString &para : d.questions.q1Description.split(u"\n\n"_s))
            expected << para;
        // pdftotext drops the hyphen of a word broken at a line end, so compare without
        // hyphens; a long answer is found by its opening and its close.
        const QString flat = QString(text).remove(u'-');
        for (const QString &e : expected) {
            const QString value = simplified(e).remove(u'-');
            if (value.isEmpty())
                continue;
            QVERIFY2(flat.contains(value.left(70)), qPrintable(u"missing: "_s + value.left(70)));
            QVERIFY2(flat.contains(value.right(70)), qPrintable(u"missing: "_s + value.right(70)));
        }
        QVERIFY(text.contains(u"\u2612 Yes. \u2610 No."_s)); // 2a: Yes
        QVERIFY(text.contains(u"\u2610 In development. \u2612 Operational."_s));
    }

    void qpdfFindsItSound()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(exported(ice()).bytes);
        file.flush();
        QProcess qpdf;
        qpdf.start(u"qpdf"_s, {u"--check"_s, file.fileName()});
        QVERIFY(qpdf.waitForFinished());
        QCOMPARE(qpdf.exitCode(), 0);
        QVERIFY(qpdf.readAllStandardOutput().contains("No syntax or stream encoding errors"));
    }

    void exportImportRoundTrip_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("ice") << 0;
        QTest::newRow("fictional") << 1;
        QTest::newRow("long") << 2;
    }
    void exportImportRoundTrip()
    {
        QFETCH(int, which);
        const SmoutDocument doc = which == 0 ? ice() : which == 1 ? clean() : longDocument(clean());
        const auto back = pdf::importPdf(exported(doc).bytes);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error()));
        QVERIFY(back.value() == doc);
        QCOMPARE(io::writeSmout(back.value()).value(), io::writeSmout(doc).value());
    }

    void draftMarkExactlyWhenThereAreErrors()
    {
        const auto cleanPdf = exported(clean());
        QVERIFY(!cleanPdf.draft);
        QVERIFY(!pdfText(cleanPdf.bytes).contains(u"DRAFT"_s));
        QVERIFY(!pdfText(cleanPdf.bytes).contains(u"Appendix"_s));

        SmoutDocument broken = clean();
        broken.summary.counsel.clear();
        const auto draft = exported(broken);
        QVERIFY(draft.draft);
        const int pages = pageCount(draft.bytes);
        QCOMPARE(pages, draft.pages);
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(pdfText(draft.bytes, p).contains(u"DRAFT \u2014 NOT VALIDATED"_s), qPrintable(QString::number(p)));
        const QString appendix = pdfText(draft.bytes, pages - 1); // before the signature page
        QVERIFY(appendix.contains(u"Appendix: validation findings"_s));
        QVERIFY(appendix.contains(u"SUM-COUNSEL"_s));
        QVERIFY(pdfText(draft.bytes, pages).contains(u"SIGNATURES"_s));
    }

    void longDocumentPaginatesWithoutLosingText()
    {
        const auto out = exported(longDocument(clean()));
        const int pages = pageCount(out.bytes);
        QCOMPARE(pages, out.pages);
        QVERIFY2(pages >= 25, qPrintable(QString::number(pages)));
        const QString text = pdfText(out.bytes);
        // Every word of the description exactly once and in order: nothing clipped, nothing
        // overlapping, no line repeated across a page break.
        int expected = 1;
        for (const auto &m : QRegularExpression(u"\\bw(\\d{5})\\b"_s).globalMatch(text)) {
            const int word = m.captured(1).toInt();
            QVERIFY2(word == expected, qPrintable(u"word %1 where %2 was expected"_s.arg(word).arg(expected)));
            ++expected;
        }
        QCOMPARE(expected - 1, 10000);
        for (int i = 1; i <= 40; ++i)
            QVERIFY(text.contains(u"Authority %1 under 6 U.S.C. § %2, as amended"_s.arg(i).arg(100 + i)));
        for (int i = 1; i <= 30; ++i)
            QVERIFY(text.contains(u"DHS/ALL-%1 \u2013 System %2"_s.arg(i, 3, 10, QChar(u'0')).arg(i)));
        QVERIFY(pdfText(out.bytes, pages).contains(u"Page %1 of %1"_s.arg(pages)));
    }

    void listItemsRunOverPageBreaksOnce()
    {
        // Authorities of several lines each, some running over a page break: every line is
        // there once, in order.
        SmoutDocument doc = clean();
        doc.questions.q2Authorities.clear();
        for (int i = 0; i < 40; ++i) {
            QStringList words;
            for (int j = 0; j < 70; ++j)
                words << u"a%1w%2"_s.arg(i, 2, 10, QChar(u'0')).arg(j, 3, 10, QChar(u'0'));
            doc.questions.q2Authorities << u"6 U.S.C. § %1: "_s.arg(100 + i) + words.join(u' ');
        }
        const auto out = exported(doc);
        QString text = pdfText(out.bytes);
        text = text.left(text.indexOf(u"Appendix: validation findings"_s));
        int expected = 0;
        for (const auto &m : QRegularExpression(u"\\ba(\\d\\d)w(\\d{3})\\b"_s).globalMatch(text)) {
            const int word = m.captured(1).toInt() * 70 + m.captured(2).toInt();
            QVERIFY2(word == expected, qPrintable(u"%1 where word %2 was expected"_s.arg(m.captured(0)).arg(expected)));
            ++expected;
        }
        QCOMPARE(expected, 40 * 70);
    }

    void a4OnRequest()
    {
        pdf::ExportOptions options;
        options.pageSize = QPageSize::A4;
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(exported(clean(), options).bytes);
        file.flush();
        QVERIFY(run(u"pdfinfo"_s, {file.fileName()}).contains(u"pts (A4)"_s));
        file.resize(0);
        file.seek(0);
        file.write(exported(clean()).bytes);
        file.flush();
        QVERIFY(run(u"pdfinfo"_s, {file.fileName()}).contains(u"612 x 792 pts (letter)"_s));
    }

    void releaseCopyRedactsAndCarriesNoData()
    {
        SmoutDocument doc = clean();
        doc.redactions.append({u"summary.contacts[0].name"_s, {}, {}, u"(b)(6)"_s, {}});
        doc.redactions.append({u"summary.contacts[0].phone"_s, 6, 14, u"(b)(6)"_s, {}});
        pdf::ExportOptions options;
        options.release = true;
        const auto out = exported(doc, options);
        const QString text = pdfText(out.bytes);
        QVERIFY(!text.contains(u"Dana Whitfield"_s));
        QVERIFY(!text.contains(u"555-0143"_s));
        QVERIFY(text.contains(u"(b)(6) , Privacy Analyst"_s));
        QVERIFY(QString(text).remove(u' ').contains(u"(202)(b)(6)"_s));
        QVERIFY(!pdf::importPdf(out.bytes).ok());
        QVERIFY(!out.bytes.contains("Dana Whitfield"));
    }

    void notAPdfIsRefusedWithAMessage()
    {
        const auto r = pdf::importPdf("%PDF-1.4 garbage");
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(u"not a readable PDF"_s));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdf_export.moc"
