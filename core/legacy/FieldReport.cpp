#include "FieldReport.h"

#include "LegacyText.h"

namespace smout::legacy {

using namespace Qt::StringLiterals;

QString statusCode(FieldStatus s)
{
    switch (s) {
    case FieldStatus::Mapped:
        return u"mapped"_s;
    case FieldStatus::Inferred:
        return u"inferred"_s;
    case FieldStatus::Missing:
        break;
    }
    return u"missing"_s;
}

void FieldNotes::mapped(const QString &path, const QString &source)
{
    m_notes.insert(path, {path, FieldStatus::Mapped, source, {}});
}

void FieldNotes::inferred(const QString &path, const QString &source, const QString &reason)
{
    m_notes.insert(path, {path, FieldStatus::Inferred, source, reason});
}

void FieldNotes::missing(const QString &path, const QString &reason)
{
    m_notes.insert(path, {path, FieldStatus::Missing, {}, reason});
}

namespace {

bool holdsNothing(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
        || (v.isBool() && !v.toBool());
}

QString notFound()
{
    return LegacyText::tr("not found in the source");
}

} // namespace

QList<FieldReport> FieldNotes::reportFor(const QList<Leaf> &leaves) const
{
    QList<FieldReport> out;
    const auto noteFor = [&](const QString &path, const QJsonValue &v) {
        if (const auto it = m_notes.constFind(path); it != m_notes.constEnd())
            return *it;
        if (!holdsNothing(v)) {
            // The nearest noted entry or list above this leaf.
            QString p = path;
            while (!p.isEmpty()) {
                const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
                if (cut <= 0)
                    break;
                p.truncate(cut);
                if (const auto it = m_notes.constFind(p); it != m_notes.constEnd()) {
                    FieldReport r = *it;
                    r.path = path;
                    return r;
                }
            }
        }
        return FieldReport{path, FieldStatus::Missing, {}, notFound()};
    };
    for (const Leaf &leaf : leaves) {
        FieldReport r = noteFor(leaf.path, leaf.value.isArray() ? QJsonValue() : leaf.value);
        r.path = leaf.path;
        out.append(r);
    }
    return out;
}

} // namespace smout::legacy
