#include "AccessRequestsWindow.h"

#include "AccessRequestForm.h"
#include "InventoryWork.h"
#include "model/FormText.h"
#include "store/UserName.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;

AccessRequestsWindow::AccessRequestsWindow(const QString &location, QWidget *parent)
    : QWidget(parent, Qt::Window), m_location(location), m_determination(new QComboBox), m_mode(new QComboBox), m_level(new QComboBox),
      m_smout(new QLineEdit), m_table(new QTableWidget), m_summary(new QLabel), m_smoutTitle(new QLabel), m_approver(new QLabel),
      m_approval(new QLabel), m_actingUser(new QLabel), m_message(new QLabel), m_reasons(new QListWidget),
      m_new(new QPushButton(tr("&New Request…"))), m_record(new QPushButton(tr("Record &Determination"))),
      m_approve(new QPushButton(tr("A&pprove"))), m_listing(new InventoryWork(this)), m_reading(new InventoryWork(this)),
      m_writing(new InventoryWork(this))
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
    for (const AccessMode mode : allOf<AccessMode>())
        m_mode->addItem(FormText::accessModeName(mode), QString(codeOf(mode)));
    m_mode->setAccessibleName(tr("Access mode"));
    auto *smoutLabel = new QLabel(tr("S&MOUT id:"));
    smoutLabel->setBuddy(m_smout);
    m_smout->setAccessibleName(tr("SMOUT id"));
    filters->addWidget(m_new);
    filters->addWidget(m_determination);
    filters->addWidget(m_mode);
    filters->addWidget(smoutLabel);
    filters->addWidget(m_smout, 1);
    layout->addLayout(filters);

    m_table->setColumnCount(7);
    // The SMOUT's title is long: last, so that it takes the room left and hides nothing.
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("Name of employee"), tr("Location"), tr("Access requested"),
                                        tr("Determination"), tr("Approved by"), tr("SMOUT")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("Access requests"));
    m_table->setAccessibleDescription(tr("Requests marked with a warning changed their determination when their SMOUT changed"));

    auto *detail = new QWidget;
    auto *form = new QFormLayout(detail);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QLabel *label : {m_summary, m_smoutTitle, m_approver, m_approval, m_actingUser, m_message}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_reasons->setAccessibleName(tr("Reasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    form->addRow(tr("Determination:"), m_summary);
    form->addRow(tr("SMOUT:"), m_smoutTitle);
    form->addRow(tr("Reasons:"), m_reasons);
    form->addRow(tr("Must be approved by:"), m_approver);
    form->addRow(tr("Supervisor approval:"), m_approval);
    m_record->setToolTip(tr("Decide the request again from the inventory as it is today, and record the determination with its reasons"));
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_record);
    recordRow->addStretch(1);
    form->addRow(QString(), recordRow);
    form->addRow(tr("Approving as:"), m_actingUser);
    for (const ApproverLevel level : {ApproverLevel::FirstLine, ApproverLevel::SecondLevel, ApproverLevel::SesOrDelegatedGs15})
        m_level->addItem(approverName(level), approverCode(level));
    auto *levelLabel = new QLabel(tr("Your supervisor &level:"));
    levelLabel->setBuddy(m_level);
    m_level->setAccessibleName(tr("Your supervisor level"));
    auto *approveRow = new QHBoxLayout;
    approveRow->addWidget(m_level, 1);
    approveRow->addWidget(m_approve);
    form->addRow(levelLabel, approveRow);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(detail);
    layout->addWidget(split, 1);
    layout->addLayout(InventoryWork::statusRow(m_message, {m_listing, m_reading, m_writing}));
    m_record->setEnabled(false);
    m_approve->setEnabled(false);

    connect(m_determination, &QComboBox::currentIndexChanged, this, &AccessRequestsWindow::refresh);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AccessRequestsWindow::refresh);
    connect(m_smout, &QLineEdit::textChanged, this, &AccessRequestsWindow::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccessRequestsWindow::showSelected);
    connect(m_new, &QPushButton::clicked, this, &AccessRequestsWindow::newRequest);
    connect(m_record, &QPushButton::clicked, this, &AccessRequestsWindow::recordDetermination);
    connect(m_approve, &QPushButton::clicked, this, &AccessRequestsWindow::approve);
    refresh();
}

AccessRequestsWindow *AccessRequestsWindow::showFor(const QString &location, QWidget *parent)
{
    auto *window = parent->findChild<AccessRequestsWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new AccessRequestsWindow(location, parent);
    else
        window->setLocation(location);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void AccessRequestsWindow::setLocation(const QString &location)
{
    m_location = location;
    refresh();
}

bool AccessRequestsWindow::busy() const
{
    return m_listing->running() || m_reading->running() || m_writing->running();
}

QString AccessRequestsWindow::message() const
{
    return m_message->text();
}

QString AccessRequestsWindow::approvingAs() const
{
    return m_actingUser->text();
}

void AccessRequestsWindow::refresh()
{
    AccessFilter filter;
    filter.determination = determinationFromCode(m_determination->currentData().toString());
    filter.mode = fromCode<AccessMode>(m_mode->currentData().toString());
    filter.smoutId = m_smout->text().trimmed();
    if (!m_keepSelected)
        m_keepSelected = selectedId();
    const QString who = store::userName();
    m_listing->start<Listing>(
        tr("Reading the access requests…"), m_location,
        [filter, who](InventoryStore &store) -> Result<Listing> {
            AccessRequests requests(store);
            // Decided as of today, so that SMOUTs that fell overdue are seen.
            if (const auto redecided = requests.redecide(QDate::currentDate(), who); !redecided)
                return Error{redecided.error()};
            Listing listing;
            auto all = requests.list(filter);
            if (!all)
                return Error{all.error()};
            listing.requests = all.value();
            auto smouts = store.list();
            if (!smouts)
                return Error{smouts.error()};
            listing.smouts = smouts.value();
            if (const auto user = requests.actingUser())
                listing.actingUser = user.value();
            else
                listing.actingUserProblem = user.error();
            return listing;
        },
        [this](const Result<Listing> &listing) { showRequests(listing); });
}

QString AccessRequestsWindow::smoutTitle(const QString &id) const
{
    for (const InventoryEntry &e : m_smouts)
        if (e.id == id)
            return e.title.isEmpty() ? tr("Untitled SMOUT (%1)").arg(e.component) : e.title;
    return tr("not in the inventory (%1)").arg(id);
}

void AccessRequestsWindow::showRequests(const Result<Listing> &listing)
{
    const int keep = m_keepSelected;
    m_keepSelected = 0;
    m_table->setRowCount(0);
    if (!listing) {
        m_said.clear();
        m_message->setText(listing.error());
        return;
    }
    m_smouts = listing->smouts;
    m_actingUserName = listing->actingUser;
    m_actingUser->setText(listing->actingUser.isEmpty() ? listing->actingUserProblem : listing->actingUser);
    QStringList said{m_said};
    m_said.clear();
    int flagged = 0;
    for (const AccessRequest &r : listing->requests) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString approval = r.approverLevel ? tr("%1 (%2)").arg(r.approver, approverName(*r.approverLevel)) : QString();
        const QStringList cells{QString::number(r.id), r.employee, r.office, FormText::accessModeName(r.facts.mode),
                                determinationName(r.decision.determination), approval, smoutTitle(r.facts.smoutId)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            if (r.flagged) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("The determination changed when its SMOUT changed; review it"));
            }
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 6)->setToolTip(smoutTitle(r.facts.smoutId));
        if (r.flagged) {
            m_table->item(row, 0)->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            ++flagged;
        }
    }
    for (int c = 0; c < m_table->columnCount() - 1; ++c)
        m_table->resizeColumnToContents(c);
    if (flagged)
        said << tr("%n request(s) changed their determination with their SMOUT and need review.", nullptr, flagged);
    said.removeAll(QString());
    m_message->setText(said.join(u' '));
    if (keep)
        select(keep);
}

int AccessRequestsWindow::selectedId() const
{
    const auto selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toInt();
}

void AccessRequestsWindow::select(int id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toInt() == id) {
            m_table->selectRow(row);
            return;
        }
}

void AccessRequestsWindow::showSelected()
{
    m_reasons->clear();
    for (QLabel *label : {m_summary, m_smoutTitle, m_approver, m_approval})
        label->clear();
    m_record->setEnabled(false);
    m_approve->setEnabled(false);
    const int id = selectedId();
    if (!id)
        return;
    m_reading->start<AccessRequest>(
        tr("Reading the access request…"), m_location, [id](InventoryStore &store) { return AccessRequests(store).get(id); },
        [this, id](const Result<AccessRequest> &request) {
            if (id != selectedId())
                return; // another request was chosen meanwhile
            if (!request) {
                m_message->setText(request.error());
                return;
            }
            showRequest(request.value());
        });
}

void AccessRequestsWindow::showRequest(const AccessRequest &r)
{
    m_summary->setText(tr("%1 — %2 (%3), supervisor %4")
                           .arg(determinationName(r.decision.determination), r.employee, r.office, r.supervisor));
    m_smoutTitle->setText(smoutTitle(r.facts.smoutId));
    m_reasons->addItems(r.decision.reasons);
    m_approver->setText(approverName(r.decision.requiredApprover));
    m_approval->setText(r.approverLevel ? tr("approved by %1 as %2 on %3")
                                              .arg(r.approver, approverName(*r.approverLevel),
                                                   QLocale().toString(r.approvedAt.toLocalTime().date(), QLocale::ShortFormat))
                                        : tr("not approved yet"));
    m_record->setEnabled(true);
    // Only an approved determination goes to the supervisor, and only someone the system knows approves.
    m_approve->setEnabled(r.decision.determination == AccessDetermination::Approved && !r.approverLevel && !m_actingUserName.isEmpty());
    m_level->setCurrentIndex(m_level->findData(approverCode(r.decision.requiredApprover)));
}

AccessRequestForm *AccessRequestsWindow::newRequest()
{
    auto *form = new AccessRequestForm(m_smouts, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        const AccessRequest request = form->request();
        const QString who = store::userName();
        m_writing->start<int>(
            tr("Adding the access request…"), m_location,
            [request, who](InventoryStore &store) { return AccessRequests(store).add(request, QDate::currentDate(), who); },
            [this, request](const Result<int> &id) {
                if (!id) {
                    m_message->setText(tr("The request was not added: %1").arg(id.error()));
                    return;
                }
                changed(tr("Request %1 for %2 was added.").arg(id.value()).arg(request.employee), id.value());
            },
            false);
    });
    form->open();
    return form;
}

void AccessRequestsWindow::recordDetermination()
{
    const int id = selectedId();
    if (!id)
        return;
    const QString who = store::userName();
    m_writing->start<AccessRequest>(
        tr("Recording the determination…"), m_location,
        [id, who](InventoryStore &store) { return AccessRequests(store).decide(id, QDate::currentDate(), who); },
        [this, id](const Result<AccessRequest> &decided) {
            if (!decided) {
                m_message->setText(tr("The determination was not recorded: %1").arg(decided.error()));
                return;
            }
            changed(tr("Request %1: %2, recorded with its reasons.").arg(id).arg(determinationName(decided->decision.determination)), id);
        },
        false);
}

void AccessRequestsWindow::approve()
{
    const int id = selectedId();
    const auto level = approverFromCode(m_level->currentData().toString());
    if (!id || !level)
        return;
    const QString who = store::userName();
    m_writing->start<ApprovalOutcome>(
        tr("Approving the access request…"), m_location,
        [id, level, who](InventoryStore &store) {
            return AccessRequests(store).approveAsActingUser(id, *level, QDate::currentDate(), who);
        },
        [this, id](const Result<ApprovalOutcome> &outcome) {
            if (!outcome) {
                m_message->setText(tr("The request was not approved: %1").arg(outcome.error()));
                return;
            }
            if (outcome->refused) {
                changed(tr("The request was not approved: %1").arg(outcome->why), id);
                return;
            }
            changed(tr("Request %1 was approved by %2.").arg(id).arg(m_actingUserName), id);
        },
        false);
}

void AccessRequestsWindow::changed(const QString &message, int id)
{
    m_keepSelected = id;
    // Said once the list is read again, before what the list itself has to say.
    m_said = message;
    m_message->setText(message);
    refresh();
}
