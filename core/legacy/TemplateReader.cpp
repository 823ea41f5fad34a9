#include "FormReading.h"

#include "LegacyText.h"

#include <QJsonObject>

namespace smout::legacy {

int LegacyImport::count(FieldStatus s) const
{
    return int(std::count_if(fields.begin(), fields.end(),
                             [s](const FieldReport &f) { return f.status == s; }));
}

namespace form {

namespace {

struct AnchorPattern {
    Anchor anchor;
    Section onlyIn; // Section::None: anywhere
    QRegularExpression re;
};

const QList<AnchorPattern> &anchorPatterns()
{
    static const QList<AnchorPattern> patterns{
        {Anchor::SummaryHeading, Section::None, ci(u"^summary information:?$"_s)},
        {Anchor::DateSubmitted, Section::None, ci(u"^date submitted for review:?\\s*(.*)$"_s)},
        {Anchor::Component, Section::None, ci(u"^name of component:?\\s*(.*)$"_s)},
        {Anchor::Contacts, Section::None, ci(u"^contact information:?\\s*(.*)$"_s)},
        {Anchor::Counsel, Section::None, ci(u"^counsel\\s*\\d?\\s*contact information(?:\\s*\\([^)]*\\))?:?\\s*(.*)$"_s)},
        {Anchor::Systems, Section::None, ci(u"^it system\\(?s?\\)? where social media data is stored:?\\s*(.*)$"_s)},
        {Anchor::Pias, Section::None, ci(u"^applicable privacy impact assessments?(?:\\(s\\))?(?:\\s*\\(pia\\))?:?\\s*(.*)$"_s)},
        {Anchor::Sorns, Section::None, ci(u"^applicable system of records notices?(?:\\(s\\))?(?:\\s*\\(sorn\\))?:?\\s*(.*)$"_s)},
        {Anchor::QuestionsHeading, Section::None, ci(u"^specific questions:?$"_s)},
        {Anchor::Q1, Section::Questions, ci(u"^1\\.\\s*describe the category of use"_s)},
        {Anchor::Q2, Section::Questions, ci(u"^2\\.\\s*based on the operational use"_s)},
        {Anchor::Q2a, Section::Questions, ci(u"^(?:2\\s*)?a[).]?\\s*has counsel listed above reviewed"_s)},
        {Anchor::Q3, Section::Questions, ci(u"^3\\.\\s*is this use of social media in development or operational"_s)},
        {Anchor::Q4, Section::Questions, ci(u"^4\\.\\s*please attach a copy of the rules of behavior"_s)},
        {Anchor::Q5, Section::Questions, ci(u"^5\\.\\s*please describe the rules of behavior"_s)},
        {Anchor::RuleItem, Section::None, ci(u"^([a-h])[).]\\s*(equipment|email and accounts|public interaction|privacy settings|pii collection|pii storage|pii safeguards|documentation|training)\\b"_s)},
        {Anchor::TrainingMechanisms, Section::None, ci(u"^mechanisms are \\(or will be\\) in place to verify"_s)},
        {Anchor::ReviewHeading, Section::None, ci(u"^dhs social media documentation"_s)},
        {Anchor::DateReviewed, Section::None, ci(u"^date reviewed by the dhs privacy office:?\\s*(.*)$"_s)},
        {Anchor::Reviewer, Section::None, ci(u"^name of the dhs privacy office reviewer:?\\s*(.*)$"_s)},
        {Anchor::Designation, Section::Review, ci(u"^designation:?$"_s)},
        {Anchor::ReviewCategory, Section::Review, ci(u"^1\\.\\s*category of use:?\\s*(.*)$"_s)},
        {Anchor::ReviewAuthorities, Section::Review, ci(u"^2\\.\\s*(.*)$"_s)},
        {Anchor::RobContent, Section::Review, ci(u"^3\\.\\s*rules of behavior content"_s)},
        {Anchor::Determination, Section::None, ci(u"^dhs privacy office determination:?$"_s)},
        {Anchor::Comments, Section::None, ci(u"^dhs privacy office comments:?\\s*(.*)$"_s)},
        {Anchor::AccessModes, Section::Questions, ci(u"^access modes:"_s)},
        {Anchor::Signatures, Section::None, ci(u"^signatures$"_s)},
        {Anchor::FindingsAppendix, Section::None, ci(u"^appendix: validation findings$"_s)},
    };
    return patterns;
}

// The form's own text that is neither a heading nor an answer: page headers, the
// introduction, footnotes. Skipped wherever it stands (a page break inside an answer).
bool isFormText(const QString &plain)
{
    static const QRegularExpression re = ci(
        u"^(?:dhs operational use of social media$|this template is used to assess|"
        "the dhs privacy office has created this template|a\\) communications and outreach with the public|"
        "b\\) the conduct of authorized intelligence|this template shall be used to document|"
        "gathering information by the office of operations|please complete this form|"
        "upon receipt, your component privacy officer|counsel listed here must certify|"
        "\\(to be completed by the dhs privacy office\\)$|this program is covered by the following|"
        "page \\d+(?: of \\d+)?$|please list applicable sorn here:?$|training includes:?$|"
        "\\(not given\\)$|\\(not answered\\)$|dhs operational use of social media — |"
        "program office: submitted for|counsel: certifies that appropriate authority|"
        "dhs privacy office reviewer: determination$|the following uses of social media are exempt from)"_s);
    return re.match(plain).hasMatch();
}

} // namespace

void Reader::split(const SourceLines &lines)
{
    Section section = Section::None;
    m_blocks.append(Block{});
    for (const SourceLine &l : lines) {
        const QString plain = plainLine(l.text);
        if (plain.isEmpty())
            continue;
        bool isAnchor = false;
        for (const AnchorPattern &p : anchorPatterns()) {
            if (p.onlyIn != Section::None && p.onlyIn != section)
                continue;
            const auto m = p.re.match(plain);
            if (!m.hasMatch())
                continue;
            if (p.anchor == Anchor::SummaryHeading)
                section = Section::Summary;
            else if (p.anchor == Anchor::QuestionsHeading)
                section = Section::Questions;
            else if (p.anchor == Anchor::ReviewHeading)
                section = Section::Review;
            Block b;
            b.anchor = p.anchor;
            b.section = section;
            b.where = l.where;
            if (p.anchor == Anchor::RuleItem)
                b.key = ruleKeyOf(m.captured(2));
            else if (m.lastCapturedIndex() >= 1)
                b.rest = withoutPrompts(m.captured(1));
            m_blocks.append(b);
            ++m_headings;
            if (p.anchor == Anchor::Designation || p.anchor == Anchor::RobContent
                || p.anchor == Anchor::ReviewCategory)
                m_edition = u"2017"_s;
            isAnchor = true;
            break;
        }
        if (isAnchor)
            continue;
        if (!hasCheckBox(plain) && isFormText(plain))
            continue;
        m_blocks.last().body.append({plain, l.where});
    }
}

QStringList Reader::paragraphs(Block &b, qsizetype from, const std::function<bool(const Line &)> &stop)
{
    QStringList out;
    for (qsizetype i = from; i < b.body.size(); ++i) {
        Line &l = b.body[i];
        if (l.used)
            continue;
        if (stop && stop(l))
            break;
        l.used = true;
        out << l.text;
    }
    return out;
}

// The answer to a labelled item: on the label's own line, or (a table's next cell, a
// layout's next line) the first line after it. Returns the text and where it stands.
std::pair<QString, QString> Reader::answerOf(Block &b)
{
    if (!b.rest.isEmpty())
        return {b.rest, b.where};
    for (Line &l : b.body) {
        if (l.used)
            continue;
        l.used = true;
        return {l.text, l.where};
    }
    return {};
}

void Reader::readDate(Block &b, OptionalDate &target, const QString &path)
{
    const auto [text, where] = answerOf(b);
    if (text.isEmpty())
        return;
    target = parseDate(text);
    if (target) {
        note(path, where);
        return;
    }
    m_notes.missing(path, LegacyText::tr("\"%1\" at %2 is not a date").arg(text, where));
    // The words stay listed: they may belong elsewhere.
    m_unplaced.append({where, text});
}

void Reader::readPreamble(Block &b)
{
    // 2017 screening boxes: an exemption checked means no SMOUT is needed.
    static const QList<std::pair<QRegularExpression, ScreeningFlag>> flags{
        {ci(u"communications and outreach with the public"_s), ScreeningFlag::PublicAffairsOutreach},
        {ci(u"authorized intelligence activities"_s), ScreeningFlag::IntelligenceEo12333},
        {ci(u"gathering information by the office of operations"_s), ScreeningFlag::OpsSituationalAwareness},
        {ci(u"search engines for general internet research"_s), ScreeningFlag::NotOperationalUse},
    };
    for (Line &l : b.body) {
        if (!hasCheckBox(l.text))
            continue;
        for (const auto &[re, flag] : flags) {
            if (!re.match(l.text).hasMatch())
                continue;
            const auto opts = markedOptions(l.text);
            const bool on = std::any_of(opts.begin(), opts.end(),
                                        [](const MarkedOption &o) { return o.mark == Mark::Checked; });
            m_doc.screening.setFlag(flag, on);
            note(u"screening."_s + QString(codeOf(flag)), l.where);
            l.used = true;
        }
    }
}

void Reader::inferAfterReading()
{
    if (m_doc.summary.component.isEmpty()) {
        QString fromPia;
        QString where;
        for (qsizetype i = 0; i < m_doc.summary.pias.size() && fromPia.isEmpty(); ++i) {
            const QString code = m_doc.summary.pias[i].id.section(u'/', 1, 1);
            if (isKnownComponent(code)) {
                fromPia = code;
                where = m_doc.summary.pias[i].id;
            }
        }
        if (!m_options.component.isEmpty()) {
            m_doc.summary.component = m_options.component;
            m_notes.inferred(u"summary.component"_s, {}, LegacyText::tr("given with --component"));
        } else if (!fromPia.isEmpty()) {
            m_doc.summary.component = fromPia;
            m_notes.inferred(u"summary.component"_s, {},
                             LegacyText::tr("component from the PIA id %1").arg(where));
        } else if (!m_componentNamed.isEmpty()) {
            m_notes.missing(u"summary.component"_s,
                            LegacyText::tr("\"%1\" is not a component the format knows").arg(m_componentNamed));
        }
    }
    if (m_edition == u"2012") {
        const QString why = LegacyText::tr("the 2012 edition has no screening boxes; a filled template claims no exemption");
        for (ScreeningFlag f : allOf<ScreeningFlag>())
            m_notes.inferred(u"screening."_s + QString(codeOf(f)), {}, why);
        // The 2012 form has no designation: the reviewer's existing coverage is it.
        for (auto [list, from, path] :
             {std::tuple{&m_doc.review.designationPias, &m_doc.review.pia.existing, u"review.designation_pias"_s},
              std::tuple{&m_doc.review.designationSorns, &m_doc.review.sorn.existing, u"review.designation_sorns"_s}}) {
            if (!list->isEmpty() || from->isEmpty())
                continue;
            *list = *from;
            for (qsizetype i = 0; i < list->size(); ++i)
                m_notes.inferred(u"%1[%2]"_s.arg(path).arg(i), {},
                                 LegacyText::tr("the 2012 edition has no designation; taken from the ids under \"Covered by existing\""));
        }
    }
}

void Reader::collectWithheld(LegacyImport &out)
{
    QList<Redaction> markings;
    for (const Leaf &leaf : formLeaves(m_doc)) {
        if (leaf.value.isString() && holdsWithheldMark(leaf.value.toString())) {
            out.withheld << leaf.path;
            markings << markingsOf(leaf.path, leaf.value.toString());
        }
    }
    m_doc.redactions = markings;
}

Result<LegacyImport> Reader::run()
{
    if (m_headings < 3)
        return Error{LegacyText::tr("no SMOUT headings found")};
    for (Block &b : m_blocks) {
        switch (b.anchor) {
        case Anchor::Preamble:
            readPreamble(b);
            break;
        case Anchor::DateSubmitted:
            readDate(b, m_doc.summary.dateSubmitted, u"summary.date_submitted"_s);
            break;
        case Anchor::Component:
            readComponent(b);
            break;
        case Anchor::Contacts:
            readPersons(b, m_doc.summary.contacts, "summary.contacts");
            break;
        case Anchor::Counsel:
            readPersons(b, m_doc.summary.counsel, "summary.counsel");
            break;
        case Anchor::Systems:
            readSystems(b);
            break;
        case Anchor::Pias:
            readPias(b);
            break;
        case Anchor::Sorns:
            readSorns(b);
            break;
        case Anchor::Q1:
            readQ1(b);
            break;
        case Anchor::Q2:
            readQ2(b);
            break;
        case Anchor::Q2a:
            readQ2a(b);
            break;
        case Anchor::Q3:
            readQ3(b);
            break;
        case Anchor::Q4:
            readQ4(b);
            break;
        case Anchor::RuleItem:
            readRule(b);
            break;
        case Anchor::TrainingMechanisms:
            readTrainingMechanisms(b);
            break;
        case Anchor::DateReviewed:
            readDate(b, m_doc.review.dateReviewed, u"review.date_reviewed"_s);
            break;
        case Anchor::Reviewer:
            if (const auto [text, where] = answerOf(b); !text.isEmpty()) {
                m_doc.review.reviewerName = text;
                note(u"review.reviewer_name"_s, where);
            }
            break;
        case Anchor::Designation:
            readDesignation(b);
            break;
        case Anchor::ReviewCategory:
            readReviewCategory(b);
            break;
        case Anchor::ReviewAuthorities: {
            QStringList text;
            if (!withoutPlaceholders(b.rest).isEmpty())
                text << withoutPlaceholders(b.rest);
            text << paragraphs(b);
            if (!text.isEmpty()) {
                m_doc.review.authoritiesAnalysis = text.join(u"\n\n"_s);
                note(u"review.authorities_analysis"_s, b.where);
            }
            break;
        }
        case Anchor::Determination:
            readDetermination(b);
            break;
        case Anchor::AccessModes:
            readAccessModes(b);
            break;
        case Anchor::Comments: {
            QStringList text;
            if (!b.rest.isEmpty())
                text << b.rest;
            const qsizetype first = b.body.isEmpty() ? -1 : 0;
            text << paragraphs(b);
            if (!text.isEmpty()) {
                m_doc.review.comments = text.join(u"\n\n"_s);
                note(u"review.comments"_s, b.rest.isEmpty() && first >= 0 ? b.body[first].where : b.where);
            }
            break;
        }
        case Anchor::FindingsAppendix:
            for (Line &l : b.body)
                l.used = true;
            break;
        case Anchor::SummaryHeading:
        case Anchor::QuestionsHeading:
        case Anchor::Q5:
        case Anchor::ReviewHeading:
        case Anchor::RobContent:
        case Anchor::Signatures:
            break;
        }
    }
    if (!m_options.component.isEmpty() && !m_doc.summary.component.isEmpty()
        && m_doc.summary.component != m_options.component)
        return Error{LegacyText::tr("the document names the component %1, not %2")
                         .arg(m_doc.summary.component, m_options.component)};
    inferAfterReading();

    LegacyImport out;
    collectWithheld(out);
    QJsonObject legacy;
    legacy.insert(u"file"_s, m_options.sourceName);
    legacy.insert(u"edition"_s, m_edition);
    m_doc.unknown.insert(u"legacy_import"_s, legacy);
    out.edition = m_edition;
    out.source = m_source;
    out.unmapped = m_unplaced;
    for (Block &b : m_blocks)
        for (const Line &l : b.body)
            if (!l.used)
                out.unmapped.append({l.where, l.text});
    out.fields = m_notes.reportFor(formLeaves(m_doc));
    out.document = std::move(m_doc);
    return out;
}

} // namespace form

Result<LegacyImport> readTemplate(const SourceLines &lines, const ReadOptions &options)
{
    return form::Reader(lines, options).run();
}

} // namespace smout::legacy
