#include "FieldChangesView.h"

#include "model/FieldNames.h"

FieldChangesView::FieldChangesView(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    setRootIsDecorated(false);
    setWordWrap(true);
}

void FieldChangesView::setChanges(const QList<smout::FieldChange> &changes)
{
    clear();
    for (const smout::FieldChange &c : changes) {
        auto *item = new QTreeWidgetItem(this, {smout::fieldName(c.path), c.before, c.after});
        item->setToolTip(0, smout::fieldName(c.path));
        item->setToolTip(1, c.before);
        item->setToolTip(2, c.after);
    }
    resizeColumnToContents(0);
}
