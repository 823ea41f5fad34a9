#include "Exemptions.h"

#include <QRegularExpression>

namespace smout::release {

using namespace Qt::StringLiterals;

QStringList knownExemptions()
{
    return {u"(b)(5)"_s, u"(b)(6)"_s, u"(b)(7)(C)"_s, u"(b)(7)(E)"_s};
}

std::optional<QString> exemptionLabel(const QString &exemption)
{
    const QStringList known = knownExemptions();
    QList<bool> cited(known.size(), false);
    const QStringList parts = exemption.split(u',');
    for (const QString &part : parts) {
        const qsizetype i = known.indexOf(part.trimmed());
        if (i < 0 || cited[i])
            return std::nullopt;
        cited[i] = true;
    }
    QStringList label;
    for (qsizetype i = 0; i < known.size(); ++i)
        if (cited[i])
            label << known[i];
    return label.join(u", "_s);
}

bool isOnlyExemptionMarkers(const QString &text)
{
    static const QRegularExpression markers(u"^[\\s,;]*(\\(b\\)\\([0-9]\\)(\\([A-F]\\))?[\\s,;]*)+$"_s);
    return markers.match(text).hasMatch();
}

QString labelMark(const QString &label)
{
    return QChar(LabelOpen) + label + QChar(LabelClose);
}

QString withBracketedLabels(const QString &text)
{
    QString out = text;
    out.replace(QChar(LabelOpen), u'[').replace(QChar(LabelClose), u']');
    return out;
}

} // namespace smout::release
