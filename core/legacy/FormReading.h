#pragma once

// What the files reading a filled template share (not part of the library's interface):
// the text as blocks under the form's headings, the phrases of the form's options, and
// the reader, whose parts are read in SummaryReading, QuestionReading and ReviewReading.

#include "CheckMarks.h"
#include "TemplateReader.h"

#include <QHash>
#include <QRegularExpression>

#include <functional>
#include <span>

namespace smout::legacy::form {

using namespace Qt::StringLiterals;

// A case-insensitive pattern.
QRegularExpression ci(const QString &pattern);

enum class Section { None, Summary, Questions, Review };

enum class Anchor {
    Preamble,
    SummaryHeading, DateSubmitted, Component, Contacts, Counsel, Systems, Pias, Sorns,
    QuestionsHeading, Q1, Q2, Q2a, Q3, Q4, Q5, RuleItem, TrainingMechanisms,
    ReviewHeading, DateReviewed, Reviewer, Designation, ReviewCategory, ReviewAuthorities,
    RobContent, Determination, Comments, AccessModes, Signatures,
    FindingsAppendix, // SMOUT Studio's list of findings on a draft: recomputed, not imported
};

struct Line {
    QString text; // plain words (CheckMarks.h)
    QString where;
    bool used = false;
};

struct Block {
    Anchor anchor = Anchor::Preamble;
    Section section = Section::None;
    QString rest; // the answer written on the heading's own line
    QString where;
    QString key; // RuleItem: the rule's keyword
    QList<Line> body;
};

// An option of the form and the value it stands for.
template <typename E> struct ChoicePhrase {
    const char *phrase;
    E value;
};

struct CategoryPhrase {
    const char *phrase;
    Category category;
};
std::span<const CategoryPhrase> categoryPhrases();

// "email and accounts" → "email_accounts": the key of a rule named by its heading.
QString ruleKeyOf(const QString &keyword);

// A date as offices write them: "November 6, 2012", "Nov. 6, 2012", "11/06/2012", ISO.
OptionalDate parseDate(QString text);

// A date closing a PIA or SORN line, after a comma or in parentheses.
const QRegularExpression &dateAtEnd();
// "DHS/CBP/PIA-044", "DHS/OPS/PIA-004(d)".
const QRegularExpression &piaIdPattern();
// "DHS/ICE-009", "DHS/USCIS-ICE-CBP-001".
const QRegularExpression &sornIdPattern();

// The text without the form's prompts in angle brackets ("<Please explain analysis.>").
QString withoutPlaceholders(const QString &text);

// What a layout prints where nothing was answered: the form's prompts in angle brackets,
// and SMOUT Studio's own "(not given)", "(not answered)", "(authorities analysis)".
QString withoutPrompts(const QString &text);

// "(b)(6); (b)(7)(C) Deputy Privacy Officer, (202) 732 (b)(6);" or
// "Jane Doe, Privacy Officer, Office of Privacy, (202) 555-0100, jane.doe@dhs.gov".
QList<Person> personsOf(const QString &text);

// "ID – title[, date]" with any dash; the date in parentheses or after a comma.
std::pair<QString, QString> idAndTitle(const QString &line, const QRegularExpression &idPattern);

// The category an option of question 1 or of the reviewer's list names.
std::optional<Category> categoryOfOption(const QString &label);

// The Yes/No answer of an option line ("[X] Yes. [ ] No. If not, please explain:").
// Unset when the line shows no box checked, or no boxes at all.
YesNo yesNoOf(const QString &line);

// "Yes. No." with or without boxes, at the start of the line.
bool isYesNoLine(const QString &line);

class Reader {
public:
    Reader(const SourceLines &lines, const ReadOptions &options) : m_options(options), m_source(lines)
    {
        split(lines);
    }

    Result<LegacyImport> run();

private:
    void split(const SourceLines &lines);
    void note(const QString &path, const QString &where) { m_notes.mapped(path, where); }
    QStringList paragraphs(Block &b, qsizetype from = 0, const std::function<bool(const Line &)> &stop = {});

    void readPreamble(Block &b);
    std::pair<QString, QString> answerOf(Block &b);
    void readDate(Block &b, OptionalDate &target, const QString &path);
    void readComponent(Block &b);
    void readPersons(Block &b, QList<Person> &out, const char *path);
    void readSystems(Block &b);
    template<typename Ref>
    void readReferences(Block &b, const QRegularExpression &idPattern, QList<Ref> &out, const char *path,
                        const std::function<void(Ref &, QString &)> &refine);
    void readPias(Block &b);
    void readSorns(Block &b);
    void readQ1(Block &b);
    void readQ2(Block &b);
    void readQ2a(Block &b);
    void readQ3(Block &b);
    void readQ4(Block &b);
    void readAccessModes(Block &b);
    void readRule(Block &b);
    void readReviewRule(Block &b);
    void readTrainingMechanisms(Block &b);
    void readDesignation(Block &b);
    void readReviewCategory(Block &b);
    void readDetermination(Block &b);
    void inferAfterReading();
    void collectWithheld(LegacyImport &out);

    ReadOptions m_options;
    SourceLines m_source;
    QList<Block> m_blocks;
    SmoutDocument m_doc = SmoutDocument::createNew();
    FieldNotes m_notes;
    QString m_edition = u"2012"_s;
    int m_headings = 0;
    QString m_componentNamed;
    QList<UnmappedText> m_unplaced; // answers read but not placed (a date that is none)
};

} // namespace smout::legacy::form
