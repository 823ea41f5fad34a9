#include "TableAccessible.h"

#include <QAccessible>
#include <QCalendarWidget>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QTableView>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface *byId(QAccessible::Id id)
{
    return id ? QAccessible::accessibleInterface(id) : nullptr;
}

// Whether the view was marked read-only (true) or editable (false); unmarked views keep Qt's state.
std::optional<bool> readOnlyMark(const QAbstractItemView *view)
{
    const QVariant mark = view ? view->property("readOnlyForRole") : QVariant();
    return mark.isValid() ? std::optional<bool>(mark.toBool()) : std::nullopt;
}

// The name of a cell of a calendar's grid: its date in full, or its week; empty for the
// weekday headings. A cell holds only its day's number: the row tells the month, as the grid
// shows six weeks and the first of the month always in the first (days of the month before
// appear only in the first week, those of the month after only in the last two).
QString calendarCellName(const QCalendarWidget *calendar, const QModelIndex &index)
{
    bool isNumber = false;
    const int number = index.data().toInt(&isNumber);
    const int firstRow =
        calendar->horizontalHeaderFormat() == QCalendarWidget::NoHorizontalHeader ? 0 : 1;
    const int firstColumn =
        calendar->verticalHeaderFormat() == QCalendarWidget::ISOWeekNumbers ? 1 : 0;
    if (!isNumber || index.row() < firstRow)
        return {};
    if (index.column() < firstColumn)
        return QCoreApplication::translate("TableAccessible", "Week %1").arg(number);
    const int week = index.row() - firstRow;
    QDate month(calendar->yearShown(), calendar->monthShown(), 1);
    if (week == 0 && number > 7)
        month = month.addMonths(-1);
    else if (week >= 4 && number < 15)
        month = month.addMonths(1);
    const QDate day(month.year(), month.month(), number);
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : QString();
}

// One cell: Qt's cell (found again by its id each time, as Qt deletes cells when rows change)
// with the view's read-only mark and a calendar day's full name.
class CellInterface : public QAccessibleInterface,
                      public QAccessibleTableCellInterface,
                      public QAccessibleActionInterface {
public:
    CellInterface(QAbstractItemView *view, QAccessible::Id cell) : m_view(view), m_cell(cell) {}

    QAccessibleInterface *cell() const { return m_view ? byId(m_cell) : nullptr; }
    QAccessible::Id cellId() const { return m_cell; }

    bool isValid() const override { return cell() && cell()->isValid(); }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QRect rect() const override { return cell() ? cell()->rect() : QRect(); }
    QAccessible::Role role() const override { return cell() ? cell()->role() : QAccessible::Cell; }

    QString text(QAccessible::Text t) const override
    {
        QAccessibleInterface *c = cell();
        if (!c)
            return {};
        if (t == QAccessible::Name)
            if (auto *calendar = qobject_cast<QCalendarWidget *>(m_view->parentWidget()))
                if (const QString name = calendarCellName(calendar, index()); !name.isEmpty())
                    return name;
        return c->text(t);
    }

    void setText(QAccessible::Text t, const QString &text) override
    {
        if (QAccessibleInterface *c = cell())
            c->setText(t, text);
    }

    QAccessible::State state() const override
    {
        QAccessibleInterface *c = cell();
        if (!c)
            return {};
        QAccessible::State s = c->state();
        if (const std::optional<bool> readOnly = readOnlyMark(m_view)) {
            s.readOnly = *readOnly;
            s.editable = !*readOnly && (index().flags() & Qt::ItemIsEditable);
        }
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TableCellInterface)
            return static_cast<QAccessibleTableCellInterface *>(this);
        if (t == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return cell() ? cell()->interface_cast(t) : nullptr;
    }

    bool isSelected() const override { return inner() && inner()->isSelected(); }
    QList<QAccessibleInterface *> columnHeaderCells() const override
    {
        return inner() ? inner()->columnHeaderCells() : QList<QAccessibleInterface *>();
    }
    QList<QAccessibleInterface *> rowHeaderCells() const override
    {
        return inner() ? inner()->rowHeaderCells() : QList<QAccessibleInterface *>();
    }
    int columnIndex() const override { return inner() ? inner()->columnIndex() : -1; }
    int rowIndex() const override { return inner() ? inner()->rowIndex() : -1; }
    int columnExtent() const override { return inner() ? inner()->columnExtent() : 1; }
    int rowExtent() const override { return inner() ? inner()->rowExtent() : 1; }
    QAccessibleInterface *table() const override { return parent(); }

    QStringList actionNames() const override
    {
        return actions() ? actions()->actionNames() : QStringList();
    }
    void doAction(const QString &name) override
    {
        if (actions())
            actions()->doAction(name);
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        return actions() ? actions()->keyBindingsForAction(name) : QStringList();
    }

private:
    QAccessibleTableCellInterface *inner() const
    {
        return cell() ? cell()->tableCellInterface() : nullptr;
    }
    QAccessibleActionInterface *actions() const
    {
        return cell() ? cell()->actionInterface() : nullptr;
    }
    QModelIndex index() const
    {
        if (!m_view || !m_view->model() || !inner())
            return {};
        return m_view->model()->index(inner()->rowIndex(), inner()->columnIndex(),
                                      m_view->rootIndex());
    }

    QPointer<QAbstractItemView> m_view;
    QAccessible::Id m_cell;
};

// The table: Qt's table interface (by its id), whose cells are handed out as CellInterface.
class TableInterface : public QAccessibleInterface, public QAccessibleTableInterface {
public:
    TableInterface(QTableView *view, QAccessible::Id table) : m_view(view), m_table(table) {}

    ~TableInterface() override
    {
        for (QAccessible::Id id : std::as_const(m_cells))
            QAccessible::deleteAccessibleInterface(id);
        QAccessible::deleteAccessibleInterface(m_table);
    }

    bool isValid() const override { return table() && table()->isValid(); }
    QObject *object() const override { return m_view; }
    QWindow *window() const override { return table() ? table()->window() : nullptr; }
    QList<QPair<QAccessibleInterface *, QAccessible::Relation>>
    relations(QAccessible::Relation match) const override
    {
        return table() ? table()->relations(match)
                       : QList<QPair<QAccessibleInterface *, QAccessible::Relation>>();
    }
    QAccessibleInterface *focusChild() const override
    {
        return table() ? wrap(table()->focusChild()) : nullptr;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        return table() ? wrap(table()->childAt(x, y)) : nullptr;
    }
    QAccessibleInterface *parent() const override { return table() ? table()->parent() : nullptr; }
    QAccessibleInterface *child(int index) const override
    {
        return table() ? wrap(table()->child(index)) : nullptr;
    }
    int childCount() const override { return table() ? table()->childCount() : 0; }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (const auto *ours = dynamic_cast<const CellInterface *>(child))
            child = ours->cell();
        return table() && child ? table()->indexOfChild(child) : -1;
    }
    QString text(QAccessible::Text t) const override
    {
        return table() ? table()->text(t) : QString();
    }
    void setText(QAccessible::Text t, const QString &text) override
    {
        if (table())
            table()->setText(t, text);
    }
    QRect rect() const override { return table() ? table()->rect() : QRect(); }
    QAccessible::Role role() const override
    {
        return table() ? table()->role() : QAccessible::Table;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = table() ? table()->state() : QAccessible::State();
        if (const std::optional<bool> readOnly = readOnlyMark(m_view)) {
            s.readOnly = *readOnly;
            s.editable = false; // the cells are, not the table
        }
        return s;
    }
    QColor foregroundColor() const override
    {
        return table() ? table()->foregroundColor() : QColor();
    }
    QColor backgroundColor() const override
    {
        return table() ? table()->backgroundColor() : QColor();
    }

    void *interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TableInterface)
            return static_cast<QAccessibleTableInterface *>(this);
        return table() ? table()->interface_cast(t) : nullptr;
    }

    QAccessibleInterface *caption() const override
    {
        return cells() ? cells()->caption() : nullptr;
    }
    QAccessibleInterface *summary() const override
    {
        return cells() ? cells()->summary() : nullptr;
    }
    QAccessibleInterface *cellAt(int row, int column) const override
    {
        return cells() ? wrap(cells()->cellAt(row, column)) : nullptr;
    }
    int selectedCellCount() const override { return cells() ? cells()->selectedCellCount() : 0; }
    QList<QAccessibleInterface *> selectedCells() const override
    {
        QList<QAccessibleInterface *> selected =
            cells() ? cells()->selectedCells() : QList<QAccessibleInterface *>();
        for (QAccessibleInterface *&cell : selected)
            cell = wrap(cell);
        return selected;
    }
    QString columnDescription(int column) const override
    {
        return cells() ? cells()->columnDescription(column) : QString();
    }
    QString rowDescription(int row) const override
    {
        return cells() ? cells()->rowDescription(row) : QString();
    }
    int selectedColumnCount() const override
    {
        return cells() ? cells()->selectedColumnCount() : 0;
    }
    int selectedRowCount() const override { return cells() ? cells()->selectedRowCount() : 0; }
    int columnCount() const override { return cells() ? cells()->columnCount() : 0; }
    int rowCount() const override { return cells() ? cells()->rowCount() : 0; }
    QList<int> selectedColumns() const override
    {
        return cells() ? cells()->selectedColumns() : QList<int>();
    }
    QList<int> selectedRows() const override
    {
        return cells() ? cells()->selectedRows() : QList<int>();
    }
    bool isColumnSelected(int column) const override
    {
        return cells() && cells()->isColumnSelected(column);
    }
    bool isRowSelected(int row) const override { return cells() && cells()->isRowSelected(row); }
    bool selectRow(int row) override { return cells() && cells()->selectRow(row); }
    bool selectColumn(int column) override { return cells() && cells()->selectColumn(column); }
    bool unselectRow(int row) override { return cells() && cells()->unselectRow(row); }
    bool unselectColumn(int column) override { return cells() && cells()->unselectColumn(column); }

    void modelChange(QAccessibleTableModelChangeEvent *event) override
    {
        if (cells())
            cells()->modelChange(event);
        // Qt deleted the cells of removed rows: their wrappers go too, before an id is reused.
        for (auto it = m_cells.begin(); it != m_cells.end();) {
            if (byId(it.key())) {
                ++it;
                continue;
            }
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_cells.erase(it);
        }
    }

private:
    QAccessibleInterface *table() const { return m_view ? byId(m_table) : nullptr; }
    QAccessibleTableInterface *cells() const
    {
        return table() ? table()->tableInterface() : nullptr;
    }

    // Qt's cells wrapped (headers and the corner button as they are), one wrapper per cell.
    QAccessibleInterface *wrap(QAccessibleInterface *child) const
    {
        if (!child || child->object() || !child->tableCellInterface() ||
            (child->role() != QAccessible::Cell && child->role() != QAccessible::ListItem))
            return child;
        const QAccessible::Id id = QAccessible::uniqueId(child);
        if (QAccessibleInterface *known = byId(m_cells.value(id)))
            return known;
        auto *cell = new CellInterface(m_view, id);
        m_cells.insert(id, QAccessible::registerAccessibleInterface(cell));
        return cell;
    }

    QPointer<QTableView> m_view;
    QAccessible::Id m_table;
    mutable QHash<QAccessible::Id, QAccessible::Id> m_cells; // Qt's cell → its wrapper
};

// Qt's interface for the view is made first (asked for while this factory steps aside) and
// then wrapped; the wrapper is what Qt hands out for the view from then on.
QAccessibleInterface *tableFactory(const QString &className, QObject *object)
{
    static bool makingQtsOwn = false;
    auto *view = qobject_cast<QTableView *>(object);
    if (makingQtsOwn || className != "QTableView"_L1 || !view)
        return nullptr;
    makingQtsOwn = true;
    QAccessibleInterface *own = QAccessible::queryAccessibleInterface(view);
    makingQtsOwn = false;
    if (!own || !own->tableInterface())
        return nullptr;
    return new TableInterface(view, QAccessible::uniqueId(own));
}

} // namespace

void installTableAccessible()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(tableFactory);
}
