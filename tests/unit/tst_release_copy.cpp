// FOIA release copies: every marking is applied or the release is refused naming it; the
// withheld text is in no part of the written PDF as independent tools read it (pdftotext,
// qpdf's uncompressed dump, metadata, attachments); the labels stand where the text was;
// the x-ray deletes a release that still holds withheld text.

#include "PdfTestSupport.h"
#include "io/SmoutJson.h"
#include "model/FormText.h"
#include "pdf/ReleaseCopy.h"
#include "release/Exemptions.h"
#include "release/MarkingRanges.h"
#include "release/RedactedCopy.h"
#include "release/ReleaseXray.h"
#include "rules/RuleEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace pdftest;

namespace {

SmoutDocument example(const QString &name)
{
    auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u'/' + name);
    if (!doc)
        qFatal("%s", qPrintable(doc.error()));
    return doc.value();
}

QString stripped(const QString &s)
{
    return release::withoutSpace(s);
}

// Every way the written release can be read: page text, qpdf's uncompressed dump,
// metadata and the list and contents of attachments.
struct ReadBack {
    QString text, qdf, meta, attachments;
};

ReadBack readBack(const QString &pdf)
{
    ReadBack r;
    r.text = run(u"pdftotext"_s, {pdf, u"-"_s});
    QTemporaryDir dir;
    const QString qdf = dir.filePath(u"qdf.pdf"_s);
    QProcess::execute(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, pdf, qdf});
    QFile f(qdf);
    f.open(QIODevice::ReadOnly);
    r.qdf = QString::fromLatin1(f.readAll());
    r.meta = run(u"pdfinfo"_s, {u"-meta"_s, pdf}) + run(u"pdfinfo"_s, {pdf});
    r.attachments = run(u"pdfdetach"_s, {u"-list"_s, pdf});
    QProcess::execute(u"pdfdetach"_s, {u"-saveall"_s, u"-o"_s, dir.path(), pdf});
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        if (name == u"qdf.pdf")
            continue;
        QFile a(dir.filePath(name));
        a.open(QIODevice::ReadOnly);
        r.attachments += QString::fromUtf8(a.readAll());
    }
    return r;
}

// A random word no form text contains.
QString token(QRandomGenerator &random)
{
    static const QString letters = u"bcdfghjklmnpqrstvwxz"_s;
    QString t;
    for (int i = 0; i < 9; ++i)
        t += letters[random.bounded(int(letters.size()))];
    return t;
}

} // namespace

class TestReleaseCopy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString releaseFile(const SmoutDocument &doc, const QString &name, QString *error = nullptr)
    {
        const QString path = m_dir.filePath(name);
        pdf::ExportOptions options;
        options.today = QDate(2026, 11, 25);
        auto written = pdf::writeReleaseFile(doc, path, options);
        if (!written) {
            if (error)
                *error = written.error();
            return {};
        }
        return path;
    }

    static void verifyGone(const ReadBack &r, const QString &withheld)
    {
        const QString needle = stripped(withheld);
        QVERIFY2(!stripped(r.text).contains(needle), qPrintable(u"page text holds "_s + withheld));
        QVERIFY2(!stripped(r.qdf).contains(needle), qPrintable(u"qpdf dump holds "_s + withheld));
        QVERIFY2(!stripped(r.meta).contains(needle), qPrintable(u"metadata holds "_s + withheld));
        QVERIFY2(!stripped(r.attachments).contains(needle), qPrintable(u"an attachment holds "_s + withheld));
    }

private Q_SLOTS:
    void failsClosed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("exemption");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown path") << u"summary.contacts[7].name"_s << -1 << -1 << u"(b)(6)"_s << u"has no field summary.contacts[7].name"_s;
        QTest::newRow("malformed path") << u"summary..name"_s << -1 << -1 << u"(b)(6)"_s << u"has no field"_s;
        QTest::newRow("range past the end") << u"summary.contacts[0].phone"_s << 3 << 400 << u"(b)(6)"_s << u"outside the value"_s;
        QTest::newRow("empty range") << u"questions.q1_description"_s << 12 << 12 << u"(b)(5)"_s << u"edited away"_s;
        QTest::newRow("range on a date") << u"review.date_reviewed"_s << 0 << 4 << u"(b)(6)"_s << u"withheld whole"_s;
        QTest::newRow("range on a choice") << u"review.determination.outcome"_s << 0 << 2 << u"(b)(5)"_s << u"withheld whole"_s;
        QTest::newRow("a whole list") << u"summary.it_systems"_s << -1 << -1 << u"(b)(7)(E)"_s << u"one by one"_s;
        QTest::newRow("unknown exemption") << u"questions.q1_description"_s << 0 << 5 << u"(b)(3)"_s << u"not an exemption"_s;
        QTest::newRow("the markings themselves") << u"redactions[0].path"_s << -1 << -1 << u"(b)(6)"_s << u"not part of the form"_s;
        QTest::newRow("overlap, other exemption") << u"summary.contacts[0].phone"_s << 8 << 14 << u"(b)(7)(C)"_s << u"overlaps marking 2"_s;
        QTest::newRow("around another marking") << u"summary.counsel[0]"_s << -1 << -1 << u"(b)(5)"_s << u"overlaps marking 3"_s;
    }

    void failsClosed()
    {
        QFETCH(QString, path);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, exemption);
        QFETCH(QString, message);
        SmoutDocument doc = example(u"ice-2012-social-media-enforcement.smout"_s);
        Redaction bad{path, {}, {}, exemption, {}};
        if (start >= 0) {
            bad.start = start;
            bad.end = end;
        }
        doc.redactions.append(bad);
        const qsizetype badNumber = doc.redactions.size();
        QString error;
        QVERIFY(releaseFile(doc, u"refused.pdf"_s, &error).isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(u"marking %1 (%2"_s.arg(badNumber).arg(path)), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"refused.pdf"_s)));
        // The window reports the same marking as RED-RANGE.
        bool reported = false;
        for (const Finding &f : RuleEngine::validate(doc, {}))
            reported = reported || (f.ruleId == u"RED-RANGE" && f.severity == Severity::Error && f.message.contains(message));
        QVERIFY(reported);
    }

    void everyBadMarkingIsNamed()
    {
        SmoutDocument doc = example(u"ice-2012-social-media-enforcement.smout"_s);
        doc.redactions.append({u"summary.nowhere"_s, {}, {}, u"(b)(6)"_s, {}});
        doc.redactions.append({u"summary.date_submitted"_s, {}, {}, u"(b)(6)"_s, {}});
        doc.redactions.append({u"questions.q1_description"_s, 10, 100000, u"(b)(5)"_s, {}});
        QString error;
        QVERIFY(releaseFile(doc, u"refused.pdf"_s, &error).isEmpty());
        QVERIFY(error.contains(u"marking 6 (summary.nowhere"_s));
        QVERIFY(!error.contains(u"marking 7"_s));
        QVERIFY(error.contains(u"marking 8 (questions.q1_description"_s));
    }

    void withheldTextLeftElsewhereIsRefused()
    {
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        doc.questions.q3LaunchNote = doc.summary.contacts[0].name + u" launched it."_s;
        doc.redactions.append({u"summary.contacts[0].name"_s, {}, {}, u"(b)(6)"_s, {}});
        QString error;
        QVERIFY(releaseFile(doc, u"refused.pdf"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"also appears unmarked in questions.q3_launch_note"_s), qPrintable(error));
    }

    // The round trip is part of the record, and so of a release: a request's text, its
    // answer and the names of who asked and answered are withheld like any other string.
    void requestsAreWithheldLikeAnyText()
    {
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        InformationRequest asked;
        asked.id = u"R1"_s;
        asked.path = u"questions.q1_description"_s;
        asked.text = u"Name the informant Zebulon Quartermaine, please."_s;
        asked.by = u"Ignatius Pemberton"_s;
        asked.date = QDate(2026, 11, 2);
        asked.status = RequestStatus::Answered;
        asked.answer = RequestAnswer{u"It was Xanthippe Vandermeer of the Columbus office."_s, u"Dorothea Fairweather"_s, QDate(2026, 11, 4), {}};
        doc.requests = {asked};
        const qsizetype name = asked.text.indexOf(u"Zebulon"_s), answer = asked.answer->text.indexOf(u"Xanthippe"_s);
        doc.redactions.append({u"requests[0].text"_s, name, name + 20, u"(b)(6)"_s, {}});
        doc.redactions.append({u"requests[0].answer.text"_s, answer, answer + 20, u"(b)(6)"_s, {}});
        doc.redactions.append({u"requests[0].by"_s, {}, {}, u"(b)(6)"_s, {}});
        doc.redactions.append({u"requests[0].answer.by"_s, {}, {}, u"(b)(7)(C)"_s, {}});

        const auto copy = release::redactedCopy(doc);
        QVERIFY2(copy.ok(), qPrintable(copy ? QString() : copy.error()));
        const InformationRequest &released = copy->document.requests[0];
        QCOMPARE(released.text, u"Name the informant "_s + release::labelMark(u"(b)(6)"_s) + u", please."_s);
        QCOMPARE(released.by, release::labelMark(u"(b)(6)"_s));
        QCOMPARE(released.answer->by, release::labelMark(u"(b)(7)(C)"_s));
        QVERIFY(!released.answer->text.contains(u"Xanthippe"_s));

        const QString path = releaseFile(doc, u"requests.pdf"_s);
        QVERIFY(!path.isEmpty());
        const ReadBack r = readBack(path);
        for (const QString &withheld : {u"Zebulon Quartermaine"_s, u"Xanthippe Vandermeer"_s, u"Ignatius Pemberton"_s, u"Dorothea Fairweather"_s})
            verifyGone(r, withheld);
        const QString text = r.text.simplified();
        QVERIFY2(text.contains(u"REQUESTS FOR ADDITIONAL INFORMATION"_s), qPrintable(text.right(600)));
        QVERIFY2(text.contains(u"Name the informant (b)(6) , please."_s) || text.contains(u"Name the informant (b)(6), please."_s),
                 qPrintable(text.right(600)));
        QVERIFY(text.contains(u"of the Columbus office."_s));
        QVERIFY(!r.text.contains(u"U+E00"_s)); // the labels are drawn as boxes, not as placeholders

        // A whole request is marked field by field, and the release says so.
        SmoutDocument whole = doc;
        whole.redactions.append({u"requests[0]"_s, {}, {}, u"(b)(5)"_s, {}});
        QString refusal;
        QVERIFY(releaseFile(whole, u"refused-whole.pdf"_s, &refusal).isEmpty());
        QVERIFY2(refusal.contains(u"mark the fields or the entries of requests[0] one by one"_s), qPrintable(refusal));

        // A withheld name left unmarked in another request's text refuses the release.
        InformationRequest again = asked;
        again.id = u"R2"_s;
        again.text = u"Is Zebulon Quartermaine still the source?"_s;
        again.answer.reset();
        again.status = RequestStatus::Open;
        doc.requests.append(again);
        QString error;
        QVERIFY(releaseFile(doc, u"refused-request.pdf"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"requests[1].text"_s), qPrintable(error));
    }

    // Issue 29: a withheld name written elsewhere in capitals, with look-alike letters of
    // another script, in fullwidth forms, or with invisible characters inside still reads as
    // the name: the release is refused naming both places.
    void lookAlikesOfWithheldTextAreRefused_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::newRow("capitals") << u"DANA WHITFIELD"_s;
        QTest::newRow("Cyrillic a") << u"D\u0430na Whitfield"_s;
        QTest::newRow("Greek capitals") << u"D\u0391NA WH\u0399TFIELD"_s;
        QTest::newRow("fullwidth") << u"\uFF24\uFF41\uFF4E\uFF41 \uFF37\uFF48\uFF49\uFF54\uFF46\uFF49\uFF45\uFF4C\uFF44"_s;
        QTest::newRow("soft hyphen") << u"Dana Whit\u00ADfield"_s;
        QTest::newRow("zero-width space") << u"Da\u200Bna Whitfield"_s;
    }

    void lookAlikesOfWithheldTextAreRefused()
    {
        QFETCH(QString, shown);
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        QCOMPARE(doc.summary.contacts[0].name, u"Dana Whitfield"_s);
        doc.questions.q3LaunchNote = shown + u" launched it."_s;
        doc.redactions.append({u"summary.contacts[0].name"_s, {}, {}, u"(b)(6)"_s, {}});
        QString error;
        QVERIFY(releaseFile(doc, u"refused.pdf"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"\"Dana Whitfield\" is withheld in summary.contacts[0].name, yet also appears unmarked in questions.q3_launch_note"_s),
                 qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"refused.pdf"_s)));
    }

    // Withheld strings under 4 characters are looked for too, as whole words.
    void shortWithheldWordsAreRefusedAsWholeWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("elsewhere");
        QTest::addColumn<bool>("refused");
        QTest::newRow("3 letters") << u"FBI"_s << u"Shared with the FBI."_s << true;
        QTest::newRow("3 letters, other case") << u"FBI"_s << u"shared with the fbi"_s << true;
        QTest::newRow("2 letters") << u"CI"_s << u"CI staff review it."_s << true;
        QTest::newRow("2 letters, Cyrillic look-alike") << u"CI"_s << u"\u0421I staff review it."_s << true;
        QTest::newRow("inside a longer word") << u"FBI"_s << u"FBIS records."_s << false;
    }

    void shortWithheldWordsAreRefusedAsWholeWords()
    {
        QFETCH(QString, word);
        QFETCH(QString, elsewhere);
        QFETCH(bool, refused);
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        doc.questions.q1Description = u"Leads are sent to "_s + word + u" for review."_s;
        doc.questions.q3LaunchNote = elsewhere;
        doc.redactions.append({u"questions.q1_description"_s, 18, 18 + word.size(), u"(b)(7)(E)"_s, {}});
        QString error;
        const QString path = releaseFile(doc, u"short.pdf"_s, &error);
        QCOMPARE(path.isEmpty(), refused);
        if (refused)
            QVERIFY2(error.contains(u"\"%1\" is withheld in questions.q1_description, yet also appears unmarked in questions.q3_launch_note"_s.arg(word)),
                     qPrintable(error));
        else
            QVERIFY(!stripped(readBack(path).text).contains(u"sentto"_s + word));
    }

    // The x-ray of the written file reads the same way: look-alikes and short words.
    void xrayReadsAsAReader()
    {
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        doc.questions.q3LaunchNote = u"Reported by J\u0410NE R\u041EE of the FBI."_s;
        pdf::ExportOptions options;
        options.today = QDate(2026, 11, 25);
        auto exported = pdf::exportPdf(doc, options);
        QVERIFY(exported.ok());
        auto onPage = [&](const QString &withheld) {
            for (const release::XrayHit &h : release::xrayPdf(exported->bytes, {withheld}, {}))
                if (h.where.startsWith(u"text of page"_s))
                    return true;
            return false;
        };
        QVERIFY(onPage(u"Jane Roe"_s));
        QVERIFY(onPage(u"FBI"_s));
        QVERIFY(onPage(u"fbi"_s));
        QVERIFY(!onPage(u"FB"_s));
        QVERIFY(!onPage(u"Jane Rose"_s));
    }

    // The page of question 1 as an image (pdftoppm, an independent renderer).
    static QByteArray questionOnePage(const QString &pdf)
    {
        QFile file(pdf);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        for (int page = 1; page <= pageCount(bytes); ++page) {
            if (!pdfText(bytes, page).contains(u"SPECIFIC QUESTIONS"_s))
                continue;
            QTemporaryDir dir;
            QProcess::execute(u"pdftoppm"_s, {u"-r"_s, u"40"_s, u"-gray"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                              QString::number(page), u"-singlefile"_s, pdf, dir.filePath(u"page"_s)});
            QFile image(dir.filePath(u"page.pgm"_s));
            return image.open(QIODevice::ReadOnly) ? image.readAll() : QByteArray();
        }
        return {};
    }

    // Issue 29: withholding a checked category withholds the whole group, so that neither
    // which category nor how many were checked shows; releases with different categories
    // withheld draw question 1 alike.
    void withheldCategoriesLookAlike()
    {
        SmoutDocument doc = example(u"ice-2012-social-media-enforcement.smout"_s);
        QCOMPARE(doc.questions.q1Categories.size(), 2);
        QList<QByteArray> pages;
        const QList<QStringList> variants{{u"questions.q1_categories[0]"_s},
                                          {u"questions.q1_categories[1]"_s},
                                          {u"questions.q1_categories[0]"_s, u"questions.q1_categories[1]"_s}};
        for (const QStringList &withheld : variants) {
            SmoutDocument marked = doc;
            for (const QString &path : withheld)
                marked.redactions.append({path, {}, {}, u"(b)(7)(E)"_s, {}});
            QString error;
            const QString path = releaseFile(marked, u"categories-%1.pdf"_s.arg(pages.size()), &error);
            QVERIFY2(!path.isEmpty(), qPrintable(error));
            const QString text = stripped(readBack(path).text);
            const QString question1 = text.mid(text.indexOf(u"SPECIFICQUESTIONS"_s), text.indexOf(stripped(FormText::question2())) - text.indexOf(u"SPECIFICQUESTIONS"_s));
            QVERIFY(question1.contains(stripped(u"(b)(7)(E) The categories of use were withheld."_s)));
            for (const Category c : allOf<Category>())
                QVERIFY2(!question1.contains(stripped(FormText::categoryLabel(c))), qPrintable(FormText::categoryLabel(c)));
            pages << questionOnePage(path);
            QVERIFY(!pages.last().isEmpty());
        }
        QCOMPARE(pages[0], pages[1]);
        QCOMPARE(pages[0], pages[2]);
        // The same document with one category checked, withheld, looks the same too.
        SmoutDocument none = doc;
        none.questions.q1Categories.removeLast();
        none.redactions.append({u"questions.q1_categories[0]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        QString error;
        const QString path = releaseFile(none, u"categories-other.pdf"_s, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(questionOnePage(path), pages[0]);
    }

    // A withheld radio answer or check box withholds its group as one labelled box.
    void withheldChoicesAreOneBox_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("hidden");
        QTest::newRow("review's equipment choice") << u"review.rob_content.equipment"_s << u"must resolve back to DHS/US IP address"_s;
        QTest::newRow("training verification check box") << u"questions.q5_training_verification.self_certify"_s << QString();
        QTest::newRow("review's category") << u"review.categories[0]"_s << u"(including fraud detection);"_s;
        QTest::newRow("determination") << u"review.determination.outcome"_s << u"Program has met requirements"_s;
        QTest::newRow("designation of a PIA") << u"review.pia.coverage"_s << u"Covered by existing PIA"_s;
    }

    void withheldChoicesAreOneBox()
    {
        QFETCH(QString, path);
        QFETCH(QString, hidden);
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        doc.redactions.append({path, {}, {}, u"(b)(5)"_s, {}});
        QString error;
        const QString pdf = releaseFile(doc, u"choice.pdf"_s, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = readBack(pdf).text.simplified();
        QVERIFY2(text.contains(u"(b)(5) The "_s), qPrintable(text));
        // The unreleased export shows the options the release hides.
        auto full = pdf::exportPdf(doc, {});
        QVERIFY(full.ok());
        const QString unreleased = pdfText(full->bytes);
        if (!hidden.isEmpty()) {
            QVERIFY2(!text.contains(hidden, Qt::CaseInsensitive), qPrintable(hidden));
            QVERIFY2(unreleased.contains(hidden, Qt::CaseInsensitive), qPrintable(hidden));
        }
        auto boxes = [](const QString &t) { return t.count(u'\u2610') + t.count(u'\u2612'); };
        QVERIFY2(boxes(text) < boxes(unreleased), qPrintable(u"%1 boxes, %2 in the export"_s.arg(boxes(text)).arg(boxes(unreleased))));
    }

    // Issue 29: answers that shown fields imply are warned about before the release.
    void impliedAnswersAreWarned()
    {
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(doc.questions.q3DateFirstLaunched.has_value());
        doc.redactions.append({u"questions.q3_status"_s, {}, {}, u"(b)(5)"_s, {}});
        doc.redactions.append({u"questions.q1_categories[0]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"summary.sorns[0].id"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"review.designation_sorns[0]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"review.rob_content.pii_storage.sorns[0]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"review.sorn.existing[0]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        const auto copy = release::redactedCopy(doc);
        QVERIFY2(copy.ok(), qPrintable(copy ? QString() : copy.error()));
        const QString warnings = pdf::releaseWarnings(doc).join(u'\n');
        QVERIFY2(warnings.contains(u"Q3 Status is withheld, but the release shows Q3 Date first launched"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"Q1 Category of use is withheld, but the release shows Review: category of use"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"System of Records Notice(s), entry 1: id is withheld, but the release shows System of Records Notice(s), entry 1: federal register"_s), qPrintable(warnings));

        // Withheld along with what implies them, they are not warned about.
        doc.redactions.append({u"questions.q3_date_first_launched"_s, {}, {}, u"(b)(5)"_s, {}});
        doc.redactions.append({u"review.categories[0]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"summary.sorns[0].federal_register"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        const QString after = pdf::releaseWarnings(doc).join(u'\n');
        QVERIFY2(!after.contains(u"is withheld, but"_s), qPrintable(after));
    }

    void aReleaseTheXrayFindsTextInIsDeleted()
    {
        // Withheld "Zephyrquill" is in no single string, but two list entries printed one
        // above the other read as it: only reading the written file back finds that.
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        doc.summary.itSystems = {u"Zephyr"_s, u"quill"_s};
        doc.questions.q3LaunchNote = u"Zephyrquill was launched."_s;
        doc.redactions.append({u"questions.q3_launch_note"_s, 0, 11, u"(b)(5)"_s, {}});
        const QString path = m_dir.filePath(u"xray.pdf"_s);
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("an older file");
        stale.close();
        auto written = pdf::writeReleaseFile(doc, path, {});
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(u"\"Zephyrquill\" in text of page 2"_s), qPrintable(written.error()));
        QVERIFY(!QFile::exists(path));
    }

    void xrayFindsTextAnywhereInThePdf()
    {
        // An export with the document embedded holds every value: the x-ray must see it in
        // the page text, the attachment and the metadata alike.
        const SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        auto full = pdf::exportPdf(doc, {});
        QVERIFY(full.ok());
        const QString name = doc.summary.contacts[0].name;
        const auto hits = release::xrayPdf(full->bytes, {name}, {});
        QStringList where;
        for (const auto &h : hits)
            where << h.where;
        QVERIFY2(where.join(u'|').contains(u"text of page 2"_s), qPrintable(where.join(u'|')));
        QVERIFY(where.join(u'|').contains(u"attachment document.smout"_s));
        QVERIFY(where.join(u'|').contains(u"document information Author"_s));
        // The form's own wording is printed in every release and reveals nothing.
        QVERIFY(release::xrayPdf(full->bytes, {u"Privacy Office"_s}, u"the DHS Privacy Office"_s).isEmpty());
        QCOMPARE(release::xrayPdf("%PDF-1.4 nonsense", {name}, {}).size(), 1);
    }

    void iceExampleWithMarkings()
    {
        SmoutDocument doc = example(u"ice-2012-social-media-enforcement.smout"_s);
        const QString description = doc.questions.q1Description;
        const qsizetype at = description.indexOf(u"Executive Office for Immigration Review"_s);
        QVERIFY(at > 0);
        doc.redactions.append({u"questions.q1_description"_s, at, at + 39, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"review.date_reviewed"_s, {}, {}, u"(b)(6), (b)(7)(C)"_s, {}});
        doc.redactions.append({u"questions.q5_rules.equipment.answer"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"questions.q1_categories[1]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"summary.it_systems[3]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"summary.pias[2].title"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"summary.sorns[2].title"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"summary.counsel[1].name"_s, {}, {}, u"(b)(6)"_s, {}});
        QString error;
        const QString pdf = releaseFile(doc, u"ice.pdf"_s, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const ReadBack r = readBack(pdf);
        for (const QString &gone : {u"November 6, 2012"_s, u"Executive Office for Immigration Review"_s, u"Immigration and Enforcement Operational Records System"_s,
                                    u"Alien Criminal Response Information Management System"_s, u"Golparvar"_s,
                                    u"(b)(6); (b)(7)(C)"_s})
            verifyGone(r, gone);
        const QString text = stripped(r.text);
        QVERIFY(text.contains(stripped(u"DATE reviewed by the DHS Privacy Office: (b)(6), (b)(7)(C)"_s)));
        // A withheld category withholds the whole group: no category shows, nor how many.
        QVERIFY(text.contains(stripped(u"(b)(7)(E) The categories of use were withheld."_s)));
        QVERIFY(!text.contains(stripped(u"Administrative investigations"_s)));
        QVERIFY(text.contains(stripped(u"violations of U.S. immigration law and"_s)));
        QVERIFY(text.contains(stripped(u"(b)(6), Chief, Immigration Law and Practice Division, OPLA"_s)));
        QVERIFY(text.contains(stripped(u"proceedings before the (b)(7)(E) to conduct general and specific case research"_s)));
        QVERIFY(text.contains(stripped(u"Enforcement Integrated Database (b)(7)(E) Applicable Privacy Impact"_s)));
        QVERIFY(text.contains(stripped(u"DHS/ICE/PIA-020 \u2013 (b)(7)(E)"_s)));
        QVERIFY(text.contains(stripped(u"DHS/ICE-011 \u2013 (b)(7)(E)"_s)));
        // The withheld answer: neither box is shown, so neither Yes nor No is revealed.
        QVERIFY(text.contains(stripped(u"a) Equipment."_s)));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(r.text.count(u"RELEASE COPY \u2014 FOIA exemptions applied"_s), pageCount(file.readAll()));
        QVERIFY(r.attachments.contains(u"0 embedded files"_s));
    }

    void twoHundredRandomMarkings()
    {
        QRandomGenerator random(20261126);
        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        QStringList words;
        for (int i = 0; i < 600; ++i)
            words << token(random);
        doc.questions.q1Description = words.join(u' ');
        doc.summary.itSystems.clear();
        doc.questions.q2Authorities.clear();
        for (int i = 0; i < 40; ++i) {
            doc.summary.itSystems << token(random) + u' ' + token(random);
            doc.questions.q2Authorities << token(random) + u" U.S.C. "_s + token(random);
        }
        doc.summary.pias.clear();
        doc.summary.sorns.clear();
        for (int i = 0; i < 30; ++i) {
            doc.summary.pias.append({u"DHS/USCIS/PIA-%1"_s.arg(100 + i), token(random), QDate(1980 + i, 1 + i % 12, 1 + i % 28), {}});
            doc.summary.sorns.append({u"DHS/USCIS-%1"_s.arg(100 + i), token(random), QDate(1950 + i, 1 + i % 12, 1 + i % 28),
                                      u"%1 FR %2"_s.arg(50 + i).arg(token(random)), {}});
        }
        for (Rule r : allOf<Rule>())
            doc.questions.rule(r).explanation = token(random) + u' ' + token(random) + u' ' + token(random);

        struct Expect {
            QString gone, before, label, after;
        };
        QList<Expect> expected;
        const QStringList labels{u"(b)(5)"_s, u"(b)(6)"_s, u"(b)(7)(C)"_s, u"(b)(7)(E)"_s, u"(b)(6), (b)(7)(C)"_s};
        auto label = [&] { return labels[random.bounded(int(labels.size()))]; };
        // Every third word of the description: its neighbours stay unmarked.
        qsizetype offset = 0;
        QList<qsizetype> starts;
        for (const QString &w : words) {
            starts << offset;
            offset += w.size() + 1;
        }
        for (int i = 1; i + 1 < words.size() && expected.size() < 120; i += 3) {
            const QString l = label();
            doc.redactions.append({u"questions.q1_description"_s, starts[i], starts[i] + words[i].size(), l, {}});
            expected.append({words[i], words[i - 1], l, words[i + 1]});
        }
        for (int i = 0; i < 40 && expected.size() < 145; i += 2) {
            const QString l = label();
            doc.redactions.append({u"summary.it_systems[%1]"_s.arg(i), {}, {}, l, {}});
            expected.append({doc.summary.itSystems[i], i > 0 ? doc.summary.itSystems[i - 1] : QString(), l, {}});
        }
        for (int i = 0; i < 40 && expected.size() < 165; i += 2) {
            const QString &authority = doc.questions.q2Authorities[i];
            const qsizetype cut = authority.indexOf(u' ');
            const QString l = label();
            doc.redactions.append({u"questions.q2_authorities[%1]"_s.arg(i), 0, cut, l, {}});
            expected.append({authority.left(cut), {}, l, authority.mid(cut)});
        }
        for (int i = 0; i < 30 && expected.size() < 180; i += 2) {
            const QString l = label();
            doc.redactions.append({u"summary.pias[%1].date"_s.arg(i), {}, {}, l, {}});
            expected.append({QLocale(QLocale::English).toString(*doc.summary.pias[i].date, u"MMMM d, yyyy"_s),
                             doc.summary.pias[i].title + u" ("_s, l, u")"_s});
        }
        for (int i = 1; i < 30 && expected.size() < 190; i += 3) {
            const QString l = label();
            doc.redactions.append({u"summary.sorns[%1]"_s.arg(i), {}, {}, l, {}});
            expected.append({doc.summary.sorns[i].title, {}, l, {}});
            expected.append({doc.summary.sorns[i].federalRegister, {}, l, {}});
            expected.append({QLocale(QLocale::English).toString(*doc.summary.sorns[i].date, u"MMMM d, yyyy"_s), {}, l, {}});
        }
        int answers = 0;
        for (Rule r : allOf<Rule>()) {
            if (doc.redactions.size() >= 200)
                break;
            const QString key = QString(codeOf(r));
            if (answers++ % 2 == 0) {
                doc.redactions.append({u"questions.q5_rules.%1.answer"_s.arg(key), {}, {}, label(), {}});
            } else {
                const QString l = label();
                const QString &e = doc.questions.rule(r).explanation;
                doc.redactions.append({u"questions.q5_rules.%1.explanation"_s.arg(key), 10, 19, l, {}});
                expected.append({e.mid(10, 9), e.left(9), l, e.mid(19)});
            }
        }
        doc.redactions.append({u"questions.q1_categories[0]"_s, {}, {}, u"(b)(7)(E)"_s, {}});
        doc.redactions.append({u"summary.date_submitted"_s, {}, {}, u"(b)(6)"_s, {}});
        doc.redactions.append({u"questions.q3_status"_s, {}, {}, u"(b)(5)"_s, {}});
        for (int i = 1; doc.redactions.size() < 200; i += 2) {
            doc.redactions.append({u"questions.q2_authorities[%1]"_s.arg(i), {}, {}, u"(b)(5)"_s, {}});
            expected.append({doc.questions.q2Authorities[i], {}, u"(b)(5)"_s, {}});
        }
        QCOMPARE(doc.redactions.size(), 200);
        expected.append({u"March 2, 2026"_s, u"Date submitted for review:"_s, u"(b)(6)"_s, {}});

        QString error;
        const QString pdf = releaseFile(doc, u"random.pdf"_s, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const ReadBack r = readBack(pdf);
        // Read across page breaks: without the running heads and feet.
        static const QRegularExpression heads(u"Page\\d+of\\d+RELEASECOPY\u2014FOIAexemptionsapplied.*?Document[0-9a-f-]{36}"_s);
        const QString text = stripped(r.text).remove(heads);
        for (const Expect &e : std::as_const(expected)) {
            if (e.gone.size() >= 4 && !e.gone.contains(u"(b)"_s))
                verifyGone(r, e.gone);
            QVERIFY2(text.contains(stripped(e.before + e.label + e.after)),
                     qPrintable(u"not in place: "_s + e.before + u" [" + e.label + u"] " + e.after + u" in "
                                + text.mid(text.indexOf(stripped(e.before)), 120)));
        }
        // The document's other text is all there.
        for (int i = 0; i < words.size(); i += 3)
            QVERIFY(text.contains(words[i]));
        QVERIFY(text.contains(u"DHS/USCIS-103"_s));
        QVERIFY(!text.contains(u"DHS/USCIS-101"_s)); // a withheld entry
    }

    void markingsFollowTheirWords()
    {
        QList<Redaction> m{{u"q"_s, 10, 15, u"(b)(6)"_s, {}}, {u"other"_s, 0, 3, u"(b)(6)"_s, {}}};
        const QString text = u"Call Jane Smith at noon"_s; // "Smith" is 10..15
        QVERIFY(release::followEdit(m, u"q"_s, text, u"Please call Jane Smith at noon"_s));
        QCOMPARE(*m[0].start, 17);
        QCOMPARE(*m[0].end, 22);
        QCOMPARE(*m[1].end, 3);
        QVERIFY(release::followEdit(m, u"q"_s, u"Please call Jane Smith at noon"_s, u"Please call Jane Smithers at noon"_s) == false);
        QVERIFY(release::followEdit(m, u"q"_s, u"Please call Jane Smith at noon"_s, u"Please call Jane Smiith at noon"_s));
        QCOMPARE(*m[0].end, 23);
        QVERIFY(!release::followEdit(m, u"q"_s, u"Please call Jane Smiith at noon"_s, u"Please call Jane Smiith at noon!"_s));
        QVERIFY(release::followEdit(m, u"q"_s, u"Please call Jane Smiith at noon!"_s, u"Please call Jane at noon!"_s));
        QCOMPARE(*m[0].start, *m[0].end); // edited away: RED-RANGE, not another word
    }

    void markingsFollowTheirListEntries()
    {
        const QJsonArray before{u"alpha"_s, u"bravo"_s, u"charlie"_s};
        QList<Redaction> m{{u"l[1]"_s, {}, {}, u"(b)(6)"_s, {}}, {u"l[2]"_s, 0, 3, u"(b)(6)"_s, {}}};
        // "alpha" removed: the markings move up with their entries.
        QVERIFY(release::followListEdit(m, u"l"_s, before, QJsonArray{u"bravo"_s, u"charlie"_s}));
        QCOMPARE(m[0].path, u"l[0]"_s);
        QCOMPARE(m[1].path, u"l[1]"_s);
        // Reordered.
        QVERIFY(release::followListEdit(m, u"l"_s, QJsonArray{u"bravo"_s, u"charlie"_s}, QJsonArray{u"charlie"_s, u"bravo"_s}));
        QCOMPARE(m[0].path, u"l[1]"_s);
        QCOMPARE(m[1].path, u"l[0]"_s);
        // "bravo" removed: its marking is lost, never moved onto "charlie" or a new entry.
        QVERIFY(release::followListEdit(m, u"l"_s, QJsonArray{u"charlie"_s, u"bravo"_s}, QJsonArray{u"charlie"_s}));
        QVERIFY(release::isLost(m[0]));
        QVERIFY(!release::isLost(m[1]));
        QVERIFY(!release::followListEdit(m, u"l"_s, QJsonArray{u"charlie"_s}, QJsonArray{u"charlie"_s, u"delta"_s}));
        QCOMPARE(m[0].path, u"l[1]"_s);

        // A cell of an entry edited in place: a marking of part of its text stays on its
        // words; a marking lost before is left alone.
        const QJsonObject jane{{u"name"_s, u"Jane Roe"_s}, {u"phone"_s, u"555 0100"_s}};
        QList<Redaction> cell{{u"p[0].name"_s, 5, 8, u"(b)(6)"_s, {}}, {u"p[0].phone"_s, 0, 3, u"(b)(6)"_s, {}}};
        QJsonObject edited = jane;
        edited.insert(u"name"_s, u"Dr. Jane Roe"_s);
        QVERIFY(release::followListEdit(cell, u"p"_s, QJsonArray{jane}, QJsonArray{edited}));
        QCOMPARE(*cell[0].start, 9);
        QCOMPARE(*cell[0].end, 12);
        QCOMPARE(*cell[1].start, 0);
        QList<Redaction> gone{{u"l[1]"_s, 0, 2, u"(b)(6)"_s, {}}};
        gone[0].unknown.insert(u"lost"_s, true);
        QVERIFY(!release::followListEdit(gone, u"l"_s, QJsonArray{u"charlie"_s, u"delta"_s}, QJsonArray{u"charlie"_s, u"d"_s}));
        QCOMPARE(*gone[0].end, 2);

        SmoutDocument doc = example(u"fictional-uscis-benefit-fraud.smout"_s);
        doc.redactions = {{u"summary.it_systems[0]"_s, {}, {}, u"(b)(6)"_s, {}}};
        QVERIFY(release::followListEdit(doc.redactions, u"summary.it_systems"_s, QJsonArray{doc.summary.itSystems[0]}, QJsonArray{}));
        const auto written = io::readSmout(io::writeSmout(doc).value());
        QVERIFY(written.ok());
        QVERIFY(release::isLost(written->redactions[0])); // kept in the file
        bool reported = false;
        for (const Finding &f : RuleEngine::validate(written.value(), {}))
            reported = reported || (f.ruleId == u"RED-RANGE" && f.message.contains(u"was removed"_s));
        QVERIFY(reported);
    }
};

QTEST_MAIN(TestReleaseCopy)
#include "tst_release_copy.moc"
