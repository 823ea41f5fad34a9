// SPECIFIC QUESTIONS 1–4 (rules.md "Question 1" … "Question 4").

#include "RuleSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace smout::checks {

using namespace Qt::StringLiterals;

void q1Category(const RuleInput &in, FindingSink &out)
{
    if (in.doc.questions.q1Categories.isEmpty())
        out.error(u"questions.q1_categories"_s,
                  RuleText::tr("Choose the category of use (question 1), e.g. criminal "
                               "investigations or benefit determinations; choose \"other\" and "
                               "describe it if none fits."));
}

void q1Multiple(const RuleInput &in, FindingSink &out)
{
    auto categories = in.doc.questions.q1Categories;
    std::sort(categories.begin(), categories.end());
    if (std::unique(categories.begin(), categories.end()) - categories.begin() > 1)
        out.warning(u"questions.q1_categories"_s,
                    RuleText::tr("More than one category is chosen. Question 1 asks for a "
                                 "separate template for each category of use."));
}

void q1Other(const RuleInput &in, FindingSink &out)
{
    const auto &q = in.doc.questions;
    if (q.q1Categories.contains(Category::Other) && !isSubstantive(q.q1Other))
        out.error(u"questions.q1_other"_s,
                  RuleText::tr("\"Other\" is chosen: describe the category of use in full (at "
                               "least 12 words), as question 1 asks when the use fits none of "
                               "the listed categories."));
}

void q1Description(const RuleInput &in, FindingSink &out)
{
    const QString &text = in.doc.questions.q1Description;
    const int words = wordCount(text);
    if (words == 0)
        out.error(u"questions.q1_description"_s,
                  RuleText::tr("Describe the use (question 1): what PII is collected from social "
                               "media, from whom, by whom, and for what purpose."));
    else if (words < 60)
        out.warning(u"questions.q1_description"_s,
                    RuleText::tr("The description has %n word(s). The Privacy Office usually "
                                 "needs at least 60 to understand what is collected, from whom "
                                 "and why: describe the use more fully in question 1.",
                                 nullptr, words));
}

void q2Authority(const RuleInput &in, FindingSink &out)
{
    for (const QString &a : in.doc.questions.q2Authorities)
        if (!isBlank(a))
            return;
    out.error(u"questions.q2_authorities"_s,
              RuleText::tr("List the legal authorities for this operational use (question 2): "
                           "statutes, regulations, executive orders or delegations."));
}

void q2Citation(const RuleInput &in, FindingSink &out)
{
    static const QRegularExpression citation(
        u"Pub\\.?\\s*L\\.|U\\.\\s*S\\.\\s*C\\.|U\\.S\\. Code|C\\.\\s*F\\.\\s*R\\.|\\bCFR\\b|"
        "\\bStat\\.|Executive Order|\\bE\\.\\s*O\\.|Delegation|Directive|\\bAct\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto &list = in.doc.questions.q2Authorities;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (!isBlank(list[i]) && !citation.match(list[i]).hasMatch())
            out.warning(indexed("questions.q2_authorities", i),
                        RuleText::tr("\"%1\" has no recognisable citation. Cite the authority "
                                     "precisely (Pub. L., U.S.C., C.F.R., Stat., Executive Order, "
                                     "Delegation, Directive or Act) so counsel can certify it.")
                            .arg(list[i].left(80)));
}

void q2Counsel(const RuleInput &in, FindingSink &out)
{
    switch (in.doc.questions.q2aCounselReviewed) {
    case YesNo::Yes: return;
    case YesNo::Unset:
        out.error(u"questions.q2a_counsel_reviewed"_s,
                  RuleText::tr("Answer 2a: counsel must review the authorities for privacy "
                               "issues and determine that they permit the use."));
        return;
    case YesNo::No:
        out.error(u"questions.q2a_counsel_reviewed"_s,
                  RuleText::tr("2a is answered No: the SMOUT cannot go forward until counsel "
                               "has reviewed the authorities and determined that they permit "
                               "the use."));
        return;
    }
}

void q3Status(const RuleInput &in, FindingSink &out)
{
    if (in.doc.questions.q3Status == UseStatus::Unset)
        out.error(u"questions.q3_status"_s,
                  RuleText::tr("Say whether this use is in development or operational "
                               "(question 3)."));
}

void q3Launch(const RuleInput &in, FindingSink &out)
{
    const auto &q = in.doc.questions;
    if (q.q3Status == UseStatus::Operational && !q.q3DateFirstLaunched
        && !isSubstantive(q.q3LaunchNote))
        out.error(u"questions.q3_date_first_launched"_s,
                  RuleText::tr("The use is operational: give the date it was first launched, or "
                               "explain in the note (at least 12 words) why the date is unknown."));
}

void q3LaunchDate(const RuleInput &in, FindingSink &out)
{
    // A date before MD 110-01 is normal: many uses are older than the Directive.
    const auto &q = in.doc.questions;
    if (!q.q3DateFirstLaunched)
        return;
    const QDate d = *q.q3DateFirstLaunched;
    const QString path = u"questions.q3_date_first_launched"_s;
    if (!d.isValid())
        out.error(path, RuleText::tr("The launch date is not a real date. Enter the date the use "
                                     "was first launched."));
    else if (d > in.context.today)
        out.error(path, RuleText::tr("The launch date %1 is in the future. For a use that has not "
                                     "started, choose \"In development\" and leave the date empty.")
                            .arg(d.toString(Qt::ISODate)));
    else if (q.q3Status == UseStatus::InDevelopment)
        out.warning(path, RuleText::tr("The use is in development but has a launch date. Choose "
                                       "\"Operational\" if it has launched, or clear the date."));
}

void q4Attachment(const RuleInput &in, FindingSink &out)
{
    const auto &rob = in.doc.questions.q4RulesOfBehavior;
    if (isBlank(rob.title) && isBlank(rob.file))
        out.error(u"questions.q4_rules_of_behavior"_s,
                  RuleText::tr("Question 4 asks for a copy of the Rules of Behavior: attach the "
                               "file, or at least give the title of the document that holds "
                               "them."));
}

namespace {

// SHA-256 of a file, remembered while its size and modification time stay the same, so that
// live validation does not re-read the attachment on every keystroke.
QString sha256Of(const QString &path)
{
    struct Entry {
        qint64 size;
        QDateTime modified;
        QString hash;
    };
    static QMutex mutex;
    static QHash<QString, Entry> cache;
    const QFileInfo info(path);
    const QMutexLocker lock(&mutex);
    const auto it = cache.constFind(path);
    if (it != cache.cend() && it->size == info.size() && it->modified == info.lastModified())
        return it->hash;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    const QString hex = QString::fromLatin1(hash.result().toHex());
    cache.insert(path, {info.size(), info.lastModified(), hex});
    return hex;
}

} // namespace

void q4Hash(const RuleInput &in, FindingSink &out)
{
    const auto &rob = in.doc.questions.q4RulesOfBehavior;
    if (in.context.attachmentDir.isEmpty() || isBlank(rob.file))
        return;
    const QString path = QDir(in.context.attachmentDir).filePath(rob.file.trimmed());
    if (!QFileInfo(path).isFile()) {
        out.error(u"questions.q4_rules_of_behavior.file"_s,
                  RuleText::tr("The attached Rules of Behavior file \"%1\" cannot be found next "
                               "to the SMOUT.")
                      .arg(rob.file));
        return;
    }
    const QString actual = sha256Of(path);
    if (actual.compare(rob.sha256.trimmed(), Qt::CaseInsensitive) != 0)
        out.error(u"questions.q4_rules_of_behavior.sha256"_s,
                  RuleText::tr("The attached file \"%1\" does not match the SHA-256 recorded for "
                               "it: the Rules of Behavior were changed or replaced. Re-attach the "
                               "file to record its current fingerprint.")
                      .arg(rob.file));
}

} // namespace smout::checks
