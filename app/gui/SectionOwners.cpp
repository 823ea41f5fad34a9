#include "SectionOwners.h"

#include "editing/DocumentModel.h"
#include "model/Roles.h"

#include <QCoreApplication>
#include <QStringList>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

struct Section {
    QStringView id;
    QStringList paths; // one path of each owner's part of the section
    const char *owner;
};

const Section &sectionFor(const QString &id)
{
    static const Section sections[] = {
        {u"screening", {u"screening"_s}, QT_TRANSLATE_NOOP("SectionOwners", "Program office")},
        {u"summary",
         {u"summary.component"_s, u"summary.counsel"_s},
         QT_TRANSLATE_NOOP("SectionOwners", "Program office, counsel")},
        {u"q1", {u"questions.q1_"_s}, QT_TRANSLATE_NOOP("SectionOwners", "Program office")},
        {u"q2",
         {u"questions.q2_authorities"_s, u"questions.q2a_counsel_reviewed"_s},
         QT_TRANSLATE_NOOP("SectionOwners", "Program office, counsel (2a)")},
        {u"q3", {u"questions.q3_"_s}, QT_TRANSLATE_NOOP("SectionOwners", "Program office")},
        {u"q4", {u"questions.q4_"_s}, QT_TRANSLATE_NOOP("SectionOwners", "Program office")},
        {u"q5", {u"questions.q5_rules"_s}, QT_TRANSLATE_NOOP("SectionOwners", "Program office")},
        {u"training",
         {u"questions.q5_training_verification"_s},
         QT_TRANSLATE_NOOP("SectionOwners", "Program office")},
        {u"access",
         {u"questions.access_modes"_s},
         QT_TRANSLATE_NOOP("SectionOwners", "Program office")},
        {u"review", {u"review"_s}, QT_TRANSLATE_NOOP("SectionOwners", "DHS Privacy Office")},
        {u"signatures", {}, QT_TRANSLATE_NOOP("SectionOwners", "Every signer")},
    };
    for (const Section &s : sections)
        if (s.id == id)
            return s;
    static const Section unknown{u"", {}, ""};
    return unknown;
}

} // namespace

QString sectionOwnerName(const QString &sectionId)
{
    const char *owner = sectionFor(sectionId).owner;
    return *owner ? QCoreApplication::translate("SectionOwners", owner) : QString();
}

bool roleEditsSection(Role role, const QString &sectionId)
{
    if (sectionId == u"signatures")
        return true;
    const QStringList &paths = sectionFor(sectionId).paths;
    return std::any_of(paths.begin(), paths.end(),
                       [role](const QString &p) { return smout::roleOwns(role, p); });
}
