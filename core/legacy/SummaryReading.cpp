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

// PIAs and SORNs are listed the same way: an id, a title, and perhaps a date at the end.
// `refine` takes what else a kind of reference carries out of the title (a SORN's FR citation).
template<typename Ref>
void Reader::readReferences(Block &b, const QRegularExpression &idPattern, QList<Ref> &out, const char *path,
                            const std::function<void(Ref &, QString &)> &refine)
{
    QList<Line *> lines;
    Line restLine{b.rest, b.where};
    if (!b.rest.isEmpty())
        lines << &restLine;
    for (Line &l : b.body)
        lines << &l;
    for (Line *l : lines) {
        auto [id, title] = idAndTitle(l->text, idPattern);
        if (id.isEmpty())
            continue;
        l->used = true;
        Ref ref;
        ref.id = id;
        if (const auto m = dateAtEnd().match(title); m.hasMatch()) {
            ref.date = parseDate(m.captured(1));
            if (ref.date)
                title = title.left(m.capturedStart()).trimmed();
        }
        if (refine)
            refine(ref, title);
        while (title.endsWith(u',') || title.endsWith(u';'))
            title.chop(1);
        ref.title = title;
        note(u"%1[%2]"_s.arg(QLatin1StringView(path)).arg(out.size()), l->where);
        out << ref;
    }
}

void Reader::readPias(Block &b)
{
    readReferences<PiaRef>(b, piaIdPattern(), m_doc.summary.pias, "summary.pias", {});
}

void Reader::readSorns(Block &b)
{
    static const QRegularExpression fr(u"[,(]?\\s*(\\d{1,3}\\s+FR\\s+\\d+)\\s*\\)?"_s);
    readReferences<SornRef>(b, sornIdPattern(), m_doc.summary.sorns, "summary.sorns", [](SornRef &ref, QString &title) {
        if (const auto m = fr.match(title); m.hasMatch()) {
            ref.federalRegister = m.captured(1);
            title.remove(m.capturedStart(), m.capturedLength());
            title = title.trimmed();
        }
    });
}

} // namespace smout::legacy::form
