#include "RequestsDock.h"

#include "RequestDialog.h"
#include "StudioSettings.h"
#include "editing/RequestEdits.h"
#include "model/FieldNames.h"
#include "model/Roles.h"
#include "review/RequestLog.h"
#include "rules/RuleEngine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

enum Column { Id, Field, Text, Requester, Date, State, Answer };

QString statusText(const InformationRequest &r)
{
    switch (r.status) {
    case RequestStatus::Open: return RequestsDock::tr("Open");
    case RequestStatus::Answered: return RequestsDock::tr("Answered");
    case RequestStatus::Closed: return RequestsDock::tr("Closed");
    }
    return {};
}

QString isoDate(const OptionalDate &d)
{
    return d && d->isValid() ? d->toString(Qt::ISODate) : QString();
}

} // namespace

int openRequestCount(const SmoutDocument &doc, const QString &sectionId)
{
    return int(std::count_if(doc.requests.cbegin(), doc.requests.cend(), [&](const InformationRequest &r) {
        return r.status != RequestStatus::Closed && !r.path.isEmpty() && sectionOfPath(r.path) == sectionId;
    }));
}

RequestsDock::RequestsDock(DocumentModel *model, QWidget *parent)
    : QDockWidget(tr("Requests"), parent), m_model(model), m_filter(new QComboBox), m_list(new QTreeWidget),
      m_answer(new QPushButton(tr("&Answer…"))), m_close(new QPushButton(tr("C&lose Request"))),
      m_compare(new QPushButton(tr("Compare with &Previous Submission…"))), m_details(new QLabel)
{
    setObjectName(u"requestsDock"_s);
    m_filter->setObjectName(u"requestsFilter"_s);
    m_filter->addItem(tr("Open (not closed)"));
    m_filter->addItem(tr("All"));
    m_filter->setAccessibleName(tr("Requests shown"));
    m_list->setObjectName(u"requestsList"_s);
    m_list->setColumnCount(7);
    m_list->setHeaderLabels({tr("Id"), tr("Field"), tr("Request"), tr("Requested by"), tr("Date"), tr("Status"), tr("Answer")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Requests for additional information"));
    m_list->setAccessibleDescription(tr("Activate a request to go to its field"));
    // The columns that name things get room; the texts are shown in full below the list.
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(Field, 170);
    m_list->setColumnWidth(Text, 240);
    m_list->setColumnWidth(Requester, 190);
    m_details->setObjectName(u"requestDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_answer->setObjectName(u"answerRequestButton"_s);
    m_close->setObjectName(u"closeRequestButton"_s);
    m_compare->setObjectName(u"compareSubmissionButton"_s);

    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_answer);
    bar->addWidget(m_close);
    bar->addWidget(m_compare);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    setWidget(content);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &RequestsDock::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RequestsDock::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const InformationRequest *r = selected(); r && !r->path.isEmpty())
            Q_EMIT jumpRequested(r->path);
    });
    connect(m_answer, &QPushButton::clicked, this, &RequestsDock::answerSelected);
    connect(m_close, &QPushButton::clicked, this, &RequestsDock::closeSelected);
    connect(m_compare, &QPushButton::clicked, this, &RequestsDock::compareRequested);
    connect(model, &DocumentModel::documentReset, this, &RequestsDock::refresh);
    // A document that comes back with requests opens on them.
    connect(model, &DocumentModel::documentReset, this, [this] {
        if (m_list->topLevelItemCount() > 0 && m_filter->currentIndex() == 0) {
            show();
            raise();
        }
    });
    connect(model, &DocumentModel::valueChanged, this, &RequestsDock::refresh);
    connect(model, &DocumentModel::roleChanged, this, &RequestsDock::updateButtons);
    refresh();
}

const InformationRequest *RequestsDock::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    for (const InformationRequest &r : m_model->document().requests)
        if (r.id == item->text(Id))
            return &r;
    return nullptr;
}

void RequestsDock::refresh()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text(Id) : QString();
    const bool all = m_filter->currentIndex() == 1;
    const QJsonObject json = m_model->value({}).toObject();
    m_list->clear();
    for (const InformationRequest &r : m_model->document().requests) {
        if (!all && r.status == RequestStatus::Closed)
            continue;
        QString status = statusText(r);
        if (review::changedSinceRequest(json, r))
            status = tr("%1, changed since the request").arg(status);
        const QString field = r.path.isEmpty() ? tr("The whole document") : fieldName(r.path);
        const QString requester = tr("%1 (%2)").arg(r.by, roleName(r.role));
        const QString answer = r.answer ? tr("%1 (%2, %3)").arg(r.answer->text, r.answer->by, isoDate(r.answer->date)) : QString();
        auto *item = new QTreeWidgetItem(m_list, {r.id, field, r.text, requester, isoDate(r.date), status, answer});
        item->setToolTip(Field, r.path);
        item->setToolTip(Text, r.text);
        item->setToolTip(Answer, answer);
        if (r.id == current)
            m_list->setCurrentItem(item);
    }
    for (const Column c : {Id, Date, State})
        m_list->resizeColumnToContents(c);
    updateButtons();
}

void RequestsDock::updateButtons()
{
    const InformationRequest *r = selected();
    const Role role = m_model->role();
    if (r) {
        QString details = tr("%1 about %2, asked by %3 (%4) on %5:\n%6")
                              .arg(r->id, r->path.isEmpty() ? tr("the whole document") : fieldName(r->path), r->by,
                                   roleInSentence(r->role), isoDate(r->date), r->text);
        if (r->answer)
            details += u'\n' + tr("Answer by %1 on %2: %3").arg(r->answer->by, isoDate(r->answer->date), r->answer->text);
        if (review::changedSinceRequest(m_model->value({}).toObject(), *r))
            details += u'\n' + tr("The field has changed since the request.");
        m_details->setText(details);
    }
    // Only while a request is selected, so the list keeps its rows on a small screen.
    m_details->setVisible(r != nullptr);
    const auto apply = [](QPushButton *button, const Status &allowed) {
        button->setEnabled(allowed.ok());
        button->setToolTip(allowed ? QString() : allowed.error());
    };
    if (!r) {
        const Status none = Error{tr("Select a request first.")};
        apply(m_answer, none);
        apply(m_close, none);
    } else {
        apply(m_answer, review::mayAnswer(*r, role));
        apply(m_close, review::mayClose(*r, role));
    }
    m_compare->setEnabled(m_previousKnown);
    m_compare->setToolTip(m_previousKnown ? tr("What changed, field by field, since the previous submission")
                                          : tr("No previous submission is known: open the document from the inventory "
                                               "or from a signed PDF."));
}

void RequestsDock::setPreviousSubmissionKnown(bool known)
{
    m_previousKnown = known;
    updateButtons();
}

void RequestsDock::select(const QString &id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            if (m_list->topLevelItem(i)->text(Id) == id) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
                return;
            }
        m_filter->setCurrentIndex(1); // hidden by the filter: show all
    }
}

void RequestsDock::ask(const QString &path, const QStringList &fields)
{
    if (const Status allowed = review::mayAsk(m_model->role()); !allowed) {
        Q_EMIT refused(allowed.error());
        return;
    }
    RequestDialog *dialog = RequestDialog::forRequest(fields, path, this);
    const bool sent = dialog->exec() == QDialog::Accepted;
    const QString chosen = dialog->path(), text = dialog->text(), who = dialog->senderName();
    delete dialog;
    if (!sent)
        return;
    StudioSettings::confirmUserName(who);
    const auto added = addRequestEdit(*m_model, chosen, text, who);
    if (!added) {
        Q_EMIT refused(added.error());
        return;
    }
    show();
    raise();
    select(added.value());
}

void RequestsDock::answerSelected()
{
    const InformationRequest *r = selected();
    if (!r)
        return;
    if (const Status allowed = review::mayAnswer(*r, m_model->role()); !allowed) {
        Q_EMIT refused(allowed.error());
        return;
    }
    const QString id = r->id;
    RequestDialog *dialog =
        RequestDialog::forAnswer(id, r->path.isEmpty() ? tr("the whole document") : fieldName(r->path), r->text, this);
    const bool sent = dialog->exec() == QDialog::Accepted;
    const QString text = dialog->text(), who = dialog->senderName();
    delete dialog;
    if (!sent)
        return;
    StudioSettings::confirmUserName(who);
    if (const Status done = answerRequestEdit(*m_model, id, text, who); !done)
        Q_EMIT refused(done.error());
}

QString RequestsDock::confirmedUserName()
{
    if (StudioSettings::userNameConfirmed())
        return StudioSettings::userName();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Your name"),
                                               tr("Your name, shown with the requests you close in the document and its PDF:"),
                                               QLineEdit::Normal, StudioSettings::suggestedUserName(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return {};
    StudioSettings::confirmUserName(name);
    return name;
}

void RequestsDock::closeSelected()
{
    const InformationRequest *r = selected();
    if (!r)
        return;
    const QString id = r->id;
    const QString who = confirmedUserName();
    if (who.isEmpty())
        return;
    if (const Status done = closeRequestEdit(*m_model, id, who); !done)
        Q_EMIT refused(done.error());
}
