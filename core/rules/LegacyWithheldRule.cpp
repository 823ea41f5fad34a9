#include "LegacyWithheldRule.h"

#include "io/SmoutJson.h"
#include "legacy/CheckMarks.h"
#include "model/KeyPath.h"

namespace smout::checks {

using namespace Qt::StringLiterals;

void legacyWithheld(const RuleInput &in, FindingSink &out)
{
    if (!in.doc.unknown.contains(u"legacy_import"_s))
        return;
    const QJsonObject json = io::toJsonObject(in.doc);
    for (const char *section : {"summary", "questions", "review"}) {
        const QString key = QLatin1StringView(section);
        forEachString(json.value(key), key, [&](const QString &path, const QString &text) {
            if (legacy::holdsWithheldMark(text))
                out.info(path, RuleText::tr("this passage was withheld in the copy imported; fill it "
                                            "from the office's own record"));
        });
    }
}

} // namespace smout::checks
