#include "SectionOwners.h"

#include "model/Roles.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

// One path of each part of a section that may have its own owner, and the item a part is
// when it is not the whole section ("2a").
struct Part {
    QString path;
    QString item;
};

QList<Part> sectionParts(const QString &id)
{
    if (id == u"screening")
        return {{u"screening"_s, {}}};
    if (id == u"summary")
        return {{u"summary.component"_s, {}}, {u"summary.counsel"_s, {}}};
    if (id == u"q1")
        return {{u"questions.q1_categories"_s, {}}};
    if (id == u"q2")
        return {{u"questions.q2_authorities"_s, {}}, {u"questions.q2a_counsel_reviewed"_s, u"2a"_s}};
    if (id == u"q3")
        return {{u"questions.q3_status"_s, {}}};
    if (id == u"q4")
        return {{u"questions.q4_rules_of_behavior"_s, {}}};
    if (id == u"q5")
        return {{u"questions.q5_rules"_s, {}}};
    if (id == u"training")
        return {{u"questions.q5_training_verification"_s, {}}};
    if (id == u"access")
        return {{u"questions.access_modes"_s, {}}};
    if (id == u"review")
        return {{u"review"_s, {}}};
    return {};
}

// A class context of its own, so that lupdate collects these texts.
struct OwnerText {
    Q_DECLARE_TR_FUNCTIONS(SectionOwners)
};

} // namespace

QList<Role> sectionOwners(const QString &sectionId)
{
    QList<Role> owners;
    for (const Part &part : sectionParts(sectionId))
        if (const auto owner = ownerOf(part.path); owner && !owners.contains(*owner))
            owners << *owner;
    std::sort(owners.begin(), owners.end());
    return owners;
}

QString sectionOwnerName(const QString &sectionId)
{
    if (sectionId == u"signatures")
        return OwnerText::tr("Every signer");
    QStringList names;
    const QList<Role> owners = sectionOwners(sectionId);
    for (const Role r : owners) {
        QString item; // the one item this owner writes, when it does not write the rest
        for (const Part &part : sectionParts(sectionId))
            if (ownerOf(part.path) == r && owners.size() > 1)
                item = part.item;
        if (names.isEmpty())
            names << roleName(r);
        else
            names << (item.isEmpty() ? roleInSentence(r) : OwnerText::tr("%1 (%2)").arg(roleInSentence(r), item));
    }
    return names.join(u", "_s);
}

bool roleEditsSection(Role role, const QString &sectionId)
{
    if (sectionId == u"signatures")
        return true;
    return sectionOwners(sectionId).contains(role);
}

QString readOnlyNotice(Role role, const QString &sectionId)
{
    const QList<Role> owners = sectionOwners(sectionId);
    if (owners.isEmpty() || owners.contains(role))
        return {};
    QString who = roleInSentence(owners.first());
    for (qsizetype i = 1; i < owners.size(); ++i)
        who = OwnerText::tr("%1 and %2").arg(who, roleInSentence(owners[i]));
    return OwnerText::tr("This section is completed by %1. You are signed in as %2.").arg(who, roleInSentence(role));
}
