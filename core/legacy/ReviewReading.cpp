#include "FormReading.h"

#include "LegacyText.h"

namespace smout::legacy::form {

namespace {

// A reviewer's choice: the one option line of the rule that is checked; none when no box,
// or more than one, is checked.
template <typename E, std::size_t N>
void readChoice(Block &b, const ChoicePhrase<E> (&phrases)[N], E &target, const QString &path,
                FieldNotes &notes)
{
    int checked = 0;
    QString where;
    for (Line &l : b.body) {
        for (const MarkedOption &o : markedOptions(l.text)) {
            for (const auto &p : phrases) {
                if (!o.label.contains(QLatin1StringView(p.phrase), Qt::CaseInsensitive))
                    continue;
                l.used = true;
                if (o.mark == Mark::Checked) {
                    target = p.value;
                    where = l.where;
                    ++checked;
                }
                break;
            }
        }
    }
    if (checked == 1)
        notes.mapped(path, where);
    else
        target = E::Unset;
}

} // namespace

void Reader::readReviewRule(Block &b)
{
    RobContent &rob = m_doc.review.robContent;
    const QString base = u"review.rob_content."_s + b.key;
    if (b.key == u"equipment") {
        static const ChoicePhrase<EquipmentChoice> p[] = {
            {"may be non-attributable", EquipmentChoice::NonAttributable},
            {"must resolve back", EquipmentChoice::DhsAttributable}};
        readChoice(b, p, rob.equipment, base, m_notes);
    } else if (b.key == u"email_accounts") {
        static const ChoicePhrase<EmailChoice> p[] = {
            {"do not have to use", EmailChoice::NotRequired},
            {"must use government email", EmailChoice::Required}};
        readChoice(b, p, rob.emailAccounts, base, m_notes);
    } else if (b.key == u"public_interaction") {
        static const ChoicePhrase<InteractionChoice> p[] = {
            {"may not interact", InteractionChoice::MayNotInteract},
            {"may interact", InteractionChoice::MayInteract}};
        readChoice(b, p, rob.publicInteraction, base, m_notes);
    } else if (b.key == u"privacy_settings") {
        static const ChoicePhrase<PrivacySettingsChoice> p[] = {
            {"may disregard", PrivacySettingsChoice::MayDisregard},
            {"must respect", PrivacySettingsChoice::MustRespect}};
        readChoice(b, p, rob.privacySettings, base, m_notes);
    } else if (b.key == u"pii_storage") {
        static const ChoicePhrase<PiiStorageKind> p[] = {
            {"exempted privacy act system", PiiStorageKind::ExemptedSor},
            {"maintained in a privacy act system", PiiStorageKind::Sor}};
        readChoice(b, p, rob.piiStorage.kind, base + u".kind"_s, m_notes);
        for (Line &l : b.body) {
            auto it = sornIdPattern().globalMatch(l.text);
            while (it.hasNext()) {
                l.used = true;
                note(u"%1.sorns[%2]"_s.arg(base).arg(rob.piiStorage.sorns.size()), l.where);
                rob.piiStorage.sorns << it.next().captured(0);
            }
        }
    } else if (b.key == u"pii_safeguards") {
        static const ChoicePhrase<SafeguardsChoice> p[] = {
            {"protected as required by the privacy act", SafeguardsChoice::PrivacyAct},
            {"only a minimal amount", SafeguardsChoice::MinimalOps004}};
        readChoice(b, p, rob.piiSafeguards, base, m_notes);
    } else if (b.key == u"documentation") {
        static const ChoicePhrase<DocumentationChoice> p[] = {
            {"not expressly required", DocumentationChoice::NotRequired},
            {"must appropriately document", DocumentationChoice::Required}};
        readChoice(b, p, rob.documentation, base, m_notes);
    } else if (b.key == u"training") {
        static const ChoicePhrase<TrainingTopic> topics[] = {
            {"legal authorities", TrainingTopic::LegalAuthorities},
            {"acceptable operational uses", TrainingTopic::AcceptableUses},
            {"access requirements", TrainingTopic::AccessRequirements},
            {"applicable rules of behavior", TrainingTopic::RulesOfBehavior},
            {"requirements for documenting", TrainingTopic::DocumentationRequirements}};
        for (Line &l : b.body) {
            for (const MarkedOption &o : markedOptions(l.text)) {
                if (o.label.contains(u"must complete annual privacy training"_s, Qt::CaseInsensitive)) {
                    l.used = true;
                    rob.training.required = o.mark == Mark::Checked;
                    if (rob.training.required)
                        note(base + u".required"_s, l.where);
                    continue;
                }
                for (const auto &t : topics) {
                    if (!o.label.contains(QLatin1StringView(t.phrase), Qt::CaseInsensitive))
                        continue;
                    l.used = true;
                    if (o.mark == Mark::Checked && !rob.training.topics.contains(t.value)) {
                        note(u"%1.topics[%2]"_s.arg(base).arg(rob.training.topics.size()), l.where);
                        rob.training.topics << t.value;
                    }
                }
            }
        }
    }
}

void Reader::readDesignation(Block &b)
{
    static const QRegularExpression pia = ci(u"^pias?:?\\s*(.*)$"_s);
    static const QRegularExpression sorn = ci(u"^sorns?:?\\s*(.*)$"_s);
    QStringList *list = nullptr;
    QString path;
    bool isPia = false;
    for (Line &l : b.body) {
        if (pia.match(l.text).hasMatch() || sorn.match(l.text).hasMatch()) {
            isPia = pia.match(l.text).hasMatch();
            list = isPia ? &m_doc.review.designationPias : &m_doc.review.designationSorns;
            path = isPia ? u"review.designation_pias"_s : u"review.designation_sorns"_s;
            l.used = true;
        }
        if (!list)
            continue;
        auto it = (isPia ? piaIdPattern() : sornIdPattern()).globalMatch(l.text);
        while (it.hasNext()) {
            l.used = true;
            note(u"%1[%2]"_s.arg(path).arg(list->size()), l.where);
            *list << it.next().captured(0);
        }
    }
}

void Reader::readReviewCategory(Block &b)
{
    for (Line &l : b.body) {
        for (const MarkedOption &o : markedOptions(l.text)) {
            const auto c = categoryOfOption(o.label);
            if (!c || o.mark == Mark::None)
                continue;
            l.used = true;
            if (o.mark != Mark::Checked || m_doc.review.categories.contains(*c))
                continue;
            note(u"review.categories[%1]"_s.arg(m_doc.review.categories.size()), l.where);
            m_doc.review.categories << *c;
            if (*c == Category::Other) {
                static const QRegularExpression head = ci(u"^other\\.?\\s*"_s);
                const QString other = withoutPlaceholders(QString(o.label).remove(head));
                if (!other.isEmpty()) {
                    m_doc.review.otherCategory = other;
                    note(u"review.other_category"_s, l.where);
                }
            }
        }
    }
}

void Reader::readDetermination(Block &b)
{
    Determination &det = m_doc.review.determination;
    DocumentationRequirement *current = nullptr;
    QString currentPath;
    bool anyBox = false;
    const auto checkedOption = [](const QString &text, const char *phrase, Mark *mark) {
        for (const MarkedOption &o : markedOptions(text)) {
            if (o.label.startsWith(QLatin1StringView(phrase), Qt::CaseInsensitive)) {
                *mark = o.mark;
                return true;
            }
        }
        return false;
    };
    int outcomes = 0;
    QString outcomeWhere;
    Outcome outcome = Outcome::Unset;
    for (qsizetype i = 0; i < b.body.size(); ++i) {
        Line &l = b.body[i];
        Mark mark = Mark::None;
        anyBox = anyBox || hasCheckBox(l.text);
        const auto reason = [&](OutcomeReason r) {
            l.used = true;
            if (mark == Mark::Checked) {
                note(u"review.determination.reasons[%1]"_s.arg(det.reasons.size()), l.where);
                det.reasons << r;
            }
        };
        if (checkedOption(l.text, "program has met requirements", &mark)) {
            l.used = true;
            if (mark == Mark::Checked) {
                ++outcomes;
                outcome = Outcome::Met;
                outcomeWhere = l.where;
            }
        } else if (checkedOption(l.text, "program has not yet met requirements", &mark)) {
            l.used = true;
            if (mark == Mark::Checked) {
                ++outcomes;
                outcome = Outcome::NotMet;
                outcomeWhere = l.where;
            }
        } else if (checkedOption(l.text, "program authorities do not authorize", &mark)) {
            reason(OutcomeReason::AuthoritiesInsufficient);
        } else if (checkedOption(l.text, "rules of behavior do not comply", &mark)) {
            reason(OutcomeReason::RobNoncompliant);
            static const QRegularExpression head = ci(u"^.*?rules of behavior do not comply\\.?"_s);
            const QString analysis = withoutPlaceholders(QString(l.text).remove(head));
            if (!analysis.isEmpty()) {
                det.robAnalysis = analysis;
                note(u"review.determination.rob_analysis"_s, l.where);
            }
        } else if (checkedOption(l.text, "training required", &mark)) {
            reason(OutcomeReason::TrainingRequired);
        } else if (checkedOption(l.text, "additional privacy compliance documentation", &mark)) {
            reason(OutcomeReason::DocumentationRequired);
        } else if (checkedOption(l.text, "a pia is required", &mark)
                   || checkedOption(l.text, "a sorn is required", &mark)) {
            l.used = true;
            const bool pia = l.text.contains(u"PIA"_s);
            current = pia ? &m_doc.review.pia : &m_doc.review.sorn;
            currentPath = pia ? u"review.pia"_s : u"review.sorn"_s;
            current->required = mark == Mark::Checked;
            if (current->required)
                note(currentPath + u".required"_s, l.where);
        } else if (current && (checkedOption(l.text, "covered by existing", &mark))) {
            l.used = true;
            if (mark == Mark::Checked) {
                current->coverage = Coverage::Existing;
                note(currentPath + u".coverage"_s, l.where);
            }
        } else if (current && checkedOption(l.text, "new", &mark) && l.text.size() < 12) {
            l.used = true;
            if (mark == Mark::Checked) {
                current->coverage = Coverage::New;
                note(currentPath + u".coverage"_s, l.where);
            }
        } else if (current && checkedOption(l.text, "updated", &mark)) {
            l.used = true;
            static const QRegularExpression head = ci(u"^.*?updated\\.?"_s);
            const QString target = withoutPlaceholders(QString(l.text).remove(head));
            if (mark == Mark::Checked) {
                current->coverage = Coverage::Update;
                note(currentPath + u".coverage"_s, l.where);
            }
            if (!target.isEmpty()) {
                current->updateTarget = target;
                note(currentPath + u".update_target"_s, l.where);
            }
        } else if (current) {
            const auto &idPattern = current == &m_doc.review.pia ? piaIdPattern() : sornIdPattern();
            const auto m = idPattern.match(l.text);
            if (m.hasMatch() && m.capturedStart() <= 4) {
                l.used = true;
                note(u"%1.existing[%2]"_s.arg(currentPath).arg(current->existing.size()), l.where);
                current->existing << m.captured(0);
            }
        }
    }
    if (outcomes == 1) {
        det.outcome = outcome;
        note(u"review.determination.outcome"_s, outcomeWhere);
    } else {
        m_notes.missing(u"review.determination.outcome"_s,
                        anyBox ? LegacyText::tr("no single outcome box is clearly checked")
                               : LegacyText::tr("the copy shows no check marks"));
    }
    // A copy without boxes: ids listed under "Covered by existing …" say which applies.
    for (auto [req, path] : {std::pair{&m_doc.review.pia, u"review.pia"_s},
                             std::pair{&m_doc.review.sorn, u"review.sorn"_s}}) {
        if (anyBox || req->existing.isEmpty() || req->coverage != Coverage::Unset)
            continue;
        const QString why = LegacyText::tr("the copy shows no check marks; ids are listed under \"Covered by existing\"");
        req->required = true;
        req->coverage = Coverage::Existing;
        m_notes.inferred(path + u".required"_s, b.where, why);
        m_notes.inferred(path + u".coverage"_s, b.where, why);
    }
}

} // namespace smout::legacy::form
