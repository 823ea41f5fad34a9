#pragma once

// Access requests beside the inventory: the list (filtered by determination, SMOUT and
// access mode; requests whose determination changed with their SMOUT are highlighted) and,
// for the selected request, the Privacy Office determination, its reasons and the
// supervisor level that must approve it.

#include "model/Result.h"
#include "store/AccessRequests.h"

#include <QWidget>

class InventoryWork;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

class AccessRequestsWindow : public QWidget {
    Q_OBJECT
public:
    explicit AccessRequestsWindow(const QString &location, QWidget *parent = nullptr);
    // Decides the requests again as of today and lists them, in the background.
    void refresh();
    // Whether the window still waits for the inventory.
    bool busy() const;
    QTableWidget *table() const { return m_table; }
    QListWidget *reasons() const { return m_reasons; }
    QComboBox *determinationFilter() const { return m_determination; }

private:
    void showRequests(const smout::Result<QList<smout::store::AccessRequest>> &all);
    void showSelected();

    QString m_location;
    QComboBox *m_determination, *m_mode;
    QLineEdit *m_smout;
    QTableWidget *m_table;
    QLabel *m_summary, *m_approver, *m_message;
    QListWidget *m_reasons;
    InventoryWork *m_listing; // the list
    InventoryWork *m_reading; // the selected request
};
