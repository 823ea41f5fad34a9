#include "SectionTitles.h"

#include <QCoreApplication>

namespace smout {

namespace {

struct Title {
    QStringView id;
    const char *title;
};

constexpr Title titles[] = {
    {u"screening", QT_TRANSLATE_NOOP("smout::SectionTitles", "Screening")},
    {u"summary", QT_TRANSLATE_NOOP("smout::SectionTitles", "Summary Information")},
    {u"q1", QT_TRANSLATE_NOOP("smout::SectionTitles", "1. Category of use")},
    {u"q2", QT_TRANSLATE_NOOP("smout::SectionTitles", "2. Authorities")},
    {u"q3", QT_TRANSLATE_NOOP("smout::SectionTitles", "3. In development or operational")},
    {u"q4", QT_TRANSLATE_NOOP("smout::SectionTitles", "4. Rules of Behavior attached")},
    {u"q5", QT_TRANSLATE_NOOP("smout::SectionTitles", "5. Rules of Behavior in effect")},
    {u"training", QT_TRANSLATE_NOOP("smout::SectionTitles", "Training verification")},
    {u"access", QT_TRANSLATE_NOOP("smout::SectionTitles", "Access modes")},
    {u"review", QT_TRANSLATE_NOOP("smout::SectionTitles", "DHS Privacy Office review")},
    {u"redactions", QT_TRANSLATE_NOOP("smout::SectionTitles", "Redactions")},
    {u"signatures", QT_TRANSLATE_NOOP("smout::SectionTitles", "Signatures & export")},
};

} // namespace

QStringList sectionIds()
{
    QStringList ids;
    for (const Title &t : titles)
        ids << t.id.toString();
    return ids;
}

QString sectionTitle(QStringView sectionId)
{
    for (const Title &t : titles)
        if (t.id == sectionId)
            return QCoreApplication::translate("smout::SectionTitles", t.title);
    return QCoreApplication::translate("smout::SectionTitles", "Document");
}

} // namespace smout
