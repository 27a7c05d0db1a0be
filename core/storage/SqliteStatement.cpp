#include "storage/SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Linnet {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *connection, const QString &sql) : m_connection(connection)
{
    if (!connection) {
        m_error = u"Not an open SQLite connection"_s;
        return;
    }
    const int code =
        sqlite3_prepare16_v3(connection, sql.constData(), int(sql.size() * sizeof(QChar)),
                             SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        fail(u"Unable to execute statement"_s, code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

bool SqliteStatement::fail(const QString &what, int code)
{
    m_error = what + u' ' +
              (m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection))
                            : QString::fromUtf8(sqlite3_errstr(code)));
    return false;
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_statement && sqlite3_bind_int64(m_statement, index + 1, value) != SQLITE_OK)
        m_bindFailed = true;
}

void SqliteStatement::bind(int index, const QString &text)
{
    // constData() is never null, so a null QString binds '' (a null pointer would bind NULL).
    if (m_statement &&
        sqlite3_bind_text16(m_statement, index + 1, text.constData(),
                            int(text.size() * sizeof(QChar)), SQLITE_STATIC) != SQLITE_OK)
        m_bindFailed = true;
}

void SqliteStatement::bindNull(int index)
{
    if (m_statement && sqlite3_bind_null(m_statement, index + 1) != SQLITE_OK)
        m_bindFailed = true;
}

void SqliteStatement::bindNullIfEmpty(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

SqliteStatement::Step SqliteStatement::step()
{
    if (!m_statement)
        return Step::Error; // m_error says why it was not prepared
    if (m_bindFailed) {
        fail(u"Parameter count mismatch"_s, SQLITE_RANGE);
        return Step::Error;
    }
    switch (const int code = sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        fail(u"Unable to fetch row"_s, code);
        return Step::Error;
    }
}

bool SqliteStatement::run()
{
    const bool done = step() == Step::Done;
    reset();
    return done;
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindFailed = false;
}

} // namespace Linnet
