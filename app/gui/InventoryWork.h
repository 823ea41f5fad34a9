#pragma once

// Inventory work off the GUI thread, so that neither a slow query nor PostgreSQL's connect
// timeout freezes a window. Qt SQL connections belong to the thread that opened them: each
// job opens its own InventoryStore in a worker, uses it there and closes it there. Meanwhile
// a busy bar says what is being done; Cancel (for reads) stops waiting: the worker ends on
// its own and its result is dropped. One job at a time per InventoryWork: a new one replaces
// the one waited for (the newest search wins).

#include "model/Result.h"
#include "store/InventoryStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <initializer_list>
#include <optional>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QThreadPool;
class QWidget;

class InventoryWork : public QObject {
    Q_OBJECT
public:
    explicit InventoryWork(QObject *parent);

    // The busy bar, what is being done, and Cancel: visible while a job is waited for. The
    // caller puts it in its layout or status bar.
    QWidget *indicator() const { return m_indicator; }
    // A window's bottom row: `message` (which also says when the user stopped waiting)
    // beside the indicators of `works`.
    static QHBoxLayout *statusRow(QLabel *message, std::initializer_list<InventoryWork *> works);
    bool running() const { return m_current != nullptr; }

    // Runs `job` on the inventory at `location`, opened in a worker thread; `done` gets the
    // outcome (or why the inventory could not be opened) on the GUI thread, unless the user
    // cancelled or a later start() replaced this job. `cancellable`: whether Cancel is
    // offered (never for a write: its outcome must be known).
    template <typename T>
    void start(const QString &what, const QString &location, std::function<smout::Result<T>(smout::store::InventoryStore &)> job,
               std::function<void(const smout::Result<T> &)> done, bool cancellable = true)
    {
        // A default-constructible carrier for the future.
        struct Outcome {
            std::optional<T> value;
            QString error;
        };
        auto *watcher = new QFutureWatcher<Outcome>(this);
        begin(watcher, what, cancellable);
        connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, done] {
            watcher->deleteLater();
            if (m_current != watcher)
                return; // cancelled or replaced: nobody waits for it any more
            end();
            const Outcome outcome = watcher->result();
            done(outcome.value ? smout::Result<T>(*outcome.value) : smout::Result<T>(smout::Error{outcome.error}));
            Q_EMIT finished();
        });
        watcher->setFuture(QtConcurrent::run(pool(), [location, job] {
            Outcome outcome;
            auto opened = smout::store::InventoryStore::open(location);
            if (!opened) {
                outcome.error = opened.error();
                return outcome;
            }
            auto result = job(*opened.value());
            if (result)
                outcome.value = std::move(result).value();
            else
                outcome.error = result.error();
            return outcome;
        }));
    }

    // Stops waiting for the current job (a read): its result is dropped.
    void cancel();

Q_SIGNALS:
    // A job's outcome was handed to its `done`.
    void finished();
    // The user stopped waiting.
    void cancelled();

private:
    // The workers of inventory jobs, apart from the global pool: a connect that hangs until
    // its timeout must not hold up exports or verifications.
    static QThreadPool *pool();
    void begin(QObject *watcher, const QString &what, bool cancellable);
    void end();

    QObject *m_current = nullptr;
    QWidget *m_indicator;
    QProgressBar *m_busy;
    QLabel *m_what;
    QPushButton *m_cancel;
};
