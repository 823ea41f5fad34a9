#include "RequestMarkers.h"

#include "FieldBinder.h"
#include "model/Roles.h"
#include "review/RequestLog.h"

#include <QAbstractScrollArea>
#include <QBoxLayout>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

using namespace smout;
using namespace Qt::StringLiterals;

RequestMarkers::RequestMarkers(DocumentModel *model, FieldBinder *binder, QWidget *form, QObject *parent)
    : QObject(parent), m_model(model), m_binder(binder), m_form(form)
{
    const auto widgets = form->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const QString path = w->property("smoutPath").toString();
        if (path.isEmpty())
            continue;
        if (!m_fields.contains(path))
            m_fields << path;
        // The context menu of the field and of what it is made of (a text box's viewport, a
        // list's table).
        w->installEventFilter(this);
        for (QWidget *part : w->findChildren<QWidget *>())
            part->installEventFilter(this);
    }
    if (m_fields.isEmpty())
        return;

    m_button = new QPushButton(tr("Request More Information…"));
    m_button->setObjectName(u"requestSectionButton"_s);
    connect(m_button, &QPushButton::clicked, this, [this] {
        // The field being edited, else the section's first.
        QString path = m_fields.first();
        for (QWidget *w = m_form->focusWidget(); w && w != m_form; w = w->parentWidget())
            if (const QString p = w->property("smoutPath").toString(); !p.isEmpty()) {
                path = p;
                break;
            }
        Q_EMIT askRequested(path, m_fields);
    });
    if (auto *box = qobject_cast<QBoxLayout *>(form->layout())) {
        auto *header = new QWidget;
        header->setObjectName(u"sectionHeader"_s);
        auto *row = new QHBoxLayout(header);
        row->setContentsMargins(0, 0, 0, 0);
        auto *title = form->findChild<QLabel *>(u"sectionTitle"_s);
        const int at = title ? box->indexOf(title) : -1;
        if (at >= 0) {
            box->removeWidget(title);
            row->addWidget(title, 1);
        } else {
            row->addStretch(1);
        }
        row->addWidget(m_button, 0, Qt::AlignTop);
        box->insertWidget(std::max(0, at), header);
    }
    connect(model, &DocumentModel::documentReset, this, &RequestMarkers::refresh);
    connect(model, &DocumentModel::valueChanged, this, &RequestMarkers::refresh);
    connect(model, &DocumentModel::roleChanged, this, &RequestMarkers::updateButton);
    refresh();
    updateButton();
}

void RequestMarkers::updateButton()
{
    const Status allowed = review::mayAsk(m_model->role());
    m_button->setEnabled(allowed.ok());
    m_button->setToolTip(allowed ? tr("Ask the program office for more information about a field of this section")
                                 : allowed.error());
}

QLabel *RequestMarkers::noteFor(const QString &path) const
{
    QWidget *anchor = m_binder->anchorFor(path);
    QLabel *note = anchor ? m_notes.value(anchor).data() : nullptr;
    return note && !note->isHidden() ? note : nullptr;
}

void RequestMarkers::refresh()
{
    const QJsonObject json = m_model->value({}).toObject();
    QHash<QWidget *, QStringList> lines;
    for (const InformationRequest &r : m_model->document().requests) {
        if (r.status == RequestStatus::Closed || r.path.isEmpty())
            continue;
        QWidget *anchor = m_binder->anchorFor(r.path);
        if (!anchor)
            continue;
        QString line = r.status == RequestStatus::Open
            ? tr("Request %1 from %2 (open): %3").arg(r.id, roleInSentence(r.role), r.text)
            : tr("Request %1 from %2 (answered): %3").arg(r.id, roleInSentence(r.role), r.text);
        if (review::changedSinceRequest(json, r))
            line += tr(" \u2014 changed since the request");
        lines[anchor] << line;
    }
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        if (it.value() && !lines.contains(it.key()))
            it.value()->hide();
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QPointer<QLabel> &note = m_notes[it.key()];
        if (!note) {
            auto *box = qobject_cast<QBoxLayout *>(it.key()->parentWidget() ? it.key()->parentWidget()->layout() : nullptr);
            if (!box)
                continue;
            note = new QLabel(it.key()->parentWidget());
            note->setObjectName(it.key()->objectName() + u"Request"_s);
            note->setTextFormat(Qt::PlainText);
            note->setWordWrap(true);
            note->setFrameShape(QFrame::StyledPanel);
            note->setMargin(3);
            note->setForegroundRole(QPalette::Link);
            box->insertWidget(box->indexOf(it.key()) + 1, note);
        }
        note->setText(it.value().join(u'\n'));
        note->setAccessibleName(note->text());
        note->show();
    }
}

QString RequestMarkers::pathOf(QObject *watched) const
{
    for (auto *w = qobject_cast<QWidget *>(watched); w && w != m_form; w = w->parentWidget())
        if (const QString p = w->property("smoutPath").toString(); !p.isEmpty())
            return p;
    return {};
}

bool RequestMarkers::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    const QString path = pathOf(watched);
    if (path.isEmpty())
        return QObject::eventFilter(watched, event);
    auto *e = static_cast<QContextMenuEvent *>(event);
    // A text field keeps its own editing commands above the request.
    QMenu *menu = nullptr;
    QWidget *field = qobject_cast<QWidget *>(watched);
    while (field && field->property("smoutPath").toString().isEmpty())
        field = field->parentWidget();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        menu = line->createStandardContextMenu();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        menu = text->createStandardContextMenu(text->viewport()->mapFromGlobal(e->globalPos()));
    else
        menu = new QMenu;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *ask = menu->addAction(tr("Request More Information…"));
    ask->setObjectName(u"requestFieldAction"_s);
    connect(ask, &QAction::triggered, this, [this, path] { Q_EMIT askRequested(path, m_fields); });
    menu->popup(e->globalPos());
    return true;
}
