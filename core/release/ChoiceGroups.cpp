#include "ChoiceGroups.h"

#include "model/KeyPath.h"

#include <QJsonArray>

namespace smout::release {

using namespace Qt::StringLiterals;

namespace {

QList<ChoiceGroup> groups()
{
    const QJsonValue none = QJsonArray(), off = false, unset = QJsonValue::Null;
    QList<ChoiceGroup> all{
        {u"questions.q1_categories"_s, {{u"questions.q1_categories"_s, none}}},
        {u"review.categories"_s, {{u"review.categories"_s, none}}},
        {u"questions.access_modes"_s, {{u"questions.access_modes"_s, none}}},
        {u"questions.q5_training_verification"_s,
         {{u"questions.q5_training_verification.self_certify"_s, off},
          {u"questions.q5_training_verification.ppoc_records"_s, off},
          {u"questions.q5_training_verification.none"_s, off}}},
        {u"screening"_s,
         {{u"screening.public_affairs_outreach"_s, off},
          {u"screening.intelligence_eo12333"_s, off},
          {u"screening.ops_situational_awareness"_s, off},
          {u"screening.not_operational_use"_s, off}}},
        {u"review.rob_content.pii_storage.kind"_s, {{u"review.rob_content.pii_storage.kind"_s, unset}}},
        {u"review.rob_content.training.required"_s, {{u"review.rob_content.training.required"_s, off}}},
        {u"review.rob_content.training.topics"_s, {{u"review.rob_content.training.topics"_s, none}}},
        {u"review.rob_content.training.verification"_s, {{u"review.rob_content.training.verification"_s, none}}},
        {u"review.determination.outcome"_s, {{u"review.determination.outcome"_s, unset}}},
        {u"review.determination.reasons"_s, {{u"review.determination.reasons"_s, none}}},
    };
    for (const QString &rule : {u"equipment"_s, u"email_accounts"_s, u"public_interaction"_s, u"privacy_settings"_s,
                                u"pii_safeguards"_s, u"documentation"_s}) {
        const QString path = u"review.rob_content."_s + rule;
        all.append({path, {{path, unset}}});
    }
    for (const QString &which : {u"review.pia"_s, u"review.sorn"_s})
        all.append({which, {{which + u".required"_s, off}, {which + u".coverage"_s, unset}}});
    return all;
}

} // namespace

std::optional<ChoiceGroup> choiceGroupOf(const QString &path)
{
    static const QList<ChoiceGroup> all = groups();
    const std::optional<KeySteps> steps = parseKeyPath(path);
    const bool isEntry = steps && std::holds_alternative<qsizetype>(steps->back());
    const QString member = isEntry ? path.left(path.lastIndexOf(u'[')) : path;
    for (const ChoiceGroup &g : all) {
        if (!isEntry && g.path == path)
            return g;
        for (const auto &[key, blank] : g.blanks)
            if (key == member && (isEntry == blank.isArray()))
                return g;
    }
    return std::nullopt;
}

} // namespace smout::release
