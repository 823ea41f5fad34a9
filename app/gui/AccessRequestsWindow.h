#pragma once

// Access requests beside the inventory: the list (filtered by determination, SMOUT and
// access mode; requests whose determination changed with their SMOUT are highlighted) and,
// for the selected request, the Privacy Office determination, its reasons and the
// supervisor level that must approve it.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

class AccessRequestsWindow : public QWidget {
    Q_OBJECT
public:
    explicit AccessRequestsWindow(const QString &location, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QListWidget *reasons() const { return m_reasons; }
    QComboBox *determinationFilter() const { return m_determination; }

private:
    void showSelected();

    QString m_location;
    QComboBox *m_determination, *m_mode;
    QLineEdit *m_smout;
    QTableWidget *m_table;
    QLabel *m_summary, *m_approver, *m_message;
    QListWidget *m_reasons;
};
