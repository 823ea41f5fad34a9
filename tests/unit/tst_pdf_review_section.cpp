// The PDF's DHS SOCIAL MEDIA DOCUMENTATION section reads as the 2017 template words it:
// every line of review-section-wording.md (a copy of the shared spec in tests/data) is in
// the export of a reviewed document, and the form's <prompts> print only in a blank form.

#include "PdfTestSupport.h"
#include "io/SmoutJson.h"
#include "model/FormText.h"
#include "pdf/PdfExporter.h"

#include <QFile>
#include <QTest>

using namespace smout;
using namespace pdftest;

class TestPdfReviewSection : public QObject {
    Q_OBJECT

    static SmoutDocument reviewed()
    {
        auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        return doc.value();
    }

    // The review section's text with running heads removed and no whitespace at all, so that
    // lines wrapped anywhere compare as the form's sentences.
    static QString reviewText(const SmoutDocument &d)
    {
        pdf::ExportOptions options;
        options.today = QDate(2026, 11, 25);
        auto out = pdf::exportPdf(d, options);
        if (!out)
            qFatal("%s", qPrintable(out.error()));
        QString text = pdfText(out.value().bytes);
        text.remove(QRegularExpression(u"Page \\d+ of \\d+ "_s));
        text.remove(FormText::title() + u" \u2014 "_s
                    + (d.summary.component.isEmpty() ? u"Component not named"_s : d.summary.component)
                    + u" Document "_s + d.id + u' ');
        text.remove(u"DRAFT \u2014 NOT VALIDATED"_s);
        const qsizetype start = text.lastIndexOf(u"DHS SOCIAL MEDIA DOCUMENTATION"_s);
        return squeezed(text.mid(start));
    }

    static QString squeezed(QString s)
    {
        return s.remove(QRegularExpression(u"\\s+"_s));
    }

    // The wording lines of the spec: the indented block, without the "-> key" notes and, for
    // a filled form, without the <prompts>.
    static QStringList wordingLines(bool withPrompts)
    {
        QFile f(QStringLiteral(SMOUT_TEST_DATA) + u"/review-section-wording.md"_s);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read review-section-wording.md");
        QStringList out;
        for (const QString &raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
            if (!raw.startsWith(u"    "_s))
                continue;
            QString line = raw.section(u"->"_s, 0, 0);
            if (!withPrompts)
                line.remove(QRegularExpression(u"<[^>]*>"_s));
            line = line.trimmed();
            if (!line.isEmpty())
                out << line;
        }
        return out;
    }

private Q_SLOTS:
    void everyLineOfTheFormIsInAReviewedDocument()
    {
        const QString text = reviewText(reviewed());
        const QStringList lines = wordingLines(false);
        QVERIFY(lines.size() > 60);
        for (const QString &line : lines)
            QVERIFY2(text.contains(squeezed(line)), qPrintable(u"not in the PDF: "_s + line));
    }

    void theWordingComesInTheFormsOrder()
    {
        const QString text = reviewText(reviewed());
        qsizetype at = 0;
        for (const QString &line : {u"DATE reviewed by the DHS Privacy Office:"_s, u"DESIGNATION"_s, u"PIA:"_s,
                                    u"1. Category of Use:"_s, u"Situational awareness; and"_s, u"Other."_s,
                                    u"2. (authorities analysis)"_s, u"a. Equipment."_s, u"h. Training."_s,
                                    u"DHS Privacy Office Determination"_s, u"Training required."_s,
                                    u"Additional Privacy compliance documentation is required:"_s,
                                    u"A PIA is required."_s, u"A SORN is required:"_s,
                                    u"DHS PRIVACY OFFICE COMMENTS"_s}) {
            const qsizetype next = text.indexOf(squeezed(line), at);
            QVERIFY2(next >= 0, qPrintable(u"out of order: "_s + line));
            at = next;
        }
    }

    void promptsOnlyInABlankForm()
    {
        const QStringList prompts{u"<Please explain \"other\" category of use here.>"_s, u"<Please explain analysis.>"_s,
                                  u"<Please include the name and number of PIA to be updated here.>"_s,
                                  u"<Please include the name and number of SORN to be updated here.>"_s};
        const QString blank = reviewText(SmoutDocument::createNew());
        for (const QString &p : prompts)
            QVERIFY2(blank.contains(squeezed(p)), qPrintable(p));
        for (const QString &line : wordingLines(true))
            QVERIFY2(blank.contains(squeezed(line)), qPrintable(u"not in the blank form: "_s + line));

        SmoutDocument filled = reviewed();
        filled.review.categories << Category::Other;
        filled.review.otherCategory = u"Vetting of volunteers for a disaster-relief partnership program."_s;
        filled.review.pia.coverage = Coverage::Update;
        filled.review.pia.updateTarget = u"DHS/USCIS/PIA-013(a) Fraud Detection and National Security"_s;
        const QString text = reviewText(filled);
        QVERIFY(!text.contains(u"<Please"_s));
        QVERIFY(text.contains(squeezed(u"\u2612 Other. "_s + filled.review.otherCategory)));
        QVERIFY(text.contains(squeezed(u"Updated. DHS/USCIS/PIA-013(a) Fraud Detection and National Security"_s)));
    }

    void documentationRequiredHoldsThePiaAndSornBlocks()
    {
        SmoutDocument d = reviewed();
        d.review.determination.outcome = Outcome::NotMet;
        d.review.determination.reasons = {OutcomeReason::DocumentationRequired};
        d.review.sorn.coverage = Coverage::New;
        const QString text = reviewText(d);
        const QString checked = u"\u2612"_s;
        QVERIFY(text.contains(squeezed(checked + u" Additional Privacy compliance documentation is required: "_s + checked
                                       + u" A PIA is required."_s)));
        QVERIFY(text.contains(squeezed(checked + u" New. "_s + u"\u2610 Updated. DHS PRIVACY OFFICE COMMENTS"_s)));
    }
};

QTEST_MAIN(TestPdfReviewSection)
#include "tst_pdf_review_section.moc"
