#include "ListEditor.h"

#include <QDynamicPropertyChangeEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ListEditor::ListEditor(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(180);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
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
}

bool ListEditor::event(QEvent *event)
{
    if (event->type() == QEvent::DynamicPropertyChange
        && static_cast<QDynamicPropertyChangeEvent *>(event)->propertyName() == "smoutColumns")
        setupColumns();
    if (event->type() == QEvent::DynamicPropertyChange
        && static_cast<QDynamicPropertyChangeEvent *>(event)->propertyName() == "accessibleName") {
        m_add->setAccessibleName(tr("Add to %1").arg(accessibleName()));
    }
    return QWidget::event(event);
}

void ListEditor::setupColumns()
{
    m_columns.clear();
    QStringList headers;
    for (const QString &spec : property("smoutColumns").toString().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = spec.indexOf(u':');
        m_columns.append({spec.left(colon), spec.mid(colon + 1)});
        headers << spec.mid(colon + 1);
    }
    m_table->setColumnCount(int(m_columns.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_add->setAccessibleName(tr("Add a row"));
}

void ListEditor::setArray(const QJsonArray &array)
{
    if (array == m_array && m_table->rowCount() == array.size())
        return;
    m_array = array;
    m_updating = true;
    m_table->setRowCount(int(array.size()));
    for (int r = 0; r < array.size(); ++r)
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString &key = m_columns[c].key;
            const QJsonValue v = key.isEmpty() ? array[r] : array[r].toObject().value(key);
            const QString text = v.isString() ? v.toString() : QString();
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item)
                m_table->setItem(r, c, new QTableWidgetItem(text));
            else if (item->text() != text)
                item->setText(text);
        }
    m_updating = false;
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
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        b->setEnabled(editable);
}

void ListEditor::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount()) {
        m_table->selectRow(row);
        m_table->setCurrentCell(row, 0);
    }
    m_table->setFocus();
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
