#include "FormReading.h"

namespace smout::legacy::form {

namespace {

// The form's own names of the categories (both editions), most specific first.
const CategoryPhrase phrases[] = {
    {"law enforcement intelligence", Category::LawEnforcementIntelligence},
    {"criminal", Category::CriminalInvestigations},
    {"background investigation", Category::BackgroundInvestigations},
    {"professional responsibility", Category::ProfessionalResponsibilityInvestigations},
    {"administrative or benefit", Category::BenefitDeterminations},
    {"benefit", Category::BenefitDeterminations},
    {"employment", Category::EmploymentDeterminations},
    {"administrative", Category::AdministrativeInvestigations},
    {"situational awareness", Category::SituationalAwareness},
    {"other", Category::Other},
};

} // namespace

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

QString ruleKeyOf(const QString &keyword)
{
    const QString k = keyword.toLower();
    if (k == u"equipment")
        return u"equipment"_s;
    if (k == u"email and accounts")
        return u"email_accounts"_s;
    if (k == u"public interaction")
        return u"public_interaction"_s;
    if (k == u"privacy settings")
        return u"privacy_settings"_s;
    if (k == u"pii collection")
        return u"pii_collection"_s;
    if (k == u"pii storage")
        return u"pii_storage"_s;
    if (k == u"pii safeguards")
        return u"pii_safeguards"_s;
    if (k == u"documentation")
        return u"documentation"_s;
    return u"training"_s;
}

// A date as offices write them: "November 6, 2012", "Nov. 6, 2012", "11/06/2012", ISO.
OptionalDate parseDate(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.') || text.endsWith(u';') || text.endsWith(u','))
        text.chop(1);
    text.replace(u"Sept."_s, u"Sep"_s).replace(u"."_s, QString());
    static const QRegularExpression spaces(u"\\s+"_s);
    text.replace(spaces, u" "_s);
    for (const QString &f : {u"MMMM d, yyyy"_s, u"MMM d, yyyy"_s, u"M/d/yyyy"_s, u"yyyy-MM-dd"_s,
                             u"d MMMM yyyy"_s, u"MMMM d yyyy"_s}) {
        const QDate d = QDate::fromString(text, f);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

const QRegularExpression &dateAtEnd()
{
    static const QRegularExpression re(
        u"[,(]?\\s*((?:January|February|March|April|May|June|July|August|September|October|"
        "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+\\d{1,2},\\s*\\d{4}|"
        "\\d{1,2}/\\d{1,2}/\\d{4})\\)?\\.?$"_s);
    return re;
}

const QRegularExpression &piaIdPattern()
{
    static const QRegularExpression re(u"DHS/[A-Z&]+/PIA-\\d{3}(?:\\([a-z]\\))?"_s);
    return re;
}

const QRegularExpression &sornIdPattern()
{
    static const QRegularExpression re(u"DHS/[A-Z&]+(?:-[A-Z&]+)*-\\d{3}"_s);
    return re;
}

QString withoutPlaceholders(const QString &text)
{
    static const QRegularExpression prompt(u"<[^>]*>"_s);
    return QString(text).remove(prompt).trimmed();
}

// What a layout prints where nothing was answered: the form's prompts in angle brackets,
// and SMOUT Studio's own "(not given)", "(not answered)", "(authorities analysis)".
QString withoutPrompts(const QString &text)
{
    static const QRegularExpression empty = ci(u"\\((?:not given|not answered|authorities analysis)\\)"_s);
    return withoutPlaceholders(QString(text).remove(empty));
}

// "(b)(6); (b)(7)(C) Deputy Privacy Officer, (202) 732 (b)(6);" or
// "Jane Doe, Privacy Officer, Office of Privacy, (202) 555-0100, jane.doe@dhs.gov".
QList<Person> personsOf(const QString &text)
{
    static const QRegularExpression markRun(
        u"^((?:\\(b\\)\\s*\\(\\d\\)(?:\\s*\\([A-Z]\\))?[;,]?\\s*)+)"_s);
    static const QRegularExpression markJoin(
        u"(\\(b\\)\\s*\\(\\d\\)(?:\\s*\\([A-Z]\\))?)\\s*;\\s*(?=\\(b\\))"_s);
    static const QRegularExpression phone(u"^\\(?\\d{3}\\)?[\\s.-]*\\d{3}"_s);
    static const QRegularExpression acronym(u"^[A-Z&]{2,8}$"_s);
    QString s = text.trimmed();
    s.replace(markJoin, u"\\1\u0001 "_s);
    QList<Person> out;
    for (QString chunk : s.split(u';')) {
        chunk = chunk.replace(u'\u0001', u';').trimmed();
        while (chunk.endsWith(u'.') || chunk.endsWith(u','))
            chunk.chop(1);
        if (chunk.isEmpty())
            continue;
        Person p;
        QString rest;
        if (const auto m = markRun.match(chunk); m.hasMatch()) {
            p.name = m.captured(1).trimmed();
            while (p.name.endsWith(u';') || p.name.endsWith(u','))
                p.name.chop(1);
            rest = chunk.mid(m.capturedEnd()).trimmed();
            if (rest.startsWith(u','))
                rest = rest.mid(1).trimmed();
        } else {
            const qsizetype comma = chunk.indexOf(u", "_s);
            p.name = comma < 0 ? chunk : chunk.left(comma);
            rest = comma < 0 ? QString() : chunk.mid(comma + 2);
        }
        QStringList titleParts;
        for (const QString &part : rest.split(u", "_s, Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (t.contains(u'@'))
                p.email = t;
            else if (phone.match(t).hasMatch())
                p.phone = t;
            else if (acronym.match(t).hasMatch() || t.startsWith(u"Office of"_s))
                p.office = t;
            else
                titleParts << t;
        }
        p.title = titleParts.join(u", "_s);
        out.append(p);
    }
    return out;
}

// "ID – title[, date]" with any dash; the date in parentheses or after a comma.
std::pair<QString, QString> idAndTitle(const QString &line, const QRegularExpression &idPattern)
{
    const auto m = idPattern.match(line);
    if (!m.hasMatch() || m.capturedStart() > 2)
        return {};
    QString title = line.mid(m.capturedEnd()).trimmed();
    static const QRegularExpression dash(u"^[-–—:,]\\s*"_s);
    title.remove(dash);
    return {m.captured(0), title};
}

std::span<const CategoryPhrase> categoryPhrases()
{
    return phrases;
}

std::optional<Category> categoryOfOption(const QString &label)
{
    for (const auto &c : phrases)
        if (label.startsWith(QLatin1StringView(c.phrase), Qt::CaseInsensitive)
            || label.contains(QLatin1StringView(c.phrase), Qt::CaseInsensitive))
            return c.category;
    return std::nullopt;
}

// The Yes/No answer of an option line ("[X] Yes. [ ] No. If not, please explain:").
// Unset when the line shows no box checked, or no boxes at all.
YesNo yesNoOf(const QString &line)
{
    YesNo answer = YesNo::Unset;
    int checked = 0;
    for (const MarkedOption &o : markedOptions(line)) {
        if (o.mark != Mark::Checked)
            continue;
        if (o.label.startsWith(u"Yes"_s, Qt::CaseInsensitive)) {
            answer = YesNo::Yes;
            ++checked;
        } else if (o.label.startsWith(u"No"_s, Qt::CaseInsensitive)) {
            answer = YesNo::No;
            ++checked;
        }
    }
    return checked == 1 ? answer : YesNo::Unset;
}

bool isYesNoLine(const QString &line)
{
    static const QRegularExpression re = ci(u"^(?:\\[[X ]\\]\\s*)?yes\\.?\\s*(?:\\[[X ]\\]\\s*)?no\\b"_s);
    return re.match(line).hasMatch();
}

} // namespace smout::legacy::form
