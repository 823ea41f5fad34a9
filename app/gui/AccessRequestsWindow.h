#pragma once

// Access requests beside the inventory, the CBP SOP's workflow over the same core functions
// as `smout access`: a new request with the application's fields, the Privacy Office
// determination recorded with its reasons, and the supervisor's approval at the level the
// access mode needs, by the user the system says is connected (never a typed name). The list
// (filtered by determination, SMOUT and access mode; requests whose determination changed
// with their SMOUT are highlighted) shows names, access modes and SMOUT titles, and is read
// again after every change and whenever the inventory window reads the inventory.

#include "model/Result.h"
#include "store/AccessRequests.h"

#include <QHash>
#include <QWidget>

class AccessRequestForm;
class InventoryWork;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

class AccessRequestsWindow : public QWidget {
    Q_OBJECT
public:
    explicit AccessRequestsWindow(const QString &location, QWidget *parent = nullptr);
    // The one Access Requests window of `parent`: shown, raised and read again if it exists,
    // opened otherwise.
    static AccessRequestsWindow *showFor(const QString &location, QWidget *parent);
    // Follows the inventory in use (it may have changed) and reads it again.
    void setLocation(const QString &location);
    // Decides the requests again as of today and lists them, in the background.
    void refresh();
    // Whether the window still waits for the inventory.
    bool busy() const;

    // Opens the form for a new request; accepting it adds the request.
    AccessRequestForm *newRequest();
    // Records the Privacy Office determination of the selected request, as of today.
    void recordDetermination();
    // Approves the selected request as the connected user, at the chosen supervisor level.
    void approve();

    QTableWidget *table() const { return m_table; }
    QListWidget *reasons() const { return m_reasons; }
    QComboBox *determinationFilter() const { return m_determination; }
    QComboBox *levelChoice() const { return m_level; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *recordButton() const { return m_record; }
    // What the window last said in its status line.
    QString message() const;
    // Who approves, as the window shows it.
    QString approvingAs() const;

private:
    struct Listing {
        QList<smout::store::AccessRequest> requests;
        QList<smout::store::InventoryEntry> smouts;
        QString actingUser, actingUserProblem;
    };
    void showRequests(const smout::Result<Listing> &listing);
    void showSelected();
    void showRequest(const smout::store::AccessRequest &request);
    int selectedId() const;
    void select(int id);
    QString smoutTitle(const QString &id) const;
    // After a write: says `message` and reads the list again, keeping request `id` selected.
    void changed(const QString &message, int id);

    QString m_location;
    QComboBox *m_determination, *m_mode, *m_level;
    QLineEdit *m_smout;
    QTableWidget *m_table;
    QLabel *m_summary, *m_smoutTitle, *m_approver, *m_approval, *m_actingUser, *m_message;
    QListWidget *m_reasons;
    QPushButton *m_new, *m_record, *m_approve;
    QList<smout::store::InventoryEntry> m_smouts;
    QString m_actingUserName;
    int m_keepSelected = 0;
    QString m_said; // what the last change said, until the list is read again
    InventoryWork *m_listing; // the list
    InventoryWork *m_reading; // the selected request
    InventoryWork *m_writing; // an addition, determination or approval
};
