#include "FindingsAnnouncer.h"

#include "model/FieldNames.h"

#include <QAccessible>
#include <QAccessibleWidget>

#include <algorithm>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

// A notification whose name is the announcement: Orca speaks a notification when it is
// shown (object:state-changed:showing), whatever has the focus.
class NotificationAccessible : public QAccessibleWidget {
public:
    explicit NotificationAccessible(QWidget *w) : QAccessibleWidget(w, QAccessible::Notification) {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *notificationRole(const QString &className, QObject *object)
{
    if (className == u"FindingsAnnouncer"_s && object && object->isWidgetType())
        return new NotificationAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.ruleId == b.ruleId && a.path == b.path;
}

} // namespace

FindingsAnnouncer::FindingsAnnouncer(DocumentModel *model, QWidget *parent)
    : QLabel(parent), m_model(model), m_previous(model->findings())
{
    static const bool installed = [] {
        QAccessible::installFactory(notificationRole);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(u"findingsAnnouncer"_s);
    setTextFormat(Qt::PlainText);
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &FindingsAnnouncer::announce);
    connect(model, &DocumentModel::findingsChanged, &m_pause, qOverload<>(&QTimer::start));
    // Another document is not news about an edit: its findings are the new starting point.
    connect(model, &DocumentModel::documentReset, this, [this] {
        m_pause.stop();
        m_previous = m_model->findings();
        clear();
    });
}

void FindingsAnnouncer::announce()
{
    const Findings &now = m_model->findings();
    QStringList parts;
    Findings added;
    for (const Finding &f : now)
        if (f.severity == Severity::Error
            && std::none_of(m_previous.begin(), m_previous.end(), [&f](const Finding &p) { return sameFinding(f, p); }))
            added << f;
    for (const Finding &f : added.mid(0, 2))
        parts << tr("New error in %1: %2").arg(fieldName(f.path), f.message);
    if (added.size() > 2)
        parts << tr("%n more new error(s).", nullptr, int(added.size() - 2));
    const int errors = countOf(now, Severity::Error), warnings = countOf(now, Severity::Warning);
    if (errors != countOf(m_previous, Severity::Error) || warnings != countOf(m_previous, Severity::Warning))
        parts << tr("Now %n error(s)", nullptr, errors) + u", "_s + tr("%n warning(s).", nullptr, warnings);
    m_previous = now;
    if (parts.isEmpty())
        return;
    say(parts.join(u' '));
}

void FindingsAnnouncer::say(const QString &text)
{
    setText(text);
    // Qt 6.4 has no announcement event, and AT-SPI drops its Alert event; a notification
    // shown again is what Orca 43 speaks.
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
    Q_EMIT announced(text);
}
