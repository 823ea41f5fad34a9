#include "ImpliedAnswers.h"

#include "Exemptions.h"
#include "model/FieldNames.h"

#include <QCoreApplication>

namespace smout::release {

using namespace Qt::StringLiterals;

namespace {

struct ImpliedText {
    Q_DECLARE_TR_FUNCTIONS(smout::release::ImpliedAnswers)
};

// Shown text: something other than blanks and labels.
bool shows(const QString &text)
{
    QString rest = text;
    qsizetype open;
    while ((open = rest.indexOf(QChar(LabelOpen))) >= 0) {
        const qsizetype close = rest.indexOf(QChar(LabelClose), open);
        rest.remove(open, close < 0 ? rest.size() - open : close - open + 1);
    }
    return !rest.trimmed().isEmpty();
}

} // namespace

QList<ImpliedAnswer> impliedAnswers(const RedactedCopy &copy)
{
    const SmoutDocument &d = copy.document;
    const auto withheld = [&](const QString &path) { return copy.withheldValues.contains(path); };
    QList<ImpliedAnswer> out;
    // Said with the fields' names as the form gives them; the paths stay in `path` and `shown`.
    auto warn = [&](const QString &path, const QStringList &shown, const QString &why) {
        if (shown.isEmpty())
            return;
        QStringList names;
        for (const QString &p : shown)
            names << fieldName(p);
        out.append({path, shown,
                    ImpliedText::tr("%1 is withheld, but the release shows %2, which %3")
                        .arg(fieldName(path), names.join(ImpliedText::tr(" and ")), why)});
    };

    if (withheld(u"questions.q3_status"_s) && d.questions.q3DateFirstLaunched)
        warn(u"questions.q3_status"_s, {u"questions.q3_date_first_launched"_s},
             ImpliedText::tr("implies the use is operational: withhold the date too"));

    QStringList q1Shown, reviewShown;
    if (!withheld(u"review.categories"_s) && !d.review.categories.isEmpty())
        q1Shown << u"review.categories"_s;
    if (shows(d.questions.q1Other))
        q1Shown << u"questions.q1_other"_s;
    if (shows(d.review.otherCategory))
        q1Shown << u"review.other_category"_s;
    if (withheld(u"questions.q1_categories"_s))
        warn(u"questions.q1_categories"_s, q1Shown, ImpliedText::tr("tells the categories of use: withhold them too"));
    if (!withheld(u"questions.q1_categories"_s) && !d.questions.q1Categories.isEmpty())
        reviewShown << u"questions.q1_categories"_s;
    if (shows(d.review.otherCategory))
        reviewShown << u"review.other_category"_s;
    if (shows(d.questions.q1Other))
        reviewShown << u"questions.q1_other"_s;
    if (withheld(u"review.categories"_s))
        warn(u"review.categories"_s, reviewShown, ImpliedText::tr("tells the categories of use: withhold them too"));

    for (qsizetype i = 0; i < d.summary.sorns.size(); ++i) {
        const SornRef &s = d.summary.sorns[i];
        const QString at = u"summary.sorns[%1]"_s.arg(i);
        if (s.id.contains(QChar(LabelOpen)) && shows(s.federalRegister))
            warn(at + u".id"_s, {at + u".federal_register"_s}, ImpliedText::tr("identifies the SORN: withhold it too"));
    }
    return out;
}

} // namespace smout::release
