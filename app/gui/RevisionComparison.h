#pragma once

// The saved revisions of one SMOUT and what changed between them, field by field. Selecting
// one revision compares it with the one before; selecting two compares them.

#include "store/InventoryStore.h"

#include <QWidget>

class FieldChangesView;
class InventoryWork;
class QLabel;
class QTreeWidget;

class RevisionComparison : public QWidget {
    Q_OBJECT
public:
    explicit RevisionComparison(QWidget *parent = nullptr);
    // Lists the revisions of SMOUT `id` in the inventory at `location` (empty id: nothing),
    // read in the background like the comparisons that follow; `select` (when > 0) is the
    // revision to compare with the one before as soon as the list arrives.
    void showSmout(const QString &location, const QString &id, int select = 0);
    bool busy() const;
    QTreeWidget *revisions() const { return m_revisions; }
    FieldChangesView *changes() const { return m_changes; }
    QString caption() const;

private:
    void compareSelected();

    QString m_location, m_id;
    QTreeWidget *m_revisions;
    FieldChangesView *m_changes;
    QLabel *m_caption;
    InventoryWork *m_work;
};
