#include "ReleaseReviewView.h"

#include "Dialogs.h"
#include "ExemptionChooser.h"
#include "WrappedRows.h"
#include "model/FieldNames.h"
#include "release/MarkingCheck.h"
#include "release/ChoiceGroups.h"
#include "release/ImpliedAnswers.h"
#include "editing/MarkingCommand.h"
#include "release/RedactedCopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace smout;
using namespace Qt::StringLiterals;

ReleaseReviewView::ReleaseReviewView(DocumentModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_list(new QTreeWidget), m_warnings(new QListWidget), m_change(new QPushButton(tr("Change &Exemptions…"))),
      m_remove(new QPushButton(tr("&Remove Marking")))
{
    setObjectName(u"releaseReview"_s);
    m_list->setObjectName(u"releaseMarkings"_s);
    m_list->setAccessibleName(tr("Release markings"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Field"), tr("Exemptions"), tr("Withheld"), tr("Release")});
    // The field's name takes what the short columns leave, and wraps: nothing is cut to
    // "Contact Infor…" and nothing scrolls sideways. The withheld words are in their tool tip.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->resizeSection(2, fontMetrics().averageCharWidth() * 12);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    new WrappedRows(m_list);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_change->setObjectName(u"changeExemptions"_s);
    m_remove->setObjectName(u"removeMarking"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    m_warnings->setObjectName(u"releaseWarnings"_s);
    m_warnings->setAccessibleName(tr("Answers the release would give away"));
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(fontMetrics().height() * 5);
    layout->addWidget(m_warnings);

    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (selectedMarking() >= 0)
            Q_EMIT goToRequested(selectedMarking());
    });
    connect(m_change, &QPushButton::clicked, this, [this] {
        const qsizetype i = selectedMarking();
        if (i < 0)
            return;
        const QString exemption = ExemptionChooser::choose(this, m_model->document().redactions[i].exemption);
        if (exemption.isEmpty())
            return;
        if (const Status changed = release::setMarkingExemption(*m_model, i, exemption); !changed)
            Dialogs::inform(this, tr("Change Exemptions"), changed.error());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const qsizetype i = selectedMarking();
        if (i < 0)
            return;
        if (const Status removed = release::removeMarking(*m_model, i); !removed)
            Dialogs::inform(this, tr("Remove Marking"), removed.error());
    });
    connect(m_model, &DocumentModel::valueChanged, this, &ReleaseReviewView::refresh);
    connect(m_model, &DocumentModel::documentReset, this, &ReleaseReviewView::refresh);
    refresh();
}

QSize ReleaseReviewView::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 50, QWidget::sizeHint().height()};
}

qsizetype ReleaseReviewView::selectedMarking() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : -1;
}

void ReleaseReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReleaseReviewView::refresh()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    const SmoutDocument &doc = m_model->document();
    const qsizetype selected = selectedMarking();
    QHash<qsizetype, QString> problems;
    for (const release::MarkingProblem &p : release::placeMarkings(doc, m_model->value({}).toObject()).problems)
        problems[p.index] += p.message;
    m_list->clear();
    for (const qsizetype i : release::markingsInDocumentOrder(doc)) {
        const Redaction &r = doc.redactions[i];
        const QJsonValue value = m_model->value(r.path);
        QString withheld = release::choiceGroupOf(r.path) ? tr("(the whole choice)")
            : value.isString()                            ? value.toString()
                                                          : tr("(the whole entry)");
        if (value.isString() && r.start && r.end && *r.start <= *r.end && *r.end <= withheld.size())
            withheld = withheld.mid(*r.start, *r.end - *r.start);
        auto *item = new QTreeWidgetItem(m_list, {fieldName(r.path), r.exemption, withheld.simplified().left(120),
                                                  problems.contains(i) ? tr("cannot be applied") : tr("applied")});
        item->setData(0, Qt::UserRole, qlonglong(i));
        item->setToolTip(0, r.path);
        item->setToolTip(2, withheld);
        if (problems.contains(i))
            item->setToolTip(3, problems[i]);
        if (i == selected)
            m_list->setCurrentItem(item);
    }
    m_warnings->clear();
    if (const auto copy = release::redactedCopy(doc, m_model->value({}).toObject()))
        for (const release::ImpliedAnswer &w : release::impliedAnswers(copy.value())) {
            auto *item = new QListWidgetItem(tr("Warning: %1").arg(w.message), m_warnings);
            item->setToolTip(w.message);
        }
    m_warnings->setVisible(m_warnings->count() > 0);
    m_change->setEnabled(m_list->topLevelItemCount() > 0);
    m_remove->setEnabled(m_list->topLevelItemCount() > 0);
}
