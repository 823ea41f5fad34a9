#include "RevisionComparison.h"

#include "AuditWording.h"
#include "FieldChangesView.h"
#include "InventoryWork.h"
#include "diff/DocumentDiff.h"
#include "store/InventoryStore.h"

#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;

RevisionComparison::RevisionComparison(QWidget *parent)
    : QWidget(parent), m_revisions(new QTreeWidget), m_changes(new FieldChangesView), m_caption(new QLabel),
      m_work(new InventoryWork(this))
{
    m_revisions->setHeaderLabels({tr("Revision"), tr("Saved"), tr("Who"), tr("Role")});
    m_revisions->setRootIsDecorated(false);
    m_revisions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_revisions->setAccessibleName(tr("Revisions"));
    m_revisions->setAccessibleDescription(tr("Select one revision to see what it changed, or two to compare them"));
    m_changes->setAccessibleName(tr("Changes between revisions"));
    m_caption->setWordWrap(true);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_caption);
    rightLayout->addWidget(m_changes, 1);
    rightLayout->addWidget(m_work->indicator());
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_revisions);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_revisions, &QTreeWidget::itemSelectionChanged, this, &RevisionComparison::compareSelected);
}

QString RevisionComparison::caption() const
{
    return m_caption->text();
}

bool RevisionComparison::busy() const
{
    return m_work->running();
}

void RevisionComparison::showSmout(const QString &location, const QString &id, int select)
{
    m_location = location;
    m_id = id;
    m_revisions->clear();
    m_changes->clear();
    m_caption->setText(id.isEmpty() ? tr("Select a SMOUT to see its revisions.") : QString());
    if (id.isEmpty()) {
        m_work->cancel();
        return;
    }
    m_work->start<QList<RevisionInfo>>(
        tr("Reading the revisions…"), location, [id](InventoryStore &store) { return store.revisions(id); },
        [this, select](const Result<QList<RevisionInfo>> &revisions) {
            if (!revisions) {
                m_caption->setText(revisions.error());
                return;
            }
            for (const RevisionInfo &r : revisions.value()) {
                auto *item = new QTreeWidgetItem(m_revisions, {QString::number(r.revision),
                                                               r.saved.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), r.author,
                                                               auditRoleName(r.role)});
                item->setData(0, Qt::UserRole, r.revision);
                if (r.revision == select)
                    m_revisions->setCurrentItem(item);
            }
            for (int c = 0; c < m_revisions->columnCount(); ++c)
                m_revisions->resizeColumnToContents(c);
            m_caption->setText(tr("Select one revision to see what it changed, or two to compare them."));
        });
}

void RevisionComparison::compareSelected()
{
    m_changes->clear();
    QList<int> chosen;
    for (const QTreeWidgetItem *item : m_revisions->selectedItems())
        chosen << item->data(0, Qt::UserRole).toInt();
    std::sort(chosen.begin(), chosen.end());
    if (chosen.isEmpty() || chosen.size() > 2) {
        m_caption->setText(tr("Select one revision to see what it changed, or two to compare them."));
        return;
    }
    const int to = chosen.last();
    const int from = chosen.size() == 2 ? chosen.first() : to - 1;
    // Both revisions in one job: one connection, and the newest selection wins.
    struct Pair {
        SmoutDocument before, after;
    };
    m_work->start<Pair>(
        tr("Reading the revisions…"), m_location,
        [id = m_id, from, to](InventoryStore &store) -> Result<Pair> {
            auto after = store.load(id, to);
            if (!after)
                return Error{after.error()};
            if (from < 1)
                return Pair{SmoutDocument{}, after->document};
            auto before = store.load(id, from);
            if (!before)
                return Error{before.error()};
            return Pair{before->document, after->document};
        },
        [this, from, to](const Result<Pair> &pair) {
            if (!pair) {
                m_caption->setText(pair.error());
                return;
            }
            const QList<FieldChange> changes = diffDocuments(pair->before, pair->after);
            if (from < 1)
                m_caption->setText(tr("Revision %1 is the first: every field it set.").arg(to));
            else
                m_caption->setText(tr("%n field(s) changed from revision %1 to revision %2.", nullptr, int(changes.size()))
                                       .arg(from)
                                       .arg(to));
            m_changes->setChanges(changes);
        });
}
