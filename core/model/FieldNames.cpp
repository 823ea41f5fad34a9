#include "FieldNames.h"

#include "Codes.h"
#include "KeyPath.h"
#include "SectionTitles.h"

#include <QCoreApplication>

#include <array>

namespace smout {

namespace {

using namespace Qt::StringLiterals;

struct Name {
    const char *path;
    const char *name;          // the field's own name, or
    const char *section = {};  // the path is a whole section: its title (SectionTitles)
};

// The names of the form's items; a path is named by the entry it starts with, so the
// catch-all "review" comes after the review's own items.
constexpr std::array names{
    Name{"screening", nullptr, "screening"},
    Name{"summary.date_submitted", QT_TRANSLATE_NOOP("smout::FieldNames", "Date submitted for review")},
    Name{"summary.component", QT_TRANSLATE_NOOP("smout::FieldNames", "Name of Component")},
    Name{"summary.contacts", QT_TRANSLATE_NOOP("smout::FieldNames", "Contact Information")},
    Name{"summary.counsel", QT_TRANSLATE_NOOP("smout::FieldNames", "Counsel Contact Information")},
    Name{"summary.it_systems", QT_TRANSLATE_NOOP("smout::FieldNames", "IT System(s)")},
    Name{"summary.pias", QT_TRANSLATE_NOOP("smout::FieldNames", "Privacy Impact Assessment(s)")},
    Name{"summary.sorns", QT_TRANSLATE_NOOP("smout::FieldNames", "System of Records Notice(s)")},
    Name{"questions.q1_categories", QT_TRANSLATE_NOOP("smout::FieldNames", "Q1 Category of use")},
    Name{"questions.q1_other", QT_TRANSLATE_NOOP("smout::FieldNames", "Q1 Other category")},
    Name{"questions.q1_description", QT_TRANSLATE_NOOP("smout::FieldNames", "Q1 Description of the use")},
    Name{"questions.q2_authorities", QT_TRANSLATE_NOOP("smout::FieldNames", "Q2 Authorities")},
    Name{"questions.q2a_counsel_reviewed", QT_TRANSLATE_NOOP("smout::FieldNames", "Q2a Counsel's review of the authorities")},
    Name{"questions.q3_status", QT_TRANSLATE_NOOP("smout::FieldNames", "Q3 Status")},
    Name{"questions.q3_date_first_launched", QT_TRANSLATE_NOOP("smout::FieldNames", "Q3 Date first launched")},
    Name{"questions.q3_launch_note", QT_TRANSLATE_NOOP("smout::FieldNames", "Q3 Note on the launch date")},
    Name{"questions.q4_rules_of_behavior", QT_TRANSLATE_NOOP("smout::FieldNames", "Q4 Rules of Behavior attachment")},
    Name{"questions.q5_training_verification", nullptr, "training"},
    Name{"questions.access_modes", nullptr, "access"},
    Name{"review.date_reviewed", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: date reviewed")},
    Name{"review.reviewer_name", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: name of the reviewer")},
    Name{"review.designation_pias", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: designation, PIA(s)")},
    Name{"review.designation_sorns", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: designation, SORN(s)")},
    Name{"review.categories", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: category of use")},
    Name{"review.other_category", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: other category")},
    Name{"review.authorities_analysis", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: authorities analysis")},
    Name{"review.rob_content", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: Rules of Behavior content")},
    Name{"review.determination", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: determination")},
    Name{"review.pia", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: PIA documentation")},
    Name{"review.sorn", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: SORN documentation")},
    Name{"review.comments", QT_TRANSLATE_NOOP("smout::FieldNames", "Review: comments")},
    Name{"review", nullptr, "review"},
    Name{"redactions", nullptr, "redactions"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("smout::FieldNames", text);
}

// "[0].federal_register" → "entry 1: federal register"
QString rest(const QString &suffix)
{
    // The suffix read as the tail of a path, after a stand-in first key.
    const auto steps = parseKeyPath(QString(u"_"_s + suffix));
    if (!steps)
        return suffix;
    QStringList parts;
    for (qsizetype i = 1; i < steps->size(); ++i) {
        if (const QString *key = std::get_if<QString>(&steps->at(i)))
            parts << QString(*key).replace(u'_', u' ');
        else
            parts << tr("entry %1").arg(std::get<qsizetype>(steps->at(i)) + 1);
    }
    return parts.join(u": "_s);
}

QString joined(const QString &name, const QString &suffix)
{
    const QString more = rest(suffix);
    return more.isEmpty() ? name : tr("%1, %2").arg(name, more);
}

} // namespace

QString fieldName(const QString &path)
{
    // Q5's rules by their letter and name: "questions.q5_rules.training.explanation".
    static const QLatin1StringView q5("questions.q5_rules");
    if (isUnderKeyPath(path, q5)) {
        const QString tail = path.mid(q5.size() + 1);
        const QString code = tail.section(u'.', 0, 0);
        if (const auto rule = fromCode<Rule>(code)) {
            const QChar letter(u'a' + int(*rule));
            const QString name = tr("Q5 Rule %1) %2").arg(letter).arg(QString(code).replace(u'_', u' '));
            return joined(name, tail.mid(code.size()));
        }
        return joined(sectionTitle(u"q5"), tail.isEmpty() ? QString() : u"."_s + tail);
    }
    for (const Name &n : names) {
        const QLatin1StringView prefix(n.path);
        if (isUnderKeyPath(path, prefix))
            return joined(n.section ? sectionTitle(QString::fromLatin1(n.section)) : tr(n.name), path.mid(prefix.size()));
    }
    return path;
}

} // namespace smout
