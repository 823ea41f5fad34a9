#include "PersonalDataScan.h"

#include "Exemptions.h"
#include "model/KeyPath.h"
#include "model/FieldNames.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>


namespace smout::release {

using namespace Qt::StringLiterals;

namespace {

struct ScanText {
    Q_DECLARE_TR_FUNCTIONS(smout::release::PersonalDataScan)
};


// Text as released: what is inside label marks is not there.
QString visible(const QString &s)
{
    static const QRegularExpression mark(u"\uE000[^\uE001]*\uE001"_s);
    return QString(s).replace(mark, u" "_s);
}

bool isPersonNamePath(const QString &path)
{
    // summary.contacts[i].name, summary.counsel[i].name or review.reviewer_name
    const std::optional<KeySteps> steps = parseKeyPath(path);
    if (!steps)
        return false;
    const KeySteps &s = *steps;
    if (s == KeySteps{u"review"_s, u"reviewer_name"_s})
        return true;
    return s.size() == 4 && s[0] == KeyStep(u"summary"_s)
           && (s[1] == KeyStep(u"contacts"_s) || s[1] == KeyStep(u"counsel"_s))
           && std::holds_alternative<qsizetype>(s[2]) && s[3] == KeyStep(u"name"_s);
}

} // namespace

QList<PersonalDataWarning> unmarkedPersonalData(const SmoutDocument &redacted)
{
    static const QRegularExpression email(u"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"_s);
    // North American numbers as people write them: (202) 732-1234, 202-732-1234, 202.732.1234, +1 202 732 1234.
    static const QRegularExpression phone(u"(?<![\\d/-])(\\+1[ .-]?)?(\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?!\\d)"_s);
    QList<PersonalDataWarning> warnings;
    const QJsonObject json = io::toJsonObject(redacted);
    forEachString(json, {}, [&](const QString &path, const QString &raw) {
        const QString text = visible(raw);
        for (auto it = email.globalMatch(text); it.hasNext();)
            warnings.append({path, ScanText::tr("%1 holds the e-mail address %2, not marked for withholding").arg(fieldName(path), it.next().captured(0))});
        for (auto it = phone.globalMatch(text); it.hasNext();)
            warnings.append({path, ScanText::tr("%1 holds the phone number %2, not marked for withholding").arg(fieldName(path), it.next().captured(0))});
        const QString name = text.simplified();
        if (isPersonNamePath(path) && !name.isEmpty() && !isOnlyExemptionMarkers(name))
            warnings.append({path, ScanText::tr("%1 names a person (%2), not marked for withholding").arg(fieldName(path), name)});
    });
    return warnings;
}

} // namespace smout::release
