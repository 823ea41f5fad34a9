#include "StoredColumns.h"

#include "SearchText.h"
#include "model/FormText.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {
struct ColumnText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::InventoryStore)
};
} // namespace

SmoutStatus statusOf(const SmoutDocument &doc, SmoutStatus previous, const SignedRoles &signedBy)
{
    const bool determined = doc.review.determination.outcome != Outcome::Unset;
    if (determined && !signedBy.reviewer)
        return SmoutStatus::Draft;
    switch (doc.review.determination.outcome) {
    case Outcome::Met: return SmoutStatus::AdjudicatedMet;
    case Outcome::NotMet: return SmoutStatus::AdjudicatedNotMet;
    case Outcome::Unset: break;
    }
    const bool authorSigned = signedBy.author;
    if (std::any_of(doc.requests.begin(), doc.requests.end(), [](const InformationRequest &r) { return r.status == RequestStatus::Open; }))
        return SmoutStatus::Returned;
    // Answering is not resubmitting: the SMOUT stays with the program office until the
    // author signs the answered document; then it stays resubmitted until decided or
    // returned again (the reviewer's fields were filled before the return).
    if (previous == SmoutStatus::Returned)
        return authorSigned ? SmoutStatus::Resubmitted : SmoutStatus::Returned;
    if (previous == SmoutStatus::Resubmitted)
        return previous;
    const bool beforeSubmission = previous == SmoutStatus::Draft || previous == SmoutStatus::WithCounsel;
    if (beforeSubmission && authorSigned && signedBy.counsel)
        return SmoutStatus::Submitted;
    if (previous == SmoutStatus::Draft && authorSigned)
        return SmoutStatus::WithCounsel;
    if (doc.review.dateReviewed || !doc.review.reviewerName.isEmpty())
        return SmoutStatus::UnderReview;
    return previous;
}

QString unbelievedNote(const SmoutDocument &doc, const SignedRoles &signedBy)
{
    if (doc.review.determination.outcome != Outcome::Unset && !signedBy.reviewer)
        return ColumnText::tr("determination not signed");
    return {};
}

QString titleOf(const SmoutDocument &doc)
{
    const auto &q = doc.questions;
    QString title = q.q1Categories.isEmpty() ? ColumnText::tr("Category not chosen") : FormText::categoryLabel(q.q1Categories.first());
    const QString description = q.q1Description.simplified();
    if (!description.isEmpty())
        title += u" \u2014 "_s + (description.size() > 80 ? description.left(79) + u'\u2026' : description);
    return title;
}

QString searchTextOf(const SmoutDocument &doc)
{
    QStringList parts{doc.id, doc.summary.component, componentName(doc.summary.component), titleOf(doc), doc.questions.q1Description};
    for (const auto &p : doc.summary.contacts + doc.summary.counsel)
        parts << p.name << p.office;
    parts << doc.summary.itSystems << doc.questions.q2Authorities << doc.review.reviewerName;
    for (const auto &p : doc.summary.pias)
        parts << p.id;
    for (const auto &s : doc.summary.sorns)
        parts << s.id;
    return searchableText(parts);
}

QString checksumOf(const QString &storedText)
{
    return QString::fromLatin1(QCryptographicHash::hash(storedText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace smout::store
