#include "FieldBinder.h"

#include "ListEditor.h"
#include "SeverityColors.h"
#include "model/FieldNames.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

const QDate NotSet(1900, 1, 1);

QJsonValue withCode(QJsonArray list, const QString &code, bool on)
{
    for (qsizetype i = list.size() - 1; i >= 0; --i)
        if (list[i].toString() == code)
            list.removeAt(i);
    if (on)
        list.append(code);
    return list;
}

} // namespace

FieldBinder::FieldBinder(DocumentModel *model, QWidget *form, QObject *parent)
    : QObject(parent), m_model(model), m_form(form)
{
    const auto widgets = form->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        if (w->property("smoutPath").isValid())
            bind(w);
    connect(model, &DocumentModel::documentReset, this, &FieldBinder::refresh);
    connect(model, &DocumentModel::valueChanged, this, &FieldBinder::refresh);
    connect(model, &DocumentModel::findingsChanged, this, &FieldBinder::showFindings);
    connect(model, &DocumentModel::roleChanged, this, &FieldBinder::applyRole);
    refresh();
    applyRole();
    form->installEventFilter(this);
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_form && event->type() == QEvent::PaletteChange)
        showFindings();
    return QObject::eventFilter(watched, event);
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
        if (qobject_cast<QDateEdit *>(w))
            description = tr("%1. A date, or Not set.").arg(name);
        else if (qobject_cast<ListEditor *>(w))
            description = tr("%1. A list: add, remove and reorder its entries with the buttons beside it.").arg(name);
        else if (qobject_cast<QComboBox *>(w))
            description = tr("%1. Choose one.").arg(name);
        else
            description = name;
    }
    w->setProperty("baseDescription", description);
    w->setAccessibleDescription(description);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        connect(e, &QLineEdit::textEdited, this, [this, b] { write(b); });
    else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
        connect(t, &QPlainTextEdit::textChanged, this, [this, b] { write(b); });
    else if (auto *c = qobject_cast<QCheckBox *>(w))
        connect(c, &QCheckBox::toggled, this, [this, b] { write(b); });
    else if (auto *r = qobject_cast<QRadioButton *>(w)) {
        r->setAutoExclusive(false);
        connect(r, &QRadioButton::toggled, this, [this, b] { write(b); });
    } else if (auto *d = qobject_cast<QDateEdit *>(w)) {
        d->setMinimumDate(NotSet);
        d->setSpecialValueText(tr("Not set"));
        connect(d, &QDateEdit::dateChanged, this, [this, b] { write(b); });
    } else if (auto *box = qobject_cast<QComboBox *>(w)) {
        box->addItem(tr("(choose the component)"), QString());
        for (const auto &c : knownComponents())
            box->addItem(QString(c.code) + u" \u2014 "_s + c.name, QString(c.code));
        connect(box, &QComboBox::activated, this, [this, b] { write(b); });
    } else if (auto *list = qobject_cast<ListEditor *>(w))
        connect(list, &ListEditor::edited, this, [this, b] { write(b); });
}

void FieldBinder::write(const Binding &b)
{
    if (m_showing || !b.widget)
        return;
    QWidget *w = b.widget;
    QJsonValue value;
    if (auto *e = qobject_cast<QLineEdit *>(w))
        value = e->text();
    else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
        value = t->toPlainText();
    else if (auto *c = qobject_cast<QCheckBox *>(w))
        value = b.code.isEmpty() ? QJsonValue(c->isChecked())
                                 : withCode(m_model->value(b.path).toArray(), b.code, c->isChecked());
    else if (auto *r = qobject_cast<QRadioButton *>(w)) {
        if (r->isChecked())
            value = b.code;
        else if (m_model->value(b.path).toString() == b.code)
            value = QJsonValue::Null; // a second click on the chosen answer clears it
        else
            return;
    } else if (auto *d = qobject_cast<QDateEdit *>(w))
        value = d->date() == NotSet ? QJsonValue(QJsonValue::Null) : QJsonValue(d->date().toString(Qt::ISODate));
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
    if (auto *e = qobject_cast<QLineEdit *>(w)) {
        if (e->text() != v.toString())
            e->setText(v.toString());
    } else if (auto *t = qobject_cast<QPlainTextEdit *>(w)) {
        if (t->toPlainText() != v.toString())
            t->setPlainText(v.toString());
    } else if (auto *c = qobject_cast<QCheckBox *>(w))
        c->setChecked(b.code.isEmpty() ? v.toBool() : v.toArray().contains(b.code));
    else if (auto *r = qobject_cast<QRadioButton *>(w))
        r->setChecked(v.toString() == b.code);
    else if (auto *d = qobject_cast<QDateEdit *>(w)) {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        d->setDate(date.isValid() ? date : NotSet);
    } else if (auto *box = qobject_cast<QComboBox *>(w)) {
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

bool FieldBinder::focusPath(const QString &path)
{
    QWidget *w = widgetFor(path);
    if (!w)
        return false;
    if (auto *list = qobject_cast<ListEditor *>(w)) {
        const qsizetype open = path.indexOf(u'[', w->property("smoutPath").toString().size());
        list->selectRow(open >= 0 ? path.mid(open + 1, path.indexOf(u']', open) - open - 1).toInt() : 0);
    } else
        w->setFocus(Qt::OtherFocusReason);
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            scroll->ensureWidgetVisible(w, 40, 80);
            break;
        }
    return true;
}

QLabel *FieldBinder::messageLabelFor(QWidget *w)
{
    // Radio buttons share one row: the message goes under the row.
    QWidget *anchor = qobject_cast<QRadioButton *>(w) ? w->parentWidget() : w;
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

void FieldBinder::showFindings()
{
    QHash<QWidget *, QStringList> messages;
    QHash<QWidget *, Severity> worst;
    for (const Finding &f : m_model->findings()) {
        QWidget *w = widgetFor(f.path);
        if (!w)
            continue;
        if (qobject_cast<QRadioButton *>(w) || qobject_cast<QCheckBox *>(w)) {
            if (w->property("smoutCode").isValid() && qobject_cast<QRadioButton *>(w))
                w = w->parentWidget();
        }
        messages[w] << f.message;
        if (!worst.contains(w) || f.severity < worst[w])
            worst[w] = f.severity;
    }
    QSet<QWidget *> marked;
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        QWidget *w = it.key();
        const QString level = severityCode(worst[w]);
        w->setProperty("finding", level);
        w->style()->unpolish(w);
        w->style()->polish(w);
        const QString base = w->property("baseDescription").toString();
        w->setAccessibleDescription(((base.isEmpty() ? QStringList() : QStringList{base}) + it.value()).join(u' '));
        if (QLabel *label = messageLabelFor(w)) {
            label->setText(it.value().join(u"\n"_s));
            label->setProperty("finding", level);
            QPalette palette = label->palette();
            palette.setColor(QPalette::WindowText, severityColor(worst[w], w->palette()));
            label->setPalette(palette);
            label->setVisible(true);
        }
        marked.insert(w);
    }
    for (QWidget *w : std::as_const(m_marked))
        if (!marked.contains(w)) {
            if (QLabel *label = m_messages.value(w))
                label->setVisible(false);
            w->setProperty("finding", QVariant());
            w->style()->unpolish(w);
            w->style()->polish(w);
            w->setAccessibleDescription(w->property("baseDescription").toString());
        }
    m_marked = marked;
}

void FieldBinder::applyRole()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (!b.widget)
            continue;
        const bool editable = m_model->isEditable(b.path);
        if (auto *e = qobject_cast<QLineEdit *>(b.widget))
            e->setReadOnly(!editable);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(b.widget))
            t->setReadOnly(!editable);
        else if (auto *list = qobject_cast<ListEditor *>(b.widget))
            list->setEditable(editable);
        else
            b.widget->setEnabled(editable);
    }
}
