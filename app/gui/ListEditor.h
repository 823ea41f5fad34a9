#pragma once

// Edits a list of the document (contacts, IT systems, PIAs, authorities, …) as a table with
// Add, Remove, Up and Down. Columns come from the "smoutColumns" property set in the form:
// "key:Header;key:Header", or ":Header" for a plain list of strings; the column that takes
// the spare width ends with "*" ("title:Title*"), else the last one does.
//
// By keyboard the table is one Tab stop: arrow keys move between cells, F2 or typing edits;
// while a cell is being edited Tab moves to the next cell and, after the last one, out of
// the table (never round again). The table is as tall as its rows, its long text column
// takes the spare width, and each cell editor is named after its column.

#include "ListItemNames.h"

#include <QColor>
#include <QHash>
#include <QJsonArray>
#include <QWidget>

#include <optional>

class QTableWidget;
class QPushButton;

class ListEditor : public QWidget {
    Q_OBJECT
public:
    explicit ListEditor(QWidget *parent = nullptr);

    void setArray(const QJsonArray &array);
    QJsonArray array() const;
    void setEditable(bool editable);
    void selectRow(int row);
    QTableWidget *table() const { return m_table; }
    // Names the table, its buttons and cells after the list and what one entry is called.
    void setItemName(const ListItemName &item);
    // Moves on from the cell being edited: the next (or previous) cell, else out of the table.
    void tabFromEditor(bool forward);

    // What the user picked to withhold, as the end of a key path: "[1]" for a whole entry
    // (all its cells selected, or an entry of a plain list), "[1].name" for one cell, with
    // the range of the text selected in the open cell editor (its text committed first).
    struct Pick {
        QString path;
        std::optional<qsizetype> start, end;
    };
    std::optional<Pick> picked();
    // Tints the cells that markings cover (`markings`: path end as above → exemptions) and
    // names the exemptions in their tooltips.
    void showMarkings(const QHash<QString, QString> &markings, const QColor &tint);
    // Makes the cell (or entry) at the path end current, with the range selected in its editor.
    void showPick(const QString &path, std::optional<qsizetype> start, std::optional<qsizetype> end);

Q_SIGNALS:
    void edited(const QJsonArray &array);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column {
        QString key, header;
    };
    void setupColumns();
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void emitEdited();
    void fitToContents();
    void updateButtons();
    void nameTexts();
    void applyMarkings();

    QList<Column> m_columns;
    QJsonArray m_array; // the last value shown, keeping keys that have no column
    QTableWidget *m_table;
    QPushButton *m_add, *m_remove, *m_up, *m_down;
    ListItemName m_item;
    QHash<QString, QString> m_markings;
    QColor m_tint;
    int m_stretch = -1; // the column taking the spare width
    bool m_editable = true;
    bool m_updating = false;
};
