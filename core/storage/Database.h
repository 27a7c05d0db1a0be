#pragma once

#include "storage/StorageResult.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

namespace Linnet {

// One account's SQLite database. Every query runs on one worker thread that owns the
// connection; callers get a QFuture and take the result on their own thread with the
// callback form of run() or with deliver() (not QFuture::then: see deliver()). Jobs
// run in the order they were submitted, so a write followed by a read sees the write.
class Database : public QObject
{
    Q_OBJECT
public:
    explicit Database(QObject *parent = nullptr);
    // Finishes the jobs already submitted, closes the connection and stops the thread.
    ~Database() override;

    // Opens (creating when needed) the file at path, turns on WAL and foreign keys and migrates
    // the schema to the latest version. Jobs submitted meanwhile run after it.
    QFuture<StorageResult> open(const QString &path);
    // The same, but migrates only up to targetVersion (for migration tests).
    QFuture<StorageResult> open(const QString &path, int targetVersion);

    // Runs job on the worker thread with the open connection.
    template <typename T> QFuture<T> run(std::function<T(QSqlDatabase &)> job)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([this, promise, job = std::move(job)] {
            if constexpr (std::is_void_v<T>)
                job(m_db);
            else
                promise->addResult(job(m_db));
            promise->finish();
        });
        return future;
    }

    // Runs job on the worker thread and calls done(result) on this Database's thread (the one
    // that created it), unless context is gone by then. context must live in that thread.
    template <typename T, typename Done>
    void run(QObject *context, std::function<T(QSqlDatabase &)> job, Done done)
    {
        deliver(run<T>(std::move(job)), context, std::move(done));
    }

    // Calls done(result) of future on this Database's thread once it finishes, unless context
    // is gone by then. Neither QFuture::then(context, ...) (Qt 6.4 asserts when the context dies
    // first) nor a plain then() (in Qt 6.4 attaching a continuation races with the worker
    // finishing the future; the faults test crashed in the continuation's QPromise::start): a
    // QFutureWatcher on this thread hears of the end through a queued signal.
    template <typename T, typename Done>
    void deliver(QFuture<T> future, QObject *context, Done done)
    {
        QPointer<QObject> guard(context);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [watcher, guard, done = std::move(done)]() mutable {
                    watcher->deleteLater();
                    if (!guard)
                        return;
                    if constexpr (std::is_void_v<T>)
                        done();
                    else
                        done(watcher->future().result());
                });
        watcher->setFuture(std::move(future));
    }

    QString path() const { return m_path; }
    // The thread that runs the jobs (tests check that it is not the caller's).
    const QThread *workerThread() const { return &m_thread; }

private:
    void post(std::function<void()> task);
    StorageResult openOnWorker(const QString &path, int targetVersion);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; the receiver of posted jobs
    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db; // touched on the worker thread only
};

} // namespace Linnet
