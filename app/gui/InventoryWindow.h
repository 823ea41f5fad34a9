#pragma once

// The inventory of SMOUTs: filter, search, the re-review view, a chart by status and by
// component, and for the selected SMOUT its audit trail and its revisions compared field
// by field. Opening a row opens the document in the main window.

#include "store/InventoryStore.h"

#include <QWidget>

class InventoryChart;
class InventoryWork;
class RevisionComparison;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

class InventoryWindow : public QWidget {
    Q_OBJECT
public:
    explicit InventoryWindow(QWidget *parent = nullptr);
    // The inventory in use: the settings' choice, or the user's own SQLite file.
    static QString location();
    // Reads the inventory again, in the background: the window stays responsive, a busy bar
    // with Cancel shows meanwhile, and a failure is shown under the table.
    void refresh();
    // Whether the window still waits for the inventory.
    bool busy() const;
    QTableWidget *table() const { return m_table; }
    // What the window says when the inventory holds no SMOUT, or an empty string.
    QString emptyMessage() const;
    RevisionComparison *comparison() const { return m_comparison; }

Q_SIGNALS:
    void openRequested(const QString &id);

private:
    void showEntries(const smout::Result<QList<smout::store::InventoryEntry>> &entries);
    QString selectedId() const;
    void showDetails();
    void chooseDatabase();

    QLineEdit *m_database, *m_search;
    QComboBox *m_status;
    QCheckBox *m_due;
    QTableWidget *m_table;
    QStackedWidget *m_tableOrEmpty;
    QLabel *m_empty, *m_where;
    QTreeWidget *m_history;
    RevisionComparison *m_comparison;
    InventoryChart *m_chart;
    QLabel *m_message;
    InventoryWork *m_listing; // the table
    InventoryWork *m_reading; // the selected SMOUT's audit trail
};
