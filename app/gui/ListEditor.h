#pragma once

// Edits a list of the document (contacts, IT systems, PIAs, authorities, …) as a table with
// Add, Remove, Up and Down. Columns come from the "smoutColumns" property set in the form:
// "key:Header;key:Header", or ":Header" for a plain list of strings.

#include <QJsonArray>
#include <QWidget>

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

Q_SIGNALS:
    void edited(const QJsonArray &array);

protected:
    bool event(QEvent *event) override;

private:
    struct Column {
        QString key, header;
    };
    void setupColumns();
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void emitEdited();

    QList<Column> m_columns;
    QJsonArray m_array; // the last value shown, keeping keys that have no column
    QTableWidget *m_table;
    QPushButton *m_add, *m_remove, *m_up, *m_down;
    bool m_updating = false;
};
