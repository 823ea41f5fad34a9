#include "ListItemNames.h"

#include <QCoreApplication>

namespace {

struct Entry {
    const char *path;
    const char *indefinite;
    const char *noun;
};

const Entry entries[] = {
    {"summary.contacts", QT_TRANSLATE_NOOP("ListItemNames", "a contact"), QT_TRANSLATE_NOOP("ListItemNames", "contact")},
    {"summary.counsel", QT_TRANSLATE_NOOP("ListItemNames", "a counsel contact"), QT_TRANSLATE_NOOP("ListItemNames", "counsel contact")},
    {"summary.it_systems", QT_TRANSLATE_NOOP("ListItemNames", "an IT system"), QT_TRANSLATE_NOOP("ListItemNames", "IT system")},
    {"summary.pias", QT_TRANSLATE_NOOP("ListItemNames", "a PIA"), QT_TRANSLATE_NOOP("ListItemNames", "PIA")},
    {"summary.sorns", QT_TRANSLATE_NOOP("ListItemNames", "a SORN"), QT_TRANSLATE_NOOP("ListItemNames", "SORN")},
    {"questions.q2_authorities", QT_TRANSLATE_NOOP("ListItemNames", "an authority"), QT_TRANSLATE_NOOP("ListItemNames", "authority")},
    {"review.designation_pias", QT_TRANSLATE_NOOP("ListItemNames", "a covering PIA"), QT_TRANSLATE_NOOP("ListItemNames", "covering PIA")},
    {"review.designation_sorns", QT_TRANSLATE_NOOP("ListItemNames", "a covering SORN"), QT_TRANSLATE_NOOP("ListItemNames", "covering SORN")},
    {"review.rob_content.pii_storage.sorns", QT_TRANSLATE_NOOP("ListItemNames", "a SORN for stored PII"), QT_TRANSLATE_NOOP("ListItemNames", "SORN for stored PII")},
    {"review.pia.existing", QT_TRANSLATE_NOOP("ListItemNames", "an existing PIA"), QT_TRANSLATE_NOOP("ListItemNames", "existing PIA")},
    {"review.sorn.existing", QT_TRANSLATE_NOOP("ListItemNames", "an existing SORN"), QT_TRANSLATE_NOOP("ListItemNames", "existing SORN")},
};

} // namespace

ListItemName listItemName(const QString &path)
{
    for (const Entry &e : entries)
        if (path == QLatin1StringView(e.path))
            return {QCoreApplication::translate("ListItemNames", e.indefinite), QCoreApplication::translate("ListItemNames", e.noun)};
    return {QCoreApplication::translate("ListItemNames", "an entry"), QCoreApplication::translate("ListItemNames", "entry")};
}
