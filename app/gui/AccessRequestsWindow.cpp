#include "AccessRequestsWindow.h"

#include "InventoryWork.h"
#include "store/UserName.h"

#include "store/AccessRequests.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;

AccessRequestsWindow::AccessRequestsWindow(const QString &location, QWidget *parent)
    : QWidget(parent, Qt::Window), m_location(location), m_determination(new QComboBox), m_mode(new QComboBox), m_smout(new QLineEdit),
      m_table(new QTableWidget), m_summary(new QLabel), m_approver(new QLabel), m_message(new QLabel), m_reasons(new QListWidget),
      m_listing(new InventoryWork(this)), m_reading(new InventoryWork(this))
{
    setWindowTitle(tr("Access Requests"));
    resize(1000, 600);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_determination->addItem(tr("Any determination"), QString());
    for (const auto d : {AccessDetermination::Approved, AccessDetermination::AdditionalInformation, AccessDetermination::Disapproved})
        m_determination->addItem(determinationName(d), determinationCode(d));
    m_determination->setAccessibleName(tr("Determination"));
    m_mode->addItem(tr("Any access mode"), QString());
    for (const QString &code : codeList<AccessMode>())
        m_mode->addItem(code, code);
    m_mode->setAccessibleName(tr("Access mode"));
    auto *smoutLabel = new QLabel(tr("S&MOUT id:"));
    smoutLabel->setBuddy(m_smout);
    m_smout->setAccessibleName(tr("SMOUT id"));
    filters->addWidget(m_determination);
    filters->addWidget(m_mode);
    filters->addWidget(smoutLabel);
    filters->addWidget(m_smout, 1);
    layout->addLayout(filters);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("Employee"), tr("Access mode"), tr("SMOUT"), tr("Determination"), tr("Approved by")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("Access requests"));
    m_table->setAccessibleDescription(tr("Requests marked with a warning changed their determination when their SMOUT changed"));

    auto *detail = new QWidget;
    auto *form = new QFormLayout(detail);
    m_summary->setWordWrap(true);
    m_approver->setWordWrap(true);
    m_reasons->setAccessibleName(tr("Reasons"));
    form->addRow(tr("Determination:"), m_summary);
    form->addRow(tr("Reasons:"), m_reasons);
    form->addRow(tr("Must be approved by:"), m_approver);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(detail);
    layout->addWidget(split, 1);
    layout->addLayout(InventoryWork::statusRow(m_message, {m_listing, m_reading}));

    connect(m_determination, &QComboBox::currentIndexChanged, this, &AccessRequestsWindow::refresh);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AccessRequestsWindow::refresh);
    connect(m_smout, &QLineEdit::textChanged, this, &AccessRequestsWindow::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccessRequestsWindow::showSelected);
    refresh();
}

bool AccessRequestsWindow::busy() const
{
    return m_listing->running() || m_reading->running();
}

void AccessRequestsWindow::refresh()
{
    m_message->clear();
    AccessFilter filter;
    filter.determination = determinationFromCode(m_determination->currentData().toString());
    filter.mode = fromCode<AccessMode>(m_mode->currentData().toString());
    filter.smoutId = m_smout->text().trimmed();
    const QString who = store::userName();
    m_listing->start<QList<AccessRequest>>(
        tr("Reading the access requests…"), m_location,
        [filter, who](InventoryStore &store) -> Result<QList<AccessRequest>> {
            AccessRequests requests(store);
            // Decided as of today, so that SMOUTs that fell overdue are seen.
            if (const auto redecided = requests.redecide(QDate::currentDate(), who); !redecided)
                return Error{redecided.error()};
            return requests.list(filter);
        },
        [this](const Result<QList<AccessRequest>> &all) { showRequests(all); });
}

void AccessRequestsWindow::showRequests(const Result<QList<AccessRequest>> &all)
{
    m_table->setRowCount(0);
    if (!all) {
        m_message->setText(all.error());
        return;
    }
    int flagged = 0;
    for (const AccessRequest &r : all.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{QString::number(r.id), r.employee, QString(codeOf(r.facts.mode)), r.facts.smoutId,
                                determinationName(r.decision.determination), r.approver};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            if (r.flagged) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("The determination changed when SMOUT %1 changed; review it").arg(r.facts.smoutId));
            }
            m_table->setItem(row, c, item);
        }
        if (r.flagged) {
            m_table->item(row, 0)->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            ++flagged;
        }
    }
    m_table->resizeColumnsToContents();
    if (flagged)
        m_message->setText(tr("%n request(s) changed their determination with their SMOUT and need review.", nullptr, flagged));
}

void AccessRequestsWindow::showSelected()
{
    m_reasons->clear();
    m_summary->clear();
    m_approver->clear();
    const auto selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int id = selected.first()->data(Qt::UserRole).toInt();
    m_reading->start<AccessRequest>(
        tr("Reading the access request…"), m_location, [id](InventoryStore &store) { return AccessRequests(store).get(id); },
        [this](const Result<AccessRequest> &request) {
            if (!request) {
                m_message->setText(request.error());
                return;
            }
            m_summary->setText(tr("%1 — %2 (%3), supervisor %4")
                                   .arg(determinationName(request->decision.determination), request->employee, request->office,
                                        request->supervisor));
            m_reasons->addItems(request->decision.reasons);
            m_approver->setText(approverName(request->decision.requiredApprover));
        });
}
