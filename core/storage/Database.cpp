#include "storage/Database.h"

#include "Logging.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

// SQLite counts every allocation under a process-wide mutex unless told not to, before it
// initialises (first open); Linnet never asks it how much memory it uses.
const bool g_memoryStatisticsOff = [] {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}();

} // namespace

Database::Database(QObject *parent)
    : QObject(parent), m_worker(new QObject),
      m_connectionName(u"linnet-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_thread.setObjectName(u"linnet-database"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

Database::~Database()
{
    // Queued after every job already submitted, so those finish first.
    post([this] {
        if (m_db.isValid())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_thread.quit();
    });
    m_thread.wait();
    delete m_worker;
}

void Database::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

QFuture<StorageResult> Database::open(const QString &path)
{
    return open(path, Migrations::latestVersion());
}

QFuture<StorageResult> Database::open(const QString &path, int targetVersion)
{
    m_path = path;
    return run<StorageResult>(
        [this, path, targetVersion](QSqlDatabase &) { return openOnWorker(path, targetVersion); });
}

static QString failedToOpen(const QString &detail)
{
    qCWarning(lcStorage) << "Cannot open the database:" << detail;
    return QCoreApplication::translate("Linnet", "The local database could not be opened (%1).")
        .arg(detail);
}

StorageResult Database::openOnWorker(const QString &path, int targetVersion)
{
    if (m_db.isValid())
        return StorageResult::failure(failedToOpen(u"it is already open"_s));
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return StorageResult::failure(failedToOpen(m_db.lastError().text()));

    QSqlQuery pragma(m_db);
    // synchronous NORMAL under WAL: a commit survives the application crashing; a power cut
    // may lose the last commits, never the database's consistency. temp_store MEMORY: the
    // statement journal (the undo log of one statement inside a batch's transaction, needed for
    // a statement that fires a trigger or changes several rows) stays in memory; on a file it
    // spilled after 64 KB and then cost two write() calls per page for every later statement of the
    // batch (14 per message). busy_timeout: another process on the same file (linnet-cli history
    // --search indexes the search queue, a write) makes this worker wait for the lock instead of
    // failing a batch.
    for (const QString &statement :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
          u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA temp_store = MEMORY"_s,
          u"PRAGMA busy_timeout = 5000"_s}) {
        if (!pragma.exec(statement))
            return StorageResult::failure(failedToOpen(pragma.lastError().text()));
    }
    QString error;
    if (!Migrations::migrate(m_db, targetVersion, &error))
        return StorageResult::failure(failedToOpen(error));
    qCDebug(lcStorage) << "Opened" << path << "at schema" << Migrations::currentVersion(m_db);
    return StorageResult::success();
}

} // namespace Linnet
