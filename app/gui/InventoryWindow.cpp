#include "InventoryWindow.h"

#include "AccessRequestsWindow.h"
#include "AuditWording.h"
#include "InventoryChart.h"
#include "InventoryLocationText.h"
#include "InventoryWork.h"
#include "RevisionComparison.h"
#include "SeverityColors.h"
#include "StudioSettings.h"
#include "WindowPlacement.h"
#include "model/SmoutDocument.h"
#include "model/FormText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;

InventoryWindow::InventoryWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_database(new QLineEdit), m_search(new QLineEdit), m_status(new QComboBox),
      m_due(new QCheckBox(tr("&Due for re-review in the next 90 days, or overdue"))), m_table(new QTableWidget),
      m_tableOrEmpty(new QStackedWidget), m_empty(new QLabel), m_where(new QLabel), m_history(new QTreeWidget), m_comparison(new RevisionComparison), m_chart(new InventoryChart), m_message(new QLabel),
      m_listing(new InventoryWork(this)), m_reading(new InventoryWork(this))
{
    setWindowTitle(tr("SMOUT Inventory"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *dbLabel = new QLabel(tr("Inven&tory:"));
    dbLabel->setBuddy(m_database);
    m_database->setText(location());
    m_database->setObjectName(u"inventoryDatabase"_s);
    m_database->setAccessibleName(tr("Inventory database"));
    m_database->setToolTip(tr("A SQLite file, or postgresql://user@host:port/dbname for a shared office inventory"));
    auto *use = new QPushButton(tr("&Use"));
    connect(use, &QPushButton::clicked, this, &InventoryWindow::chooseDatabase);
    top->addWidget(dbLabel);
    top->addWidget(m_database, 1);
    top->addWidget(use);
    auto *access = new QPushButton(tr("Access &Requests…"));
    connect(access, &QPushButton::clicked, this, [this] { AccessRequestsWindow::showFor(location(), this); });
    // What the inventory holds decides the requests: read them again with it.
    connect(m_listing, &InventoryWork::finished, this, [this] {
        if (auto *requests = findChild<AccessRequestsWindow *>(QString(), Qt::FindDirectChildrenOnly); requests && requests->isVisible())
            requests->setLocation(location());
    });
    top->addWidget(access);
    layout->addLayout(top);
    m_where->setObjectName(u"inventoryWhere"_s);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("component, system, authority, contact, id…"));
    m_search->setAccessibleName(tr("Search"));
    m_status->addItem(tr("Any status"), QString());
    for (const SmoutStatus s : allStatuses())
        m_status->addItem(statusName(s), statusCode(s));
    m_status->setAccessibleName(tr("Status"));
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_due);
    layout->addLayout(filters);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Category"), tr("Status"), tr("Last change"), tr("Re-review due"), tr("Title")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("SMOUTs"));
    m_table->setAccessibleDescription(tr("Press Enter or double-click to open a SMOUT"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Role"), tr("What")});
    m_history->setRootIsDecorated(false);
    m_history->setObjectName(u"auditTrail"_s);
    m_history->setAccessibleName(tr("Audit trail"));

    m_empty->setObjectName(u"inventoryEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_tableOrEmpty->addWidget(m_table);
    m_tableOrEmpty->addWidget(m_empty);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tableOrEmpty);
    auto *details = new QTabWidget;
    details->addTab(m_history, tr("&Audit trail"));
    details->addTab(m_comparison, tr("Re&visions and changes"));
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(details);
    m_chart->setObjectName(u"inventoryChart"_s);
    m_chart->setMinimumWidth(300);
    lower->addWidget(m_chart);
    // The revisions and their changes get most of the room: they are read field by field.
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    lower->setSizes({760, 300});
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 360});
    layout->addWidget(split, 1);
    m_message->setObjectName(u"inventoryMessage"_s);
    layout->addLayout(InventoryWork::statusRow(m_message, {m_listing, m_reading}));

    connect(m_search, &QLineEdit::textChanged, this, &InventoryWindow::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InventoryWindow::refresh);
    connect(m_due, &QCheckBox::toggled, this, &InventoryWindow::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InventoryWindow::showDetails);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        Q_EMIT openRequested(m_table->item(item->row(), 0)->data(Qt::UserRole).toString());
    });
    // Laid out first: its smallest size decides how far it can shrink to fit the screen.
    new WindowPlacement(this, u"inventory"_s, QSize(1100, 720));
    refresh();
}

QString InventoryWindow::location()
{
    const QString chosen = StudioSettings::inventoryLocation();
    return chosen.isEmpty() ? InventoryStore::defaultLocation() : chosen;
}

void InventoryWindow::chooseDatabase()
{
    StudioSettings::setInventoryLocation(m_database->text());
    refresh();
}

void InventoryWindow::refresh()
{
    m_where->setText(describeInventoryLocation(location()));
    ListFilter filter;
    filter.search = m_search->text();
    filter.status = statusFromCode(m_status->currentData().toString());
    if (m_due->isChecked())
        filter.dueWithinDays = 90;
    // The newest search replaces one still waited for.
    m_listing->start<QList<InventoryEntry>>(
        tr("Reading the inventory…"), location(), [filter](InventoryStore &store) { return store.list(filter); },
        [this](const Result<QList<InventoryEntry>> &entries) { showEntries(entries); });
}

bool InventoryWindow::busy() const
{
    return m_listing->running() || m_reading->running() || m_comparison->busy();
}

void InventoryWindow::showEntries(const Result<QList<InventoryEntry>> &entries)
{
    m_tableOrEmpty->setCurrentWidget(m_table);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!entries) {
        m_message->setText(entries.error());
        return;
    }
    QMap<QString, int> byStatus, byComponent;
    m_table->setRowCount(int(entries->size()));
    const QDate today = QDate::currentDate();
    for (int row = 0; row < entries->size(); ++row) {
        const InventoryEntry &e = entries->at(row);
        const auto code = fromCode<Category>(e.category);
        const QString category = code ? FormText::categoryLabel(*code) : QString();
        const QStringList cells{e.component, category, statusName(e.status), e.updated.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                e.rereviewDue.toString(Qt::ISODate), e.title};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, e.id);
            if (c == 4 && e.rereviewDue.isValid() && e.rereviewDue < today)
                item->setForeground(severityColor(Severity::Error, m_table->palette()));
            // Waiting for the program office's answers.
            if (c == 2 && e.status == SmoutStatus::Returned)
                item->setForeground(severityColor(Severity::Warning, m_table->palette()));
            m_table->setItem(row, c, item);
        }
        ++byStatus[statusName(e.status)];
        ++byComponent[e.component.isEmpty() ? tr("(none)") : e.component];
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_chart->setCounts(byStatus, byComponent);
    m_message->setText(tr("%n SMOUT(s)", nullptr, int(entries->size())));
    const bool filtered = !m_search->text().isEmpty() || m_status->currentIndex() > 0 || m_due->isChecked();
    if (entries->isEmpty()) {
        m_empty->setText(filtered ? tr("No SMOUT matches the search and filters.")
                                  : tr("<p><b>The inventory holds no SMOUT yet.</b></p><p>To add one, open it in the main window "
                                       "and choose <b>File \u2192 Save to Inventory</b> (Ctrl+Alt+S). Many files at once: "
                                       "<tt>smout db import FILE\u2026</tt></p>"));
        m_tableOrEmpty->setCurrentWidget(m_empty);
    }
}

QString InventoryWindow::emptyMessage() const
{
    return m_tableOrEmpty->currentWidget() == m_empty ? m_empty->text() : QString();
}

QString InventoryWindow::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void InventoryWindow::showDetails()
{
    m_history->clear();
    const QString id = selectedId();
    m_comparison->showSmout(location(), id);
    if (id.isEmpty())
        return;
    m_reading->start<QList<AuditEntry>>(
        tr("Reading the audit trail…"), location(), [id](InventoryStore &store) { return store.auditLog(id); },
        [this, id](const Result<QList<AuditEntry>> &log) {
            if (id != selectedId())
                return; // another SMOUT was chosen meanwhile
            if (!log) {
                m_message->setText(log.error());
                return;
            }
            for (const AuditEntry &a : log.value())
                new QTreeWidgetItem(m_history, {a.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), attributionOf(a), auditRoleName(a.role),
                                                auditActionName(a.action) + u' ' + readableAuditDetail(a.detail)});
            for (int c = 0; c < 3; ++c)
                m_history->resizeColumnToContents(c);
        });
}
