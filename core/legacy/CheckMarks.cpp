#include "CheckMarks.h"

#include <QRegularExpression>

namespace smout::legacy {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &exemptionPattern()
{
    static const QRegularExpression re(u"\\(b\\)\\s*\\(\\s*(\\d)\\s*\\)(?:\\s*\\(\\s*([A-Z])\\s*\\))?"_s);
    return re;
}

const QRegularExpression &withheldPattern()
{
    static const QRegularExpression re(
        u"\\(b\\)\\s*\\(\\s*\\d\\s*\\)(?:\\s*\\(\\s*[A-Z]\\s*\\))?|\\[\\s*REDACTED\\s*\\]"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString plainLine(const QString &line)
{
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression bullet(u"^(?:[-*•▪◦·]\\s+)+"_s);
    static const QRegularExpression checked(u"[☒☑✓✔■⊠✗✘\uF0FE\uF078]|\\[\\s*[xX✓]\\s*\\]"_s);
    static const QRegularExpression unchecked(u"[☐□▢❑\uF0A8\uF06F]|\\[\\s\\]"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QString s = line;
    s.replace(u'\u00a0', u' ');
    s.remove(u'¹').remove(u'²').remove(u'³').remove(u'⁴');
    s.replace(u"\\("_s, u"("_s).replace(u"\\)"_s, u")"_s);
    s.replace(link, u"\\1"_s);
    s.remove(u"**"_s);
    s = s.trimmed();
    s.replace(bullet, QString());
    s.replace(checked, u" [X] "_s);
    s.replace(unchecked, u" [ ] "_s);
    // Single asterisks are emphasis in Markdown exports; the form's text has none.
    s.remove(u'*');
    s.replace(spaces, u" "_s);
    return s.trimmed();
}

bool hasCheckBox(const QString &plain)
{
    return plain.contains(u"[X]"_s) || plain.contains(u"[ ]"_s);
}

QList<MarkedOption> markedOptions(const QString &plain)
{
    QList<MarkedOption> options;
    qsizetype pos = 0;
    Mark current = Mark::None;
    while (pos <= plain.size()) {
        const qsizetype x = plain.indexOf(u"[X]"_s, pos);
        const qsizetype o = plain.indexOf(u"[ ]"_s, pos);
        qsizetype next = -1;
        if (x >= 0 && (o < 0 || x < o))
            next = x;
        else if (o >= 0)
            next = o;
        const QString label = plain.mid(pos, next < 0 ? -1 : next - pos).trimmed();
        if (current != Mark::None || !label.isEmpty())
            options.append({current, label});
        if (next < 0)
            break;
        current = next == x ? Mark::Checked : Mark::Unchecked;
        pos = next + 3;
    }
    return options;
}

bool holdsWithheldMark(const QString &text)
{
    return text.contains(withheldPattern());
}

QList<Redaction> markingsOf(const QString &path, const QString &value)
{
    QList<Redaction> out;
    QStringList exemptions;
    auto it = exemptionPattern().globalMatch(value);
    qsizetype first = -1, last = -1;
    QString rest = value;
    while (it.hasNext()) {
        const auto m = it.next();
        const QString code = m.captured(1);
        const QString sub = m.captured(2);
        QString e = u"(b)(%1)"_s.arg(code);
        if (code == u"7" && !sub.isEmpty())
            e += u"(%1)"_s.arg(sub);
        // Only the exemptions the format knows become markings; others stay a finding.
        static const QStringList known{u"(b)(5)"_s, u"(b)(6)"_s, u"(b)(7)(C)"_s, u"(b)(7)(E)"_s};
        if (!known.contains(e))
            continue;
        if (!exemptions.contains(e))
            exemptions.append(e);
        if (first < 0)
            first = m.capturedStart();
        last = m.capturedEnd();
        rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    if (exemptions.isEmpty())
        return out;
    Redaction r;
    r.path = path;
    r.exemption = exemptions.join(u", "_s);
    // Separators between marks ("(b)(6); (b)(7)(C)") belong to the withheld passage.
    static const QRegularExpression onlySeparators(u"^[\\s;,.]*$"_s);
    if (!onlySeparators.match(rest).hasMatch()) {
        r.start = first;
        r.end = last;
    }
    out.append(r);
    return out;
}

} // namespace smout::legacy
