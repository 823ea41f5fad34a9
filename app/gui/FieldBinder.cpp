#include "FieldBinder.h"

#include "ChoiceGroupFrame.h"
#include "DateField.h"
#include "DescriptionParts.h"
#include "ListEditor.h"
#include "ListItemNames.h"
#include "RadioGroupKeys.h"
#include "ReadOnlyChoice.h"
#include "SeverityColors.h"
#include "model/FieldNames.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocumentFragment>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

QJsonValue withCode(QJsonArray list, const QString &code, bool on)
{
    for (qsizetype i = list.size() - 1; i >= 0; --i)
        if (list[i].toString() == code)
            list.removeAt(i);
    if (on)
        list.append(code);
    return list;
}

// What a row of radio buttons asks, for their names ("Rule a) Equipment: Yes"): the row's own
// accessible name, else the short label just above it, else the field's name.
QString groupName(QWidget *row, const QString &path)
{
    if (!row->accessibleName().isEmpty())
        return row->accessibleName();
    QWidget *parent = row->parentWidget();
    if (auto *box = qobject_cast<QBoxLayout *>(parent ? parent->layout() : nullptr)) {
        for (int i = box->indexOf(row) - 1; i >= 0; --i) {
            QWidget *item = box->itemAt(i)->widget();
            auto *label = qobject_cast<QLabel *>(item);
            // A label in a row of its own (indented) names what follows it just the same.
            if (!label && item && item->findChildren<QWidget *>().size() == 1)
                label = item->findChild<QLabel *>();
            if (!label)
                continue;
            QString text = QTextDocumentFragment::fromHtml(label->text()).toPlainText().simplified();
            if (text.endsWith(u':'))
                text.chop(1);
            if (!text.isEmpty() && text.size() <= 60)
                return text;
            break;
        }
    }
    return fieldName(path);
}

// The row a choice sits in, past the label row a long option is wrapped in; for options that
// each have a row of their own (the review's item 3), the widget holding those rows.
QWidget *choiceRow(QWidget *button)
{
    QWidget *row = button->parentWidget();
    if (row->property("wrappedChoice").toBool())
        row = row->parentWidget();
    if (QWidget *group = row->parentWidget(); group && group->property("radioGroup").toBool())
        return group;
    return row;
}

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
    refreshChoicePalette(w); // a checked box must not come back greyed out
    w->update();
}

} // namespace

FieldBinder::FieldBinder(DocumentModel *model, QWidget *form, QObject *parent)
    : QObject(parent), m_model(model), m_form(form)
{
    const auto widgets = form->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        if (w->property("smoutPath").isValid())
            bind(w);
    for (QButtonGroup *group : std::as_const(m_radioGroups))
        keepRadioGroupKeys(group);
    connect(model, &DocumentModel::documentReset, this, &FieldBinder::refresh);
    connect(model, &DocumentModel::documentReset, this, &FieldBinder::showFindings);
    connect(model, &DocumentModel::documentReset, this, &FieldBinder::releaseClearedMessages);
    connect(model, &DocumentModel::valueChanged, this, &FieldBinder::refresh);
    // The finding of an answer follows the chosen button, even when the findings stay the same.
    connect(model, &DocumentModel::valueChanged, this, &FieldBinder::showFindings);
    connect(model, &DocumentModel::findingsChanged, this, &FieldBinder::showFindings);
    connect(model, &DocumentModel::roleChanged, this, &FieldBinder::applyRole);
    refresh();
    applyRole();
    showFindings(); // the findings of the document as it opens, before any edit
    form->installEventFilter(this);
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_form && event->type() == QEvent::PaletteChange)
        showFindings();
    // Out of sight nothing can move under the pointer: the room of answered findings is given back.
    if (watched == m_form && event->type() == QEvent::Hide)
        releaseClearedMessages();
    return QObject::eventFilter(watched, event);
}

void FieldBinder::releaseClearedMessages()
{
    for (QLabel *label : std::as_const(m_messages)) {
        if (!label->isHidden() || !label->sizePolicy().retainSizeWhenHidden())
            continue;
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(false);
        label->setSizePolicy(policy);
    }
}

void FieldBinder::bind(QWidget *w)
{
    Binding b{w, w->property("smoutPath").toString(), w->property("smoutCode").toString()};
    m_bindings.append(b);
    // What a screen reader says after the name: the form's own help, else where the field
    // sits in the form and how it is filled in. Findings are added to it while they last.
    QString description = !w->accessibleDescription().isEmpty() ? w->accessibleDescription() : w->toolTip();
    if (description.isEmpty()) {
        const QString name = fieldName(b.path);
        if (qobject_cast<DateField *>(w))
            description = tr("%1. A date as YYYY-MM-DD, empty when not set.").arg(name);
        else if (qobject_cast<ListEditor *>(w))
            description = tr("%1. A list: add, remove and reorder its entries with the buttons beside it.").arg(name);
        else if (qobject_cast<QComboBox *>(w))
            description = tr("%1. Choose one.").arg(name);
        else
            description = name;
    }
    w->setProperty("editableHelp", description);
    setDescriptionPart(w, DescriptionPart::Help, description);
    if (auto *d = qobject_cast<DateField *>(w)) {
        connect(d, &DateField::dateEdited, this, [this, b] { write(b); });
        connect(d, &DateField::textRefused, this, &FieldBinder::refused);
        connect(d, &DateField::calendarDayChosen, this, &FieldBinder::announce);
    } else if (auto *e = qobject_cast<QLineEdit *>(w))
        connect(e, &QLineEdit::textEdited, this, [this, b] { write(b); });
    else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
        connect(t, &QPlainTextEdit::textChanged, this, [this, b] { write(b); });
    else if (auto *c = qobject_cast<QCheckBox *>(w))
        connect(c, &QCheckBox::toggled, this, [this, b] { write(b); });
    else if (auto *r = qobject_cast<QRadioButton *>(w))
        bindRadio(r, b);
    else if (auto *box = qobject_cast<QComboBox *>(w)) {
        box->addItem(tr("(choose the component)"), QString());
        for (const auto &c : knownComponents())
            box->addItem(QString(c.code) + u" \u2014 "_s + c.name, QString(c.code));
        connect(box, &QComboBox::activated, this, [this, b] { write(b); });
    } else if (auto *list = qobject_cast<ListEditor *>(w)) {
        list->setItemName(listItemName(b.path));
        connect(list, &ListEditor::edited, this, [this, b] { write(b); });
    }
}

void FieldBinder::bindRadio(QRadioButton *r, const Binding &b)
{
    // One exclusive group per answer, so screen readers hear radio buttons in a named group
    // (an auto-exclusive button is exposed as a radio button, a non-exclusive one as a check box).
    QButtonGroup *&group = m_radioGroups[b.path];
    if (!group)
        group = new QButtonGroup(this);
    group->addButton(r);
    QWidget *row = choiceRow(r);
    // A finding's 2 px frame is drawn around the row: room for it inside the row from the
    // start, so it never covers half a radio button and nothing moves when it appears.
    if (QLayout *inside = row->layout()) {
        const int frame = 3;
        const QMargins m = inside->contentsMargins();
        inside->setContentsMargins(std::max(m.left(), frame), std::max(m.top(), frame), std::max(m.right(), frame),
                                   std::max(m.bottom(), frame));
    }
    const QString question = groupName(row, b.path);
    if (row->accessibleName().isEmpty())
        row->setAccessibleName(question);
    const QString text = r->property("choiceText").isValid() ? r->property("choiceText").toString() : r->text();
    r->setAccessibleName(tr("%1: %2").arg(question, QString(text).remove(u'&')));
    // The rows between an option and its group are named by the option, not left as unnamed
    // groupings a screen reader announces before the question.
    for (QWidget *between = r->parentWidget(); between && between != row; between = between->parentWidget())
        if (between->accessibleName().isEmpty())
            between->setAccessibleName(QString(text).remove(u'&'));
    connect(r, &QRadioButton::toggled, this, [this, b](bool on) {
        if (on)
            write(b);
    });
    // A second click (or Space) on the chosen answer clears it: the document may leave it unset.
    connect(r, &QRadioButton::pressed, r, [r] { r->setProperty("wasChecked", r->isChecked()); });
    connect(r, &QRadioButton::clicked, this, [this, b, r] {
        if (r->property("wasChecked").toBool() && !m_showing && m_model->value(b.path).toString() == b.code)
            if (const Status cleared = m_model->setValue(b.path, QJsonValue::Null); !cleared)
                Q_EMIT refused(cleared.error());
    });
}

void FieldBinder::write(const Binding &b)
{
    if (m_showing || !b.widget)
        return;
    QWidget *w = b.widget;
    QJsonValue value;
    if (auto *d = qobject_cast<DateField *>(w))
        value = d->date().isValid() ? QJsonValue(d->date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    else if (auto *e = qobject_cast<QLineEdit *>(w))
        value = e->text();
    else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
        value = t->toPlainText();
    else if (auto *c = qobject_cast<QCheckBox *>(w))
        value = b.code.isEmpty() ? QJsonValue(c->isChecked())
                                 : withCode(m_model->value(b.path).toArray(), b.code, c->isChecked());
    else if (auto *r = qobject_cast<QRadioButton *>(w)) {
        if (!r->isChecked())
            return;
        value = b.code;
    }
    else if (auto *box = qobject_cast<QComboBox *>(w))
        value = box->currentData().toString();
    else if (auto *list = qobject_cast<ListEditor *>(w))
        value = list->array();
    if (const Status set = m_model->setValue(b.path, value); !set) {
        show(b); // the widget shows the value the document still holds
        Q_EMIT refused(set.error());
    }
}

void FieldBinder::show(const Binding &b)
{
    QWidget *w = b.widget;
    const QJsonValue v = m_model->value(b.path);
    if (auto *d = qobject_cast<DateField *>(w)) {
        d->setDate(QDate::fromString(v.toString(), Qt::ISODate));
    } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
        if (e->text() != v.toString())
            e->setText(v.toString());
    } else if (auto *t = qobject_cast<QPlainTextEdit *>(w)) {
        if (t->toPlainText() != v.toString())
            t->setPlainText(v.toString());
    } else if (auto *c = qobject_cast<QCheckBox *>(w))
        c->setChecked(b.code.isEmpty() ? v.toBool() : v.toArray().contains(b.code));
    else if (auto *r = qobject_cast<QRadioButton *>(w)) {
        const bool on = v.toString() == b.code;
        if (on != r->isChecked()) {
            // An exclusive group keeps one button checked; an unset answer unchecks them all.
            QButtonGroup *group = r->group();
            if (!on && group)
                group->setExclusive(false);
            r->setChecked(on);
            if (!on && group)
                group->setExclusive(true);
        }
    }
    else if (auto *box = qobject_cast<QComboBox *>(w)) {
        const int i = box->findData(v.toString());
        if (i >= 0)
            box->setCurrentIndex(i);
        else {
            box->addItem(v.toString(), v.toString());
            box->setCurrentIndex(box->count() - 1);
        }
    } else if (auto *list = qobject_cast<ListEditor *>(w))
        list->setArray(v.toArray());
}

void FieldBinder::refresh()
{
    m_showing = true;
    for (const Binding &b : std::as_const(m_bindings))
        if (b.widget)
            show(b);
    m_showing = false;
}

QWidget *FieldBinder::widgetFor(const QString &path) const
{
    QWidget *best = nullptr;
    qsizetype bestLength = -1;
    for (const Binding &b : m_bindings) {
        if (!b.widget)
            continue;
        const bool exact = path == b.path;
        const bool parent = path.startsWith(b.path)
            && (path.size() > b.path.size() && (path[b.path.size()] == u'.' || path[b.path.size()] == u'['));
        const bool child = b.path.startsWith(path + u'.'); // a section-level path: its first field
        if ((exact || parent) && b.path.size() > bestLength) {
            best = b.widget;
            bestLength = b.path.size();
        } else if (child && !best)
            best = b.widget;
    }
    return best;
}

QWidget *FieldBinder::anchorFor(const QString &path) const
{
    QWidget *w = widgetFor(path);
    return w ? messageAnchorFor(w) : nullptr;
}

bool FieldBinder::focusPath(const QString &path)
{
    QWidget *w = widgetFor(path);
    if (!w)
        return false;
    if (auto *list = qobject_cast<ListEditor *>(w)) {
        const qsizetype open = path.indexOf(u'[', w->property("smoutPath").toString().size());
        list->selectRow(open >= 0 ? path.mid(open + 1, path.indexOf(u']', open) - open - 1).toInt() : 0);
    } else
        focusTargetFor(w)->setFocus(Qt::OtherFocusReason);
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            scroll->ensureWidgetVisible(w, 40, 80);
            break;
        }
    return true;
}

QWidget *FieldBinder::focusTargetFor(QWidget *w) const
{
    if (auto *list = qobject_cast<ListEditor *>(w))
        return list->table();
    if (w->property("smoutCode").toString().isEmpty())
        return w;
    // An answer or a list of codes: the chosen button, else the first one.
    const QString path = w->property("smoutPath").toString();
    QWidget *first = nullptr;
    for (const Binding &b : m_bindings) {
        if (b.path != path || b.code.isEmpty() || !b.widget)
            continue;
        if (!first)
            first = b.widget;
        if (auto *button = qobject_cast<QAbstractButton *>(b.widget.data()); button && button->isChecked())
            return button;
    }
    return first ? first : w;
}

QWidget *FieldBinder::messageAnchorFor(QWidget *w) const
{
    // Radio buttons share one row: the message goes under the row; check boxes of one list
    // are stacked: under the last of them.
    if (qobject_cast<QRadioButton *>(w))
        return choiceRow(w);
    if (qobject_cast<QCheckBox *>(w)) {
        QWidget *last = w;
        if (!w->property("smoutCode").toString().isEmpty()) {
            const QString path = w->property("smoutPath").toString();
            for (const Binding &b : m_bindings)
                if (b.path == path && b.widget)
                    last = b.widget;
        }
        return last->parentWidget()->property("wrappedChoice").toBool() ? last->parentWidget() : last;
    }
    return w;
}

QWidget *FieldBinder::groupFrameFor(QWidget *box, const QString &findingPath)
{
    const QString path = box->property("smoutPath").toString();
    const bool coded = !box->property("smoutCode").toString().isEmpty();
    if (!coded && findingPath == path)
        return nullptr; // about this one box, not about its group
    const QString group = coded ? path : path.left(path.lastIndexOf(u'.'));
    if (ChoiceGroupFrame *frame = m_groupFrames.value(group))
        return frame;
    QList<QWidget *> rows;
    for (const Binding &b : std::as_const(m_bindings)) {
        if (!b.widget || !qobject_cast<QCheckBox *>(b.widget.data()))
            continue;
        if (coded ? b.path != group : b.path.left(b.path.lastIndexOf(u'.')) != group || !b.code.isEmpty())
            continue;
        // The box with what holds it alone: its wrapped label, the row that indents it.
        QWidget *row = b.widget.data();
        while (row->parentWidget() && row->parentWidget() != m_form
               && row->parentWidget()->findChildren<QCheckBox *>().size() == 1)
            row = row->parentWidget();
        if (!rows.isEmpty() && row->parentWidget() != rows.first()->parentWidget())
            return nullptr; // not side by side in one form: each box keeps its own outline
        rows << row;
    }
    if (rows.size() < 2)
        return nullptr;
    auto *frame = new ChoiceGroupFrame(rows);
    frame->setObjectName(box->objectName() + u"GroupFrame"_s);
    // Screen readers list it among the boxes while it is shown: named by the question it outlines.
    frame->setAccessibleName(fieldName(group));
    m_groupFrames.insert(group, frame);
    return frame;
}

QLabel *FieldBinder::messageLabelFor(QWidget *anchor)
{
    if (auto it = m_messages.constFind(anchor); it != m_messages.cend())
        return it.value();
    auto *box = qobject_cast<QBoxLayout *>(anchor->parentWidget() ? anchor->parentWidget()->layout() : nullptr);
    if (!box)
        return nullptr;
    auto *label = new QLabel(anchor->parentWidget());
    label->setObjectName(anchor->objectName() + u"Message"_s);
    label->setWordWrap(true);
    label->setVisible(false);
    box->insertWidget(box->indexOf(anchor) + 1, label);
    m_messages.insert(anchor, label);
    return label;
}

void FieldBinder::describe(QWidget *focus, const QStringList &messages)
{
    // The finding's text goes where a screen reader is when the user reaches the field; a
    // control that is not a field itself (a list's table) keeps its own description first.
    if (!focus->property("editableHelp").isValid() && descriptionPart(focus, DescriptionPart::Help).isEmpty())
        setDescriptionPart(focus, DescriptionPart::Help, focus->accessibleDescription());
    setDescriptionPart(focus, DescriptionPart::Findings, messages.join(u' '));
}

void FieldBinder::showFindings()
{
    QHash<QWidget *, Mark> marks; // by the control that takes the focus
    for (const Finding &f : m_model->findings()) {
        QWidget *w = widgetFor(f.path);
        if (!w)
            continue;
        QWidget *focus = focusTargetFor(w);
        Mark &mark = marks[focus];
        if (mark.messages.isEmpty()) {
            mark.focus = focus;
            mark.anchor = messageAnchorFor(w);
            // A row of radio buttons is outlined as a whole; a list around its table (restyling
            // the table itself while a cell is edited upsets its editor).
            mark.outlined = qobject_cast<QRadioButton *>(w) ? choiceRow(w) : qobject_cast<ListEditor *>(w) ? w : focus;
            if (QWidget *frame = qobject_cast<QCheckBox *>(w) ? groupFrameFor(w, f.path) : nullptr)
                mark.outlined = frame;
            mark.worst = f.severity;
        }
        mark.messages << f.message;
        mark.worst = std::min(mark.worst, f.severity);
    }
    for (const Mark &old : std::as_const(m_marks)) {
        const Mark now = marks.value(old.focus);
        if (old.anchor && old.anchor != now.anchor)
            if (QLabel *label = m_messages.value(old.anchor))
                label->setVisible(false);
        if (old.outlined && old.outlined != now.outlined) {
            old.outlined->setProperty("finding", QVariant());
            repolish(old.outlined);
        }
        if (old.focus && !marks.contains(old.focus))
            describe(old.focus, {});
    }
    for (const Mark &mark : std::as_const(marks)) {
        const QString level = severityCode(mark.worst);
        if (mark.outlined->property("finding").toString() != level) {
            mark.outlined->setAttribute(Qt::WA_StyledBackground); // a plain row draws its outline too
            mark.outlined->setProperty("finding", level);
            repolish(mark.outlined);
        }
        describe(mark.focus, mark.messages);
        if (QLabel *label = messageLabelFor(mark.anchor)) {
            label->setText(mark.messages.join(u"\n"_s));
            // The label's outline follows the severity: re-polished, or it keeps the old colour.
            if (label->property("finding").toString() != level) {
                label->setProperty("finding", level);
                repolish(label);
            }
            QPalette palette = label->palette();
            palette.setColor(QPalette::WindowText, severityColor(mark.worst, mark.focus->palette()));
            label->setPalette(palette);
            label->setVisible(true);
            // Once the finding is answered the message goes, but its room stays while the
            // section is shown: the fields below do not jump up under the pointer.
            QSizePolicy policy = label->sizePolicy();
            policy.setRetainSizeWhenHidden(true);
            label->setSizePolicy(policy);
        }
    }
    m_marks = marks;
}

void FieldBinder::applyRole()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (!b.widget)
            continue;
        const bool editable = m_model->isEditable(b.path);
        if (auto *d = qobject_cast<DateField *>(b.widget)) {
            d->setReadOnly(!editable);
            // How to type a date is no help where it cannot be typed.
            setDescriptionPart(d, DescriptionPart::Help,
                               editable ? d->property("editableHelp").toString()
                                        : tr("A date, read-only for your role; empty when not set."));
        } else if (auto *e = qobject_cast<QLineEdit *>(b.widget))
            e->setReadOnly(!editable);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(b.widget))
            t->setReadOnly(!editable);
        else if (auto *list = qobject_cast<ListEditor *>(b.widget))
            list->setEditable(editable);
        else if (qobject_cast<QAbstractButton *>(b.widget))
            setChoiceReadOnly(b.widget, !editable); // still reachable by Tab and a screen reader
        else if (qobject_cast<QComboBox *>(b.widget)) {
            setChoiceReadOnly(b.widget, !editable);
            setDescriptionPart(b.widget, DescriptionPart::Help,
                               editable ? b.widget->property("editableHelp").toString()
                                        : tr("%1. Read-only for your role.").arg(fieldName(b.path)));
        }
        else
            b.widget->setEnabled(editable);
    }
}
