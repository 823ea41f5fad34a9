#include "FormReading.h"

#include "LegacyText.h"

namespace smout::legacy::form {

void Reader::readQ1(Block &b)
{
    bool boxes = false;
    for (Line &l : b.body) {
        if (!hasCheckBox(l.text))
            continue;
        for (const MarkedOption &o : markedOptions(l.text)) {
            const auto c = categoryOfOption(o.label);
            if (!c || o.mark == Mark::None)
                continue;
            boxes = true;
            l.used = true;
            if (o.mark != Mark::Checked || m_doc.questions.q1Categories.contains(*c))
                continue;
            note(u"questions.q1_categories[%1]"_s.arg(m_doc.questions.q1Categories.size()), l.where);
            m_doc.questions.q1Categories << *c;
            if (*c == Category::Other) {
                const QString other = withoutPlaceholders(o.label.mid(5).remove(u"(described below)"_s)).trimmed();
                if (!other.isEmpty()) {
                    m_doc.questions.q1Other = other;
                    note(u"questions.q1_other"_s, l.where);
                }
            }
        }
    }
    static const QRegularExpression otherLine = ci(u"^other category:\\s*(.*)$"_s);
    for (Line &l : b.body) {
        if (const auto m = otherLine.match(l.text); m.hasMatch() && !l.used) {
            l.used = true;
            if (!m.captured(1).trimmed().isEmpty()) {
                m_doc.questions.q1Other = m.captured(1).trimmed();
                note(u"questions.q1_other"_s, l.where);
            }
        }
    }
    qsizetype first = -1;
    for (qsizetype i = 0; i < b.body.size() && first < 0; ++i)
        if (!b.body[i].used)
            first = i;
    const QStringList text = paragraphs(b);
    if (text.isEmpty())
        return;
    m_doc.questions.q1Description = text.join(u"\n\n"_s);
    note(u"questions.q1_description"_s, b.body[first].where);
    if (boxes)
        return;
    // The 2012 form asks for the category in words: take the purposes the text names.
    // Only the opening paragraph, bounded, is searched: the description can be long.
    static const QRegularExpression purposes = ci(u"\\bfor ([a-z ,]{1,120}?) purposes\\b"_s);
    const auto m = purposes.match(QStringView(m_doc.questions.q1Description).left(4000));
    if (!m.hasMatch())
        return;
    const QString words = m.captured(1).toLower();
    for (const auto &c : categoryPhrases()) {
        if (c.category == Category::Other || !words.contains(QLatin1StringView(c.phrase)))
            continue;
        if (m_doc.questions.q1Categories.contains(c.category))
            continue;
        m_notes.inferred(u"questions.q1_categories[%1]"_s.arg(m_doc.questions.q1Categories.size()),
                         b.body[first].where,
                         LegacyText::tr("category from the description: \"for %1 purposes\"").arg(m.captured(1)));
        m_doc.questions.q1Categories << c.category;
    }
}

void Reader::readQ2(Block &b)
{
    for (Line &l : b.body) {
        l.used = true;
        QString t = l.text;
        while (t.endsWith(u';'))
            t.chop(1);
        note(u"questions.q2_authorities[%1]"_s.arg(m_doc.questions.q2Authorities.size()), l.where);
        m_doc.questions.q2Authorities << t.trimmed();
    }
}

void Reader::readQ2a(Block &b)
{
    for (Line &l : b.body) {
        if (!isYesNoLine(l.text))
            continue;
        l.used = true;
        m_doc.questions.q2aCounselReviewed = yesNoOf(l.text);
        if (m_doc.questions.q2aCounselReviewed != YesNo::Unset)
            note(u"questions.q2a_counsel_reviewed"_s, l.where);
        else
            m_notes.missing(u"questions.q2a_counsel_reviewed"_s,
                            LegacyText::tr("no box is clearly checked at %1").arg(l.where));
        break;
    }
}

void Reader::readQ3(Block &b)
{
    static const QRegularExpression launched = ci(u"date first launched:?\\s*(.*)$"_s);
    qsizetype statusLine = -1;
    for (qsizetype i = 0; i < b.body.size(); ++i) {
        Line &l = b.body[i];
        if (!l.text.contains(u"operational"_s, Qt::CaseInsensitive)
            && !l.text.contains(u"in development"_s, Qt::CaseInsensitive))
            continue;
        statusLine = i;
        l.used = true;
        const auto opts = markedOptions(l.text);
        int checked = 0;
        for (const MarkedOption &o : opts) {
            if (o.mark != Mark::Checked)
                continue;
            if (o.label.startsWith(u"in development"_s, Qt::CaseInsensitive)) {
                m_doc.questions.q3Status = UseStatus::InDevelopment;
                ++checked;
            } else if (o.label.startsWith(u"operational"_s, Qt::CaseInsensitive)) {
                m_doc.questions.q3Status = UseStatus::Operational;
                ++checked;
            }
        }
        if (checked > 1)
            m_doc.questions.q3Status = UseStatus::Unset;
        if (m_doc.questions.q3Status != UseStatus::Unset)
            note(u"questions.q3_status"_s, l.where);
        const auto m = launched.match(l.text);
        const QString launch = m.hasMatch() ? withoutPrompts(m.captured(1)) : QString();
        QStringList note3;
        if (!launch.isEmpty()) {
            if (const auto d = parseDate(launch)) {
                m_doc.questions.q3DateFirstLaunched = d;
                note(u"questions.q3_date_first_launched"_s, l.where);
            } else {
                note3 << launch;
            }
            if (m_doc.questions.q3Status == UseStatus::Unset && !hasCheckBox(l.text)) {
                m_doc.questions.q3Status = UseStatus::Operational;
                m_notes.inferred(u"questions.q3_status"_s, l.where,
                                 LegacyText::tr("the copy shows no check marks; the launch date, which the form asks of operational uses only, is answered (\"%1\")").arg(launch));
            }
        }
        if (m_doc.questions.q3Status == UseStatus::Unset)
            m_notes.missing(u"questions.q3_status"_s, LegacyText::tr("no box is clearly checked at %1").arg(l.where));
        const QStringList more = paragraphs(b, i + 1);
        if (!more.isEmpty() || !note3.isEmpty()) {
            QString text = note3.join(u' ');
            if (!more.isEmpty())
                text = text.isEmpty() ? more.join(u"\n\n"_s) : text + u' ' + more.join(u"\n\n"_s);
            m_doc.questions.q3LaunchNote = text;
            note(u"questions.q3_launch_note"_s, l.where);
        }
        break;
    }
    if (statusLine < 0)
        m_notes.missing(u"questions.q3_status"_s, LegacyText::tr("the status line was not found"));
}

void Reader::readQ4(Block &b)
{
    // SMOUT Studio's layout labels the attachment: "Title:", "Attached file:", "SHA-256:".
    static const QRegularExpression label = ci(u"^(title|attached file|sha-256):\\s*(.*)$"_s);
    RulesOfBehaviorAttachment &rob = m_doc.questions.q4RulesOfBehavior;
    for (Line &l : b.body) {
        const auto m = label.match(l.text);
        if (!m.hasMatch())
            continue;
        l.used = true;
        const QString key = m.captured(1).toLower();
        const QString value = withoutPrompts(m.captured(2));
        if (value.isEmpty())
            continue;
        const QString path = key == u"title" ? u"title"_s : key == u"sha-256" ? u"sha256"_s : u"file"_s;
        (key == u"title" ? rob.title : key == u"sha-256" ? rob.sha256 : rob.file) = value;
        note(u"questions.q4_rules_of_behavior."_s + path, l.where);
    }
    qsizetype first = -1;
    for (qsizetype i = 0; i < b.body.size() && first < 0; ++i)
        if (!b.body[i].used)
            first = i;
    const QStringList text = paragraphs(b);
    if (text.isEmpty() || !rob.title.isEmpty())
        return;
    QString title = text.join(u' ');
    static const QRegularExpression see = ci(u"^see (?:the )?(?:attached )?"_s);
    title.remove(see);
    while (title.endsWith(u'.'))
        title.chop(1);
    rob.title = title;
    note(u"questions.q4_rules_of_behavior.title"_s, b.body[first].where);
}

void Reader::readAccessModes(Block &b)
{
    static const ChoicePhrase<AccessMode> modes[] = {
        {"overt research", AccessMode::OvertResearch},
        {"overt monitoring", AccessMode::OvertMonitoring},
        {"overt engagement", AccessMode::OvertEngagement},
        {"masked monitoring", AccessMode::MaskedMonitoring},
        {"undercover engagement", AccessMode::UndercoverEngagement}};
    for (Line &l : b.body) {
        for (const MarkedOption &o : markedOptions(l.text)) {
            if (o.mark == Mark::None)
                continue;
            for (const auto &m : modes) {
                if (!o.label.startsWith(QLatin1StringView(m.phrase), Qt::CaseInsensitive))
                    continue;
                l.used = true;
                if (o.mark == Mark::Checked && !m_doc.questions.accessModes.contains(m.value)) {
                    note(u"questions.access_modes[%1]"_s.arg(m_doc.questions.accessModes.size()), l.where);
                    m_doc.questions.accessModes << m.value;
                }
            }
        }
    }
}

void Reader::readRule(Block &b)
{
    if (b.section == Section::Review) {
        readReviewRule(b);
        return;
    }
    const auto rule = fromCode<Rule>(b.key);
    if (!rule)
        return;
    const QString base = u"questions.q5_rules.%1"_s.arg(b.key);
    RuleAnswer &answer = m_doc.questions.rule(*rule);
    qsizetype answerLine = -1;
    for (qsizetype i = 0; i < b.body.size(); ++i) {
        if (isYesNoLine(b.body[i].text)) {
            answerLine = i;
            break;
        }
    }
    if (answerLine < 0) {
        m_notes.missing(base + u".answer"_s, LegacyText::tr("the Yes/No line of this rule was not found"));
        return;
    }
    Line &l = b.body[answerLine];
    l.used = true;
    answer.answer = yesNoOf(l.text);
    if (answer.answer != YesNo::Unset)
        note(base + u".answer"_s, l.where);
    const QStringList text = paragraphs(b, answerLine + 1);
    if (!text.isEmpty()) {
        answer.explanation = text.join(u"\n\n"_s);
        note(base + u".explanation"_s, b.body[answerLine + 1].where);
    }
    if (answer.answer != YesNo::Unset)
        return;
    if (hasCheckBox(l.text)) {
        m_notes.missing(base + u".answer"_s, LegacyText::tr("no box is clearly checked at %1").arg(l.where));
        return;
    }
    // A copy without its boxes (a text export): the form asks for reasons only when the
    // rule is not followed.
    answer.answer = answer.explanation.isEmpty() ? YesNo::Yes : YesNo::No;
    m_notes.inferred(base + u".answer"_s, l.where,
                     answer.explanation.isEmpty()
                         ? LegacyText::tr("the copy shows no check marks; no reasons follow \"If not, please explain\"")
                         : LegacyText::tr("the copy shows no check marks; reasons follow \"If not, please explain\""));
}

void Reader::readTrainingMechanisms(Block &b)
{
    struct Choice {
        const char *phrase;
        TrainingVerificationChoice choice;
    };
    static const Choice choices[] = {
        {"yes, employees self-certify", TrainingVerificationChoice::SelfCertify},
        {"yes, component privacy officers or ppocs", TrainingVerificationChoice::PpocRecords},
        {"no", TrainingVerificationChoice::CannotVerify},
    };
    const bool review = b.section == Section::Review;
    qsizetype noLine = -1;
    for (qsizetype i = 0; i < b.body.size(); ++i) {
        Line &l = b.body[i];
        const auto opts = markedOptions(l.text);
        if (opts.isEmpty())
            continue;
        const MarkedOption &o = opts.size() > 1 && opts.first().mark == Mark::None ? opts[1] : opts.first();
        for (const Choice &c : choices) {
            const QLatin1StringView phrase(c.phrase);
            if (!o.label.startsWith(phrase, Qt::CaseInsensitive))
                continue;
            if (c.choice == TrainingVerificationChoice::CannotVerify && o.label.size() > 2
                && o.label.at(2).isLetter())
                continue;
            l.used = true;
            const bool on = o.mark == Mark::Checked;
            const QString code = QString(codeOf(c.choice));
            if (review) {
                if (on) {
                    note(u"review.rob_content.training.verification[%1]"_s
                             .arg(m_doc.review.robContent.training.verification.size()), l.where);
                    m_doc.review.robContent.training.verification << c.choice;
                }
            } else {
                TrainingVerification &v = m_doc.questions.q5TrainingVerification;
                const QString key = c.choice == TrainingVerificationChoice::CannotVerify ? u"none"_s : code;
                (c.choice == TrainingVerificationChoice::SelfCertify ? v.selfCertify
                 : c.choice == TrainingVerificationChoice::PpocRecords ? v.ppocRecords
                                                                        : v.none) = on;
                const QString path = u"questions.q5_training_verification."_s + key;
                if (on)
                    note(path, l.where);
                else
                    m_notes.missing(path, o.mark == Mark::Unchecked
                                              ? LegacyText::tr("the box is not checked at %1").arg(l.where)
                                              : LegacyText::tr("the copy shows no check marks at %1").arg(l.where));
                if (c.choice == TrainingVerificationChoice::CannotVerify)
                    noLine = i;
            }
            break;
        }
    }
    if (noLine >= 0) {
        const QStringList text = paragraphs(b, noLine + 1);
        if (!text.isEmpty()) {
            m_doc.questions.q5TrainingVerification.explanation = text.join(u"\n\n"_s);
            note(u"questions.q5_training_verification.explanation"_s, b.body[noLine + 1].where);
        }
    }
}

} // namespace smout::legacy::form
