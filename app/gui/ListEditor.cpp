#include "ListEditor.h"

#include "DescriptionParts.h"

#include <QTimer>

#include <QAccessible>
#include <QApplication>
#include <QDynamicPropertyChangeEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Names each cell editor after its column, and takes Tab from Qt's delegate, which would
// move to the next cell and wrap round to the first forever.
class CellDelegate : public QStyledItemDelegate {
public:
    explicit CellDelegate(ListEditor *list) : QStyledItemDelegate(list), m_list(list) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        const QString header = m_list->table()->horizontalHeaderItem(index.column())
            ? m_list->table()->horizontalHeaderItem(index.column())->text()
            : QString();
        editor->setAccessibleName(header);
        editor->setAccessibleDescription(ListEditor::tr("%1, row %2 of %3. Tab moves to the next cell; Escape cancels.")
                                             .arg(m_list->accessibleName())
                                             .arg(index.row() + 1)
                                             .arg(m_list->table()->rowCount()));
        return editor;
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
            if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
                const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
                Q_EMIT const_cast<CellDelegate *>(this)->commitData(editor);
                Q_EMIT const_cast<CellDelegate *>(this)->closeEditor(editor, QAbstractItemDelegate::NoHint);
                m_list->tabFromEditor(forward);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    ListEditor *m_list;
};

} // namespace

ListEditor::ListEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_item(listItemName(QString()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new CellDelegate(this));
    // One cell, or with Shift a whole entry, can be picked to withhold.
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_up = new QPushButton(tr("Up"), this);
    m_down = new QPushButton(tr("Down"), this);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ListEditor::removeRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            emitEdited();
    });
    // Columns are refitted when the focus leaves the table, never while the user is in it:
    // a column resized on commit moves the cells under the mouse. The focus may leave from a
    // cell's editor, which the table never hears of: once the editor has closed, where the
    // focus went decides.
    m_table->installEventFilter(this);
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (QApplication::focusWidget() != m_table && !m_table->isAncestorOf(QApplication::focusWidget()))
                fitToContents();
        });
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ListEditor::updateButtons);
    nameTexts();
    fitToContents();
}

bool ListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::FocusOut && !m_table->isAncestorOf(QApplication::focusWidget()))
        fitToContents();
    return QWidget::eventFilter(watched, event);
}

bool ListEditor::event(QEvent *event)
{
    if (event->type() == QEvent::DynamicPropertyChange
        && static_cast<QDynamicPropertyChangeEvent *>(event)->propertyName() == "smoutColumns")
        setupColumns();
    if (event->type() == QEvent::LanguageChange)
        nameTexts();
    return QWidget::event(event);
}

void ListEditor::setItemName(const ListItemName &item)
{
    m_item = item;
    nameTexts();
}

void ListEditor::nameTexts()
{
    m_table->setAccessibleName(accessibleName().isEmpty() ? tr("List") : accessibleName());
    // Besides the read-only state (TableAccessible.h), said in words with the keys that move.
    setDescriptionPart(m_table, DescriptionPart::Help,
                       m_editable ? tr("A table of %1 entries. Arrow keys move between cells; F2 edits a cell; Tab leaves the table.")
                                        .arg(m_item.noun)
                                  : tr("A table of %1 entries, read-only for your role. Arrow keys move between cells; Tab leaves the table.")
                                        .arg(m_item.noun));
    m_add->setAccessibleName(tr("Add %1").arg(m_item.indefinite));
    m_remove->setAccessibleName(tr("Remove %1").arg(m_item.noun));
    m_up->setAccessibleName(tr("Move %1 up").arg(m_item.noun));
    m_down->setAccessibleName(tr("Move %1 down").arg(m_item.noun));
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        b->setToolTip(b->accessibleName());
}

void ListEditor::setupColumns()
{
    m_columns.clear();
    m_stretch = -1;
    QStringList headers;
    for (const QString &spec : property("smoutColumns").toString().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = spec.indexOf(u':');
        QString header = spec.mid(colon + 1);
        if (header.endsWith(u'*')) {
            header.chop(1);
            m_stretch = int(m_columns.size());
        }
        m_columns.append({spec.left(colon), header});
        headers << header;
    }
    if (m_stretch < 0 || m_stretch >= m_columns.size())
        m_stretch = int(m_columns.size()) - 1;
    m_table->setColumnCount(int(m_columns.size()));
    m_table->setHorizontalHeaderLabels(headers);
    // The long text column (marked "*" in the form, else the last) takes the spare width;
    // the others are fitted to their content and header whenever it changes (not by
    // ResizeToContents, which resizes lazily and closes a cell editor just opened).
    for (int c = 0; c < m_columns.size(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, c == m_stretch ? QHeaderView::Stretch : QHeaderView::Interactive);
    fitToContents();
}

void ListEditor::fitToContents()
{
    const QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_columns.size(); ++c)
        if (c != m_stretch)
            m_table->resizeColumnToContents(c);
    // As tall as its rows (one empty row's room when there are none), up to ten rows.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    int rows = 0;
    for (int r = 0; r < m_table->rowCount() && r < 10; ++r)
        rows += m_table->rowHeight(r);
    if (m_table->rowCount() == 0)
        rows = rowHeight;
    const int scrollBar = m_table->horizontalScrollBar()->isVisible() ? m_table->horizontalScrollBar()->sizeHint().height() : 0;
    m_table->setFixedHeight(header->sizeHint().height() + rows + 2 * m_table->frameWidth() + scrollBar);
}

void ListEditor::setArray(const QJsonArray &array)
{
    if (array == m_array && m_table->rowCount() == array.size())
        return;
    m_array = array;
    m_updating = true;
    bool changed = m_table->rowCount() != array.size();
    m_table->setRowCount(int(array.size()));
    for (int r = 0; r < array.size(); ++r)
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString &key = m_columns[c].key;
            const QJsonValue v = key.isEmpty() ? array[r] : array[r].toObject().value(key);
            const QString text = v.isString() ? v.toString() : QString();
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item) {
                m_table->setItem(r, c, new QTableWidgetItem(text));
                changed = true;
            } else if (item->text() != text) {
                item->setText(text);
                changed = true;
            }
        }
    m_updating = false;
    applyMarkings();
    // The echo of the user's own edit changes nothing shown: leave the columns be.
    if (changed) {
        fitToContents();
        updateButtons();
    }
}

QJsonArray ListEditor::array() const
{
    QJsonArray out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const bool plain = m_columns.size() == 1 && m_columns[0].key.isEmpty();
        if (plain) {
            const QTableWidgetItem *item = m_table->item(r, 0);
            out.append(item ? item->text() : QString());
            continue;
        }
        QJsonObject o = r < m_array.size() ? m_array[r].toObject() : QJsonObject();
        for (int c = 0; c < m_columns.size(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            const QString text = item ? item->text().trimmed() : QString();
            // Dates are null when empty, as the format says.
            if (m_columns[c].key == u"date" && text.isEmpty())
                o.insert(m_columns[c].key, QJsonValue::Null);
            else
                o.insert(m_columns[c].key, item ? item->text() : QString());
        }
        out.append(o);
    }
    return out;
}

void ListEditor::setEditable(bool editable)
{
    m_editable = editable;
    nameTexts();
    // Not on a mere change of the current cell: Tab into the table lands on the table, and
    // arrow keys move between cells; typing, F2 or a double-click edits one.
    const auto triggers = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed;
    m_table->setEditTriggers(editable ? triggers : QAbstractItemView::NoEditTriggers);
    // The table and its cells report read-only to a screen reader (TableAccessible.h).
    if (m_table->property("readOnlyForRole") != QVariant(!editable)) {
        m_table->setProperty("readOnlyForRole", !editable);
        QAccessible::State changed;
        changed.readOnly = true;
        changed.editable = true;
        QAccessibleStateChangeEvent event(m_table, changed);
        QAccessible::updateAccessibility(&event);
    }
    updateButtons();
}

void ListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const bool current = row >= 0 && row < m_table->rowCount();
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable && current);
    m_up->setEnabled(m_editable && current && row > 0);
    m_down->setEnabled(m_editable && current && row < m_table->rowCount() - 1);
}

void ListEditor::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount()) {
        m_table->setCurrentCell(row, 0);
        m_table->selectRow(row);
    }
    m_table->setFocus();
}

void ListEditor::tabFromEditor(bool forward)
{
    const int columns = m_table->columnCount();
    const int cell = m_table->currentRow() * columns + m_table->currentColumn() + (forward ? 1 : -1);
    if (cell >= 0 && cell < m_table->rowCount() * columns) {
        m_table->setCurrentCell(cell / columns, cell % columns);
        m_table->editItem(m_table->currentItem());
        return;
    }
    // Past the last (or before the first) cell: on to the next control, as Tab does anywhere.
    m_table->setFocus(Qt::TabFocusReason);
    QKeyEvent tab(QEvent::KeyPress, forward ? Qt::Key_Tab : Qt::Key_Backtab, forward ? Qt::NoModifier : Qt::ShiftModifier);
    QApplication::sendEvent(m_table, &tab);
}

void ListEditor::emitEdited()
{
    m_array = array();
    Q_EMIT edited(m_array);
}

void ListEditor::addRow()
{
    const int row = m_table->rowCount();
    m_updating = true;
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c)
        m_table->setItem(row, c, new QTableWidgetItem());
    m_updating = false;
    emitEdited();
    fitToContents();
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void ListEditor::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_array.removeAt(row);
    emitEdited();
    fitToContents();
    updateButtons();
}

void ListEditor::moveRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    QJsonArray a = array();
    const QJsonValue moved = a.at(row);
    a.removeAt(row);
    a.insert(target, moved);
    setArray(a);
    m_table->setCurrentCell(target, m_table->currentColumn());
    emitEdited();
}

std::optional<ListEditor::Pick> ListEditor::picked()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.column() >= m_columns.size())
        return std::nullopt;
    Pick pick{u'[' + QString::number(index.row()) + u']', {}, {}};
    if (auto *editor = qobject_cast<QLineEdit *>(m_table->indexWidget(index))) {
        // The range is over the document's text, so what was typed is committed first.
        m_table->itemDelegate()->setModelData(editor, m_table->model(), index);
        if (editor->hasSelectedText()) {
            pick.start = editor->selectionStart();
            pick.end = editor->selectionStart() + editor->selectedText().size();
        }
    }
    const QString &key = m_columns[index.column()].key;
    const bool wholeEntry = !pick.start && m_table->selectionModel()->isRowSelected(index.row(), QModelIndex());
    if (!key.isEmpty() && !wholeEntry)
        pick.path += u'.' + key;
    return pick;
}

void ListEditor::showMarkings(const QHash<QString, QString> &markings, const QColor &tint)
{
    m_markings = markings;
    m_tint = tint;
    applyMarkings();
}

void ListEditor::applyMarkings()
{
    const bool updating = m_updating;
    m_updating = true; // a tint is no edit
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString entry = u'[' + QString::number(r) + u']';
        for (int c = 0; c < m_columns.size(); ++c) {
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item)
                continue;
            QStringList labels;
            for (const QString &path : {entry, m_columns[c].key.isEmpty() ? QString() : entry + u'.' + m_columns[c].key})
                if (!path.isEmpty() && m_markings.contains(path))
                    labels << m_markings.value(path);
            labels.removeDuplicates();
            const QString tip = labels.isEmpty() ? QString() : tr("Marked for withholding: %1").arg(labels.join(u"; "_s));
            if (item->toolTip() != tip) {
                item->setToolTip(tip);
                item->setBackground(labels.isEmpty() ? QBrush() : QBrush(m_tint));
            }
        }
    }
    m_updating = updating;
}

void ListEditor::showPick(const QString &path, std::optional<qsizetype> start, std::optional<qsizetype> end)
{
    const qsizetype close = path.indexOf(u']');
    const int row = path.mid(1, close - 1).toInt();
    const QString key = path.mid(close + 2);
    int column = 0;
    for (int c = 0; c < m_columns.size(); ++c)
        if (!key.isEmpty() && m_columns[c].key == key)
            column = c;
    if (key.isEmpty() && m_columns.size() > 1) {
        selectRow(row);
        return;
    }
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->setFocus();
    m_table->setCurrentCell(row, column);
    if (start && end && m_editable) {
        m_table->editItem(m_table->item(row, column));
        if (auto *editor = qobject_cast<QLineEdit *>(m_table->indexWidget(m_table->currentIndex())))
            editor->setSelection(int(*start), int(*end - *start));
    }
}
