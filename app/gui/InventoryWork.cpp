#include "InventoryWork.h"

#include "BusyBar.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>

using namespace Qt::StringLiterals;

QHBoxLayout *InventoryWork::statusRow(QLabel *message, std::initializer_list<InventoryWork *> works)
{
    message->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(message, 1);
    for (InventoryWork *work : works) {
        row->addWidget(work->indicator());
        connect(work, &InventoryWork::cancelled, message, [message] { message->setText(tr("Stopped waiting for the inventory.")); });
    }
    return row;
}

InventoryWork::InventoryWork(QObject *parent)
    : QObject(parent), m_indicator(new QWidget), m_busy(smout::newBusyBar(tr("Working on the inventory"), 120)), m_what(new QLabel), m_cancel(new QPushButton(tr("Cancel")))
{
    m_indicator->setObjectName(u"inventoryBusy"_s);
    auto *layout = new QHBoxLayout(m_indicator);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_what);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancel);
    m_cancel->setToolTip(tr("Stop waiting for the inventory"));
    connect(m_cancel, &QPushButton::clicked, this, &InventoryWork::cancel);
    m_indicator->hide();
    // The indicator lives in a layout of the caller's; if that goes first, so does it.
    connect(m_indicator, &QObject::destroyed, this, [this] { m_indicator = nullptr; });
}

QThreadPool *InventoryWork::pool()
{
    // Parented to the application: waits for its workers (at most a connect timeout) when
    // the application ends, before the SQL drivers are unloaded.
    static QThreadPool *workers = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(4);
        return p;
    }();
    return workers;
}

void InventoryWork::begin(QObject *watcher, const QString &what, bool cancellable)
{
    m_current = watcher;
    if (!m_indicator)
        return;
    m_what->setText(what);
    m_cancel->setVisible(cancellable);
    m_indicator->show();
}

void InventoryWork::end()
{
    m_current = nullptr;
    if (m_indicator)
        m_indicator->hide();
}

void InventoryWork::cancel()
{
    if (!m_current)
        return;
    end();
    Q_EMIT cancelled();
}
