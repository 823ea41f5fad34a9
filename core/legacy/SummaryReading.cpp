#include "FormReading.h"

namespace smout::legacy::form {

void Reader::readComponent(Block &b)
{
    auto [name, where] = answerOf(b);
    while (name.endsWith(u'.'))
        name.chop(1);
    m_componentNamed = name;
    if (name.isEmpty())
        return;
    static const QRegularExpression codeInParens(u"\\(([A-Z&]+)\\)\\s*$"_s);
    const QString bare = QString(name).remove(codeInParens).trimmed();
    for (const ComponentInfo &c : knownComponents()) {
        const QString full = c.name;
        const QString withoutUs = QString(full).remove(u"U.S. "_s);
        if (name.compare(QString(c.code), Qt::CaseInsensitive) == 0
            || bare.compare(full, Qt::CaseInsensitive) == 0
            || bare.compare(withoutUs, Qt::CaseInsensitive) == 0) {
            m_doc.summary.component = QString(c.code);
            note(u"summary.component"_s, where);
            return;
        }
    }
    m_unplaced.append({where, name});
}

void Reader::readPersons(Block &b, QList<Person> &out, const char *path)
{
    QStringList texts;
    QStringList wheres;
    if (!b.rest.isEmpty()) {
        texts << b.rest;
        wheres << b.where;
    }
    for (Line &l : b.body) {
        texts << l.text;
        wheres << l.where;
        l.used = true;
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (const Person &p : personsOf(texts[i])) {
            note(u"%1[%2]"_s.arg(QLatin1StringView(path)).arg(out.size()), wheres[i]);
            out.append(p);
        }
    }
}

void Reader::readSystems(Block &b)
{
    QStringList texts;
    if (!b.rest.isEmpty())
        texts << b.rest;
    for (const QString &p : paragraphs(b))
        texts << p;
    for (QString t : texts) {
        while (t.endsWith(u'.') || t.endsWith(u';'))
            t.chop(1);
        for (QString item : t.split(QRegularExpression(u"\\s*[;,]\\s*"_s), Qt::SkipEmptyParts)) {
            if (item.startsWith(u"and "_s))
                item = item.mid(4);
            note(u"summary.it_systems[%1]"_s.arg(m_doc.summary.itSystems.size()), b.where);
            m_doc.summary.itSystems << item.trimmed();
        }
    }
}

void Reader::readPias(Block &b)
{
    QList<Line *> lines;
    Line restLine{b.rest, b.where};
    if (!b.rest.isEmpty())
        lines << &restLine;
    for (Line &l : b.body)
        lines << &l;
    for (Line *l : lines) {
        auto [pid, title] = idAndTitle(l->text, piaIdPattern());
        if (pid.isEmpty())
            continue;
        l->used = true;
        PiaRef ref;
        ref.id = pid;
        const QString base = u"summary.pias[%1]"_s.arg(m_doc.summary.pias.size());
        if (const auto m = dateAtEnd().match(title); m.hasMatch()) {
            ref.date = parseDate(m.captured(1));
            if (ref.date)
                title = title.left(m.capturedStart()).trimmed();
        }
        while (title.endsWith(u',') || title.endsWith(u';'))
            title.chop(1);
        ref.title = title;
        note(base, l->where);
        m_doc.summary.pias << ref;
    }
}

void Reader::readSorns(Block &b)
{
    QList<Line *> lines;
    Line restLine{b.rest, b.where};
    if (!b.rest.isEmpty())
        lines << &restLine;
    for (Line &l : b.body)
        lines << &l;
    static const QRegularExpression fr(u"[,(]?\\s*(\\d{1,3}\\s+FR\\s+\\d+)\\s*\\)?"_s);
    for (Line *l : lines) {
        auto [sid, title] = idAndTitle(l->text, sornIdPattern());
        if (sid.isEmpty())
            continue;
        l->used = true;
        SornRef ref;
        ref.id = sid;
        const QString base = u"summary.sorns[%1]"_s.arg(m_doc.summary.sorns.size());
        if (const auto m = dateAtEnd().match(title); m.hasMatch()) {
            ref.date = parseDate(m.captured(1));
            if (ref.date)
                title = title.left(m.capturedStart()).trimmed();
        }
        if (const auto m = fr.match(title); m.hasMatch()) {
            ref.federalRegister = m.captured(1);
            title.remove(m.capturedStart(), m.capturedLength());
            title = title.trimmed();
        }
        while (title.endsWith(u',') || title.endsWith(u';'))
            title.chop(1);
        ref.title = title;
        note(base, l->where);
        m_doc.summary.sorns << ref;
    }
}

} // namespace smout::legacy::form
