// Reading filled templates (issue 33): the ICE 2012 text to the bundled example, the
// 2017 wording, check boxes, unmapped text, FOIA marks, .docx and PDF sources.

#include "LegacyFixtures.h"
#include "legacy/LegacyImport.h"
#include "rules/RuleEngine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smout;
using namespace smout::legacy;
using namespace legacyfixtures;

namespace {

LegacyImport importText(const QString &text)
{
    auto r = readTemplate(linesOfText(text), {});
    if (!r)
        qFatal("import failed: %s", qPrintable(r.error()));
    return std::move(r).value();
}

const FieldReport *fieldAt(const LegacyImport &r, const QString &path)
{
    for (const auto &f : r.fields)
        if (f.path == path)
            return &f;
    return nullptr;
}

QString templateWith(const QString &q5Line)
{
    return u"SUMMARY INFORMATION\nName of Component: ICE\nSPECIFIC QUESTIONS\n"
           "5. Please describe the Rules of Behavior in effect\n"
           "a) Equipment. Use only government-issued equipment\n"_s + q5Line + u"\n"_s;
}

} // namespace

class TestLegacyImport : public QObject {
    Q_OBJECT

    // Differing fields must not be mapped: only inferred or missing ones may be off.
    void checkAgainstExample(const LegacyImport &r, double minimumShare, int maxDiffering)
    {
        int nonEmpty = 0;
        const QStringList differing = differingLeaves(r.document, iceExample(), &nonEmpty);
        const double share = double(nonEmpty - differing.size()) / nonEmpty;
        qInfo("%d of %d non-empty fields equal (%.1f%%); differing: %s", int(nonEmpty - differing.size()),
              nonEmpty, share * 100, qPrintable(differing.join(u", "_s)));
        QVERIFY2(share >= minimumShare, qPrintable(differing.join(u", "_s)));
        QVERIFY(differing.size() <= maxDiffering);
        for (const QString &path : differing) {
            if (path.startsWith(u"redactions"))
                continue;
            const FieldReport *f = fieldAt(r, path);
            QVERIFY2(f, qPrintable(path));
            QVERIFY2(f->status != FieldStatus::Mapped, qPrintable(path));
        }
    }

private Q_SLOTS:
    void iceTextImportsToTheBundledExample()
    {
        const LegacyImport r = importText(iceText());
        QCOMPARE(r.edition, u"2012"_s);
        checkAgainstExample(r, 0.95, 4);
        // What a text export cannot show stays open for a person, never guessed as mapped.
        QCOMPARE(r.document.questions.q2aCounselReviewed, YesNo::Unset);
        QCOMPARE(fieldAt(r, u"questions.q2a_counsel_reviewed"_s)->status, FieldStatus::Missing);
        QCOMPARE(r.document.review.determination.outcome, Outcome::Unset);
        const FieldReport *component = fieldAt(r, u"summary.component"_s);
        QCOMPARE(component->status, FieldStatus::Mapped);
        QCOMPARE(component->source, u"line 29"_s);
        const FieldReport *equipment = fieldAt(r, u"questions.q5_rules.equipment.answer"_s);
        QCOMPARE(equipment->status, FieldStatus::Inferred);
        QVERIFY(equipment->reason.contains(u"If not, please explain"_s));
        QVERIFY(r.unmapped.isEmpty());
        QCOMPARE(r.document.redactions, iceExample().redactions);
    }

    void everyLeafIsClassed()
    {
        const LegacyImport r = importText(iceText());
        QCOMPARE(r.count(FieldStatus::Mapped) + r.count(FieldStatus::Inferred) + r.count(FieldStatus::Missing),
                 int(r.fields.size()));
        QVERIFY(fieldAt(r, u"summary.pias[2].title"_s));
        QVERIFY(fieldAt(r, u"questions.access_modes"_s)); // an empty list is one missing entry
        for (const auto &f : r.fields) {
            if (f.status == FieldStatus::Mapped)
                QVERIFY2(!f.source.isEmpty(), qPrintable(f.path));
            if (f.status == FieldStatus::Inferred)
                QVERIFY2(!f.reason.isEmpty(), qPrintable(f.path));
        }
    }

    void checkBoxesNotClearlyCheckedStayNull_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("answer");
        QTest::newRow("none checked") << u"☐ Yes. ☐ No. If not, please explain:"_s << QString();
        QTest::newRow("both checked") << u"☒ Yes. ☒ No. If not, please explain:"_s << QString();
        QTest::newRow("yes glyph") << u"☒ Yes. ☐ No. If not, please explain:"_s << u"yes"_s;
        QTest::newRow("no filled square") << u"□ Yes. ■ No. If not, please explain:"_s << u"no"_s;
        QTest::newRow("brackets") << u"[ ] Yes. [X] No. If not, please explain:"_s << u"no"_s;
    }

    void checkBoxesNotClearlyCheckedStayNull()
    {
        QFETCH(QString, line);
        QFETCH(QString, answer);
        const LegacyImport r = importText(templateWith(line));
        QCOMPARE(QString(codeOf(r.document.questions.rule(Rule::Equipment).answer)), answer);
        QCOMPARE(fieldAt(r, u"questions.q5_rules.equipment.answer"_s)->status,
                 answer.isEmpty() ? FieldStatus::Missing : FieldStatus::Mapped);
    }

    void unmappedTextIsListedNotDropped()
    {
        const LegacyImport r = importText(u"SUMMARY INFORMATION\nName of Component: ICE\n"
                                          "A remark the office wrote under the component.\n"
                                          "SPECIFIC QUESTIONS\n"_s);
        QCOMPARE(r.unmapped.size(), 1);
        QCOMPARE(r.unmapped[0].text, u"A remark the office wrote under the component."_s);
        QCOMPARE(r.unmapped[0].source, u"line 3"_s);
    }

    // Nothing is dropped: a remark written after any line of the form ends up in a field
    // or in the unmapped list.
    void everyRemarkEndsUpSomewhere()
    {
        QStringList lines;
        int remarks = 0;
        for (const QString &line : iceText().split(u'\n')) {
            lines << line;
            if (!line.trimmed().isEmpty())
                lines << QString() << u"Stray remark %1 zq."_s.arg(++remarks) << QString();
        }
        const LegacyImport r = importText(lines.join(u'\n'));
        QString everything = QString::fromUtf8(io::writeSmout(r.document).value());
        for (const auto &u : r.unmapped)
            everything += u.text;
        for (int i = 1; i <= remarks; ++i)
            QVERIFY2(everything.contains(u"Stray remark %1 zq"_s.arg(i)), qPrintable(QString::number(i)));
    }

    void textThatIsNotASmoutIsRefused()
    {
        const auto r = readTemplate(linesOfText(u"Dear colleague,\nplease find the minutes attached.\n"_s), {});
        QVERIFY(!r);
        QCOMPARE(r.error(), u"no SMOUT headings found"_s);
    }

    void foiaMarksStayAndAreFound()
    {
        const LegacyImport r = importText(iceText());
        QCOMPARE(r.document.summary.contacts[0].phone, u"(202) 732 (b)(6)"_s);
        QCOMPARE(r.withheld, (QStringList{u"summary.contacts[0].name"_s, u"summary.contacts[0].phone"_s,
                                          u"summary.counsel[0].name"_s, u"review.reviewer_name"_s,
                                          u"review.comments"_s}));
        QStringList paths;
        for (const Finding &f : RuleEngine::validate(r.document))
            if (f.ruleId == u"LEGACY-WITHHELD") {
                QCOMPARE(f.severity, Severity::Info);
                paths << f.path;
            }
        paths.sort();
        QStringList expected = r.withheld;
        expected.sort();
        QCOMPARE(paths, expected);
        // The bundled example is no import: no such finding.
        for (const Finding &f : RuleEngine::validate(iceExample()))
            QVERIFY(f.ruleId != u"LEGACY-WITHHELD");
    }

    void edition2017SummaryAndPrivacyOfficeSection()
    {
        QFile f(QStringLiteral(SMOUT_TEST_DATA "/legacy/smout-2017-fictional-cbp.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const LegacyImport r = importText(QString::fromUtf8(f.readAll()));
        const SmoutDocument &d = r.document;
        QCOMPARE(r.edition, u"2017"_s);
        QCOMPARE(d.summary.dateSubmitted, QDate(2018, 3, 14));
        QCOMPARE(d.summary.component, u"CBP"_s);
        QCOMPARE(d.summary.contacts.size(), 1);
        QCOMPARE(d.summary.contacts[0].email, u"jordan.example@cbp.dhs.gov"_s);
        QCOMPARE(d.summary.contacts[0].office, u"Office of Field Operations"_s);
        QCOMPARE(d.summary.counsel[0].title, u"Associate Chief Counsel"_s);
        QCOMPARE(d.summary.pias[1].id, u"DHS/CBP/PIA-006(e)"_s);
        QCOMPARE(d.summary.pias[1].date, QDate(2017, 1, 13));
        QCOMPARE(d.summary.sorns[0].federalRegister, u"82 FR 44198"_s);
        QCOMPARE(d.summary.sorns[0].date, QDate(2017, 9, 21));
        QCOMPARE(d.summary.sorns[0].title, u"CBP Intelligence Records System (CIRS)"_s);
        QCOMPARE(d.questions.q1Categories, QList<Category>{Category::CriminalInvestigations});
        QCOMPARE(d.questions.q3DateFirstLaunched, QDate(2017, 10, 1));
        QCOMPARE(d.questions.rule(Rule::PiiSafeguards).answer, YesNo::Unset);
        QVERIFY(d.questions.q5TrainingVerification.ppocRecords);
        QCOMPARE(d.review.dateReviewed, QDate(2018, 4, 30));
        QCOMPARE(d.review.reviewerName, u"Morgan Reviewer"_s);
        QCOMPARE(d.review.designationSorns, (QStringList{u"DHS/CBP-024"_s, u"DHS/CBP-006"_s}));
        QCOMPARE(d.review.categories, QList<Category>{Category::CriminalInvestigations});
        QVERIFY(d.review.authoritiesAnalysis.startsWith(u"The authorities cited"_s));
        QCOMPARE(d.review.robContent.equipment, EquipmentChoice::DhsAttributable);
        QCOMPARE(d.review.robContent.publicInteraction, InteractionChoice::MayNotInteract);
        QCOMPARE(d.review.robContent.piiStorage.kind, PiiStorageKind::ExemptedSor);
        QCOMPARE(d.review.robContent.piiStorage.sorns, QStringList{u"DHS/CBP-024"_s});
        QCOMPARE(d.review.robContent.training.topics.size(), 4);
        QVERIFY(!d.review.robContent.training.topics.contains(TrainingTopic::RulesOfBehavior));
        QCOMPARE(d.review.robContent.training.verification,
                 QList<TrainingVerificationChoice>{TrainingVerificationChoice::PpocRecords});
        QCOMPARE(d.review.determination.outcome, Outcome::NotMet);
        QCOMPARE(d.review.determination.reasons,
                 (QList<OutcomeReason>{OutcomeReason::RobNoncompliant, OutcomeReason::DocumentationRequired}));
        QVERIFY(d.review.determination.robAnalysis.startsWith(u"Masked accounts"_s));
        QCOMPARE(d.review.pia.coverage, Coverage::Update);
        QCOMPARE(d.review.pia.updateTarget, u"DHS/CBP/PIA-010 Analytical Framework for Intelligence"_s);
        QCOMPARE(d.review.sorn.coverage, Coverage::New);
        QCOMPARE(d.review.comments, u"Re-review after the PIA update is published."_s);
        QCOMPARE(r.count(FieldStatus::Inferred), 0);
        QVERIFY(r.unmapped.isEmpty());
    }

    void foiaMarksWrittenWithSpacesOrRedacted()
    {
        const LegacyImport r = importText(u"SUMMARY INFORMATION\nName of Component: ICE\n"
                                          "Contact Information: (b) (6), (b) (7)(C), Privacy Officer, [REDACTED]\n"
                                          "SPECIFIC QUESTIONS\nDHS PRIVACY OFFICE COMMENTS\n"_s);
        QCOMPARE(r.document.summary.contacts.size(), 1);
        QCOMPARE(r.document.summary.contacts[0].name, u"(b) (6), (b) (7)(C)"_s);
        QVERIFY(r.withheld.contains(u"summary.contacts[0].name"_s));
        QCOMPARE(r.document.redactions.size(), 1);
        QCOMPARE(r.document.redactions[0].exemption, u"(b)(6), (b)(7)(C)"_s);
        QVERIFY(!r.document.redactions[0].start.has_value());
        // "[REDACTED]" names no exemption: the field is found, no marking is made up.
        QStringList redactedFields;
        for (const QString &path : r.withheld)
            if (!path.endsWith(u".name"_s))
                redactedFields << path;
        QCOMPARE(redactedFields.size(), 1);
    }

    void edition2017AsWordAndPdfGivesTheSameDocument_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("docx, w14:checkbox") << u"docx"_s;
        QTest::newRow("pdf") << u"pdf"_s;
    }

    // The same 2017 template as Word writes it, with content-control boxes, and as a PDF.
    void edition2017AsWordAndPdfGivesTheSameDocument()
    {
        QFETCH(QString, kind);
        QFile f(QStringLiteral(SMOUT_TEST_DATA "/legacy/smout-2017-fictional-cbp.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QStringList lines = text.split(u'\n');
        for (QString &l : lines)
            l.replace(u"☒"_s, u"{X}"_s).replace(u"☐"_s, u"{ }"_s);
        const auto source = sourceLinesOf(kind == u"pdf" ? pdfOf(lines) : docxOf(documentXml(lines, BoxStyle::ContentControls)));
        QVERIFY2(source, qPrintable(source ? QString() : source.error()));
        const auto copy = readTemplate(*source, {});
        QVERIFY(copy);
        SmoutDocument a = importText(text).document;
        SmoutDocument b = copy->document;
        a.id = b.id;
        int nonEmpty = 0;
        const QStringList differing = differingLeaves(b, a, &nonEmpty);
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
        QCOMPARE(b, a);
        QVERIFY(copy->unmapped.isEmpty());
    }

    void componentFromPiaIdIsInferred()
    {
        const LegacyImport r = importText(u"SUMMARY INFORMATION\nName of Component:\n"
                                          "Applicable Privacy Impact Assessment(s) (PIA):\n"
                                          "DHS/CBP/PIA-044 – Some system\nSPECIFIC QUESTIONS\n"_s);
        QCOMPARE(r.document.summary.component, u"CBP"_s);
        const FieldReport *f = fieldAt(r, u"summary.component"_s);
        QCOMPARE(f->status, FieldStatus::Inferred);
        QCOMPARE(f->reason, u"component from the PIA id DHS/CBP/PIA-044"_s);
    }

    void unknownComponentOrDateStaysListed()
    {
        const LegacyImport r = importText(u"SUMMARY INFORMATION\nDate submitted for review: last spring\n"
                                          "Name of Component: Office of Imaginary Affairs\nSPECIFIC QUESTIONS\n"
                                          "DHS PRIVACY OFFICE COMMENTS\n"_s);
        QVERIFY(r.document.summary.component.isEmpty());
        QCOMPARE(fieldAt(r, u"summary.component"_s)->status, FieldStatus::Missing);
        QCOMPARE(fieldAt(r, u"summary.date_submitted"_s)->status, FieldStatus::Missing);
        QStringList texts;
        for (const auto &u : r.unmapped)
            texts << u.text;
        QVERIFY(texts.contains(u"Office of Imaginary Affairs"_s));
        QVERIFY(texts.contains(u"last spring"_s));
    }

    void docxWithGlyphsAndContentControls_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("glyph boxes") << int(BoxStyle::Glyphs);
        QTest::newRow("w14:checkbox") << int(BoxStyle::ContentControls);
    }

    void docxWithGlyphsAndContentControls()
    {
        QFETCH(int, style);
        const auto lines = sourceLinesOf(iceDocx(BoxStyle(style)));
        QVERIFY2(lines, qPrintable(lines ? QString() : lines.error()));
        const auto r = readTemplate(*lines, {});
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        // With its boxes drawn, the Word copy gives every value of the example.
        int nonEmpty = 0;
        const QStringList differing = differingLeaves(r->document, iceExample(), &nonEmpty);
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
        QCOMPARE(fieldAt(*r, u"questions.q2a_counsel_reviewed"_s)->status, FieldStatus::Mapped);
        QCOMPARE(fieldAt(*r, u"review.determination.outcome"_s)->status, FieldStatus::Mapped);
        QVERIFY(fieldAt(*r, u"questions.q2a_counsel_reviewed"_s)->source.startsWith(u"paragraph "_s));
        QVERIFY(r->unmapped.isEmpty());
    }

    // Word templates keep the summary in a table: each cell is a line, the answer the cell
    // after its label. Wingdings symbols are boxes; tracked deletions are not text.
    void docxTableCellsSymbolsAndHyperlinks()
    {
        const auto p = [](const QString &inner) -> QString { return u"<w:p>"_s + inner + u"</w:p>"_s; };
        const auto t = [](const QString &text) -> QString { return u"<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>"_s.arg(text); };
        const auto cell = [&](const QString &inner) -> QString { return u"<w:tc>"_s + inner + u"</w:tc>"_s; };
        const auto row = [&](const QString &label, const QString &value) -> QString {
            return u"<w:tr>"_s + cell(p(t(label))) + cell(value) + u"</w:tr>"_s;
        };
        const QString body = p(t(u"SUMMARY INFORMATION"_s)) + QString(u"<w:tbl>"_s)
            + row(u"Date submitted for review:"_s, p(t(u"March 14, 2018"_s)))
            + row(u"Name of Component:"_s, p(u"<w:del><w:r><w:delText>Old name</w:delText></w:r></w:del>"_s
                                             + t(u"U.S. Customs and Border Protection"_s)))
            + row(u"Contact Information:"_s, p(t(u"Jordan Example, Program Manager, (202) 555-0143"_s))
                                                 + p(t(u"Riley Example, Analyst, riley.example@cbp.dhs.gov"_s)))
            + row(u"Applicable Privacy Impact Assessment(s) (PIA):"_s,
                  p(u"<w:hyperlink r:id=\"rId7\">"_s + t(u"DHS/CBP/PIA-010 – Analytical Framework for Intelligence"_s)
                    + u"</w:hyperlink>"_s))
            + u"</w:tbl>"_s + p(t(u"SPECIFIC QUESTIONS"_s))
            + p(t(u"a) Has Counsel listed above reviewed these authorities for privacy issues?"_s))
            + p(u"<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/></w:r>"_s + t(u" Yes. "_s)
                + u"<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/></w:r>"_s + t(u" No."_s))
            + p(t(u"DHS PRIVACY OFFICE COMMENTS"_s));
        const QByteArray xml = (u"<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"_s
                                + body + u"</w:body></w:document>"_s).toUtf8();
        const auto lines = sourceLinesOf(docxOf(xml));
        QVERIFY2(lines, qPrintable(lines ? QString() : lines.error()));
        const auto r = readTemplate(*lines, {});
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        const SmoutDocument &d = r->document;
        QCOMPARE(d.summary.dateSubmitted, QDate(2018, 3, 14));
        QCOMPARE(d.summary.component, u"CBP"_s);
        QCOMPARE(d.summary.contacts.size(), 2);
        QCOMPARE(d.summary.contacts[1].email, u"riley.example@cbp.dhs.gov"_s);
        QCOMPARE(d.summary.pias.size(), 1);
        QCOMPARE(d.summary.pias[0].title, u"Analytical Framework for Intelligence"_s);
        QCOMPARE(d.questions.q2aCounselReviewed, YesNo::No);
        QVERIFY(r->unmapped.isEmpty());
        for (const auto &l : *lines)
            QVERIFY(!l.text.contains(u"Old name"_s));
    }

    // A text box inside a paragraph: its text read once (Word writes it twice, for new and
    // old versions), the paragraph around it kept whole.
    void docxTextBoxInsideAParagraph()
    {
        const QByteArray box = "<w:txbxContent><w:p><w:r><w:t>Box note</w:t></w:r></w:p></w:txbxContent>";
        const QByteArray xml =
            "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
            "<w:p><w:r><w:t>SUMMARY INFORMATION</w:t></w:r></w:p>"
            "<w:p><w:r><w:t xml:space=\"preserve\">Name of Component: </w:t></w:r><w:r><mc:AlternateContent>"
            "<mc:Choice Requires=\"wps\"><w:drawing>" + box + "</w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict>" + box + "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
            "<w:r><w:t>U.S. Customs and Border Protection</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>SPECIFIC QUESTIONS</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>DHS PRIVACY OFFICE COMMENTS</w:t></w:r></w:p></w:body></w:document>";
        const auto lines = sourceLinesOf(docxOf(xml));
        QVERIFY2(lines, qPrintable(lines ? QString() : lines.error()));
        QStringList texts;
        for (const auto &l : *lines)
            texts << l.text;
        QCOMPARE(texts.filter(u"Box note"_s).size(), 1);
        QVERIFY(texts.contains(u"Name of Component: U.S. Customs and Border Protection"_s));
        const auto r = readTemplate(*lines, {});
        QVERIFY(r);
        QCOMPARE(r->document.summary.component, u"CBP"_s);
        QCOMPARE(r->unmapped.size(), 1);
        QCOMPARE(r->unmapped[0].text, u"Box note"_s);
    }

    void docxWithTwoPartsOfOneNameIsRefused()
    {
        const QByteArray xml = documentXml(iceLinesWithBoxes(), BoxStyle::Glyphs);
        const auto lines = sourceLinesOf(zipOf({{u"word/document.xml"_s, xml}, {u"word/document.xml"_s, "<x/>"}}));
        QVERIFY(!lines);
        QVERIFY(lines.error().contains(u"twice"_s));
    }

    void pdfWithTextLayer()
    {
        const auto lines = sourceLinesOf(pdfOf(iceLinesWithBoxes()));
        QVERIFY2(lines, qPrintable(lines ? QString() : lines.error()));
        const auto r = readTemplate(*lines, {});
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        int nonEmpty = 0;
        const QStringList differing = differingLeaves(r->document, iceExample(), &nonEmpty);
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
        QVERIFY(fieldAt(*r, u"summary.component"_s)->source.startsWith(u"page "_s));
    }
};

QTEST_MAIN(TestLegacyImport)
#include "tst_legacy_import.moc"
