#pragma once

// The saved revisions of one SMOUT and what changed between them, field by field. Selecting
// one revision compares it with the one before; selecting two compares them.

#include "store/InventoryStore.h"

#include <QWidget>

#include <memory>

class FieldChangesView;
class QLabel;
class QTreeWidget;

class RevisionComparison : public QWidget {
    Q_OBJECT
public:
    explicit RevisionComparison(QWidget *parent = nullptr);
    // Lists the revisions of SMOUT `id` in the inventory at `location` (empty id: nothing).
    void showSmout(const QString &location, const QString &id);
    QTreeWidget *revisions() const { return m_revisions; }
    FieldChangesView *changes() const { return m_changes; }
    QString caption() const;

private:
    void compareSelected();

    QString m_id;
    std::unique_ptr<smout::store::InventoryStore> m_store; // of the SMOUT shown
    QTreeWidget *m_revisions;
    FieldChangesView *m_changes;
    QLabel *m_caption;
};
