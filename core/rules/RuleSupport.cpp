#include "RuleSupport.h"

namespace smout {

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

bool isSubstantive(QStringView text)
{
    static constexpr QStringView placeholders[] = {u"n/a", u"na", u"none", u"tbd", u"see attached",
                                                   u"-", u"same as above"};
    const QStringView trimmed = text.trimmed();
    for (const QStringView p : placeholders)
        if (trimmed.compare(p, Qt::CaseInsensitive) == 0)
            return false;
    return wordCount(trimmed) >= 12;
}

QString rulePath(Rule r, const char *leaf)
{
    return QLatin1StringView("questions.q5_rules.") + codeOf(r) + u'.' + QLatin1StringView(leaf);
}

QString indexed(const char *listPath, qsizetype i)
{
    return QLatin1StringView(listPath) + u'[' + QString::number(i) + u']';
}

QString ruleLabel(Rule r)
{
    switch (r) {
    case Rule::Equipment: return RuleText::tr("a) Equipment");
    case Rule::EmailAccounts: return RuleText::tr("b) Email and accounts");
    case Rule::PublicInteraction: return RuleText::tr("c) Public interaction");
    case Rule::PrivacySettings: return RuleText::tr("d) Privacy settings");
    case Rule::PiiCollection: return RuleText::tr("e) PII collection");
    case Rule::PiiSafeguards: return RuleText::tr("f) PII safeguards");
    case Rule::Documentation: return RuleText::tr("g) Documentation");
    case Rule::Training: return RuleText::tr("h) Training");
    }
    return {};
}

} // namespace smout
