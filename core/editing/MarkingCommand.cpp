#include "MarkingCommand.h"

#include "model/FieldNames.h"
#include "model/KeyPath.h"

#include <QCoreApplication>

namespace smout::release {

using namespace Qt::StringLiterals;

namespace {

struct CommandText {
    Q_DECLARE_TR_FUNCTIONS(smout::release::MarkingCommand)
};

// A key that sorts paths in the order the form shows them: its fields by rank, list
// entries by number, Q5's rules by letter.
QString sortKey(const QString &path)
{
    static const QStringList fields{
        u"summary.date_submitted"_s, u"summary.component"_s, u"summary.contacts"_s, u"summary.counsel"_s,
        u"summary.it_systems"_s, u"summary.pias"_s, u"summary.sorns"_s, u"questions.q1_categories"_s,
        u"questions.q1_other"_s, u"questions.q1_description"_s, u"questions.q2_authorities"_s,
        u"questions.q2a_counsel_reviewed"_s, u"questions.q3_status"_s, u"questions.q3_date_first_launched"_s,
        u"questions.q3_launch_note"_s, u"questions.q4_rules_of_behavior"_s, u"questions.q5_rules"_s,
        u"questions.q5_training_verification"_s, u"questions.access_modes"_s, u"review.date_reviewed"_s,
        u"review.reviewer_name"_s, u"review.designation_pias"_s, u"review.designation_sorns"_s,
        u"review.categories"_s, u"review.other_category"_s, u"review.authorities_analysis"_s,
        u"review.rob_content"_s, u"review.determination"_s, u"review.pia"_s, u"review.sorn"_s, u"review.comments"_s};
    qsizetype rank = fields.size();
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (isUnderKeyPath(path, fields[i])) {
            rank = i;
            break;
        }
    QString key = u"%1"_s.arg(rank, 3, 10, QChar(u'0'));
    const std::optional<KeySteps> steps = parseKeyPath(path);
    if (!steps)
        return key + u'.' + path;
    const qsizetype inside = rank < fields.size() ? fields[rank].count(u'.') + 1 : 0;
    const bool rules = rank == fields.indexOf(u"questions.q5_rules"_s);
    for (qsizetype i = inside; i < steps->size(); ++i) {
        if (const auto *index = std::get_if<qsizetype>(&steps->at(i))) {
            key += u'[' + u"%1"_s.arg(*index, 9, 10, QChar(u'0')) + u']';
            continue;
        }
        const QString &step = std::get<QString>(steps->at(i));
        const std::optional<Rule> rule = rules && i == inside ? fromCode<Rule>(step) : std::nullopt;
        key += u'.' + (rule ? QString::number(int(*rule)) : step);
    }
    return key;
}

} // namespace

namespace {

Status applyMarkings(DocumentModel &model, const QList<Redaction> &markings, const QString &step)
{
    SmoutDocument after = model.document();
    after.redactions = markings;
    return model.applyEdit({u"redactions"_s}, after, step);
}

} // namespace

Status addMarking(DocumentModel &model, const Redaction &marking)
{
    QList<Redaction> after = model.document().redactions;
    after.append(marking);
    return applyMarkings(model, after, CommandText::tr("Mark %1 for withholding").arg(fieldName(marking.path)));
}

Status setMarkingExemption(DocumentModel &model, qsizetype index, const QString &exemption)
{
    QList<Redaction> after = model.document().redactions;
    if (index < 0 || index >= after.size() || after[index].exemption == exemption)
        return success();
    after[index].exemption = exemption;
    return applyMarkings(model, after, CommandText::tr("Change the exemptions of %1").arg(fieldName(after[index].path)));
}

Status removeMarking(DocumentModel &model, qsizetype index)
{
    QList<Redaction> after = model.document().redactions;
    if (index < 0 || index >= after.size())
        return success();
    const QString path = after[index].path;
    after.removeAt(index);
    return applyMarkings(model, after, CommandText::tr("Remove the marking of %1").arg(fieldName(path)));
}

QList<qsizetype> markingsInDocumentOrder(const SmoutDocument &doc)
{
    QList<qsizetype> indexes;
    QStringList keys;
    for (qsizetype i = 0; i < doc.redactions.size(); ++i) {
        indexes << i;
        keys << sortKey(doc.redactions[i].path);
    }
    std::stable_sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) {
        if (keys[a] != keys[b])
            return keys[a] < keys[b];
        return doc.redactions[a].start.value_or(0) < doc.redactions[b].start.value_or(0);
    });
    return indexes;
}

} // namespace smout::release
