// The exported form's "REQUESTS FOR ADDITIONAL INFORMATION" section: after the Privacy
// Office comments, each request with its field as the form names it, the requester, date,
// answer and status; a document without requests prints no such section.

#include "PdfTestSupport.h"
#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"

#include <QTest>

using namespace smout;
using namespace pdftest;

class TestPdfRequests : public QObject {
    Q_OBJECT

    static SmoutDocument clean()
    {
        auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        return doc.value();
    }
    static QString text(const SmoutDocument &doc)
    {
        pdf::ExportOptions options;
        options.today = QDate(2026, 11, 25);
        auto out = pdf::exportPdf(doc, options);
        if (!out)
            qFatal("%s", qPrintable(out.error()));
        return pdfText(out.value().bytes);
    }

private Q_SLOTS:
    void sectionFollowsTheCommentsWithEveryRequest()
    {
        SmoutDocument doc = clean();
        InformationRequest asked;
        asked.id = u"R1"_s;
        asked.path = u"questions.q1_description"_s;
        asked.text = u"Name the platforms the officers review."_s;
        asked.by = u"Priya Castellanos"_s;
        asked.role = Role::Reviewer;
        asked.date = QDate(2026, 11, 2);
        asked.status = RequestStatus::Closed;
        asked.answer = RequestAnswer{u"Facebook and Instagram public profiles only."_s, u"Dana Whitfield"_s, QDate(2026, 11, 3), {}};
        asked.closed = RequestClosure{u"Priya Castellanos"_s, QDate(2026, 11, 4), {}};
        InformationRequest open;
        open.id = u"R2"_s;
        open.text = u"Attach the signed counsel memorandum."_s;
        open.by = u"Marcus Oyelaran"_s;
        open.role = Role::Counsel;
        open.date = QDate(2026, 11, 5);
        doc.requests = {asked, open};

        const QString t = text(doc);
        const qsizetype comments = t.indexOf(u"DHS PRIVACY OFFICE COMMENTS"_s);
        const qsizetype section = t.indexOf(u"REQUESTS FOR ADDITIONAL INFORMATION"_s);
        QVERIFY(comments >= 0);
        QVERIFY2(section > comments, qPrintable(t.mid(comments, 400)));
        const QString s = t.mid(section);
        for (const QString &expected :
             {u"Request R1 about Q1 Description of the use"_s, u"Name the platforms the officers review."_s,
              u"Priya Castellanos (the DHS Privacy Office reviewer), November 2, 2026"_s,
              u"Answer by Dana Whitfield, November 3, 2026: Facebook and Instagram public profiles only."_s,
              u"Closed by Priya Castellanos, November 4, 2026"_s,
              u"Request R2 about The whole document"_s, u"Marcus Oyelaran (counsel), November 5, 2026"_s,
              u"(not answered yet)"_s, u"Open: awaiting the program office's answer"_s})
            QVERIFY2(s.contains(expected), qPrintable(expected + u" not in: "_s + s.left(1500)));
    }

    void noRequestsNoSection()
    {
        QVERIFY(!text(clean()).contains(u"REQUESTS FOR ADDITIONAL INFORMATION"_s));
    }
};

QTEST_MAIN(TestPdfRequests)
#include "tst_pdf_requests.moc"
