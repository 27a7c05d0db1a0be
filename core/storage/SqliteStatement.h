#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Linnet {

// One statement compiled with the sqlite3 C API on the connection Qt's QSQLITE driver opened.
// The per-message writes go through it instead of QSqlQuery: Qt 6.4 builds a placeholder
// QString and a QVariant for every bound value, which cost the database thread more than the
// B-tree insert. It runs inside whatever transaction Qt opened on the same connection. A
// statement that stepped must be reset() before the transaction commits (a pending read blocks
// COMMIT). Used on the connection's thread only; destroyed before the connection closes.
class SqliteStatement
{
public:
    enum class Step { Row, Done, Error };

    // The sqlite3 handle under db; nullptr when db is not an open QSQLITE connection.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    // Prepares sql on connection; when that fails (or connection is null) the statement keeps
    // the error and every step() fails with it.
    SqliteStatement(sqlite3 *connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 0, like QSqlQuery::bindValue. Text is not copied: the string must
    // live until the statement is reset. A null string binds empty text, not NULL.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindNull(int index);
    // Empty text as NULL (the partial de-duplication indexes skip NULLs).
    void bindNullIfEmpty(int index, const QString &text);

    Step step();
    // For a statement that returns no rows: steps it to its end and resets it. False on an
    // error, which errorText() gives.
    bool run();
    // Columns count from 0; valid after step() returned Row.
    qint64 int64At(int column) const;
    bool isNullAt(int column) const;
    // Ends the run (releases its read cursor) and drops the bindings.
    void reset();

    // What the last failure was (sqlite3_errmsg when it happened), as Qt would report it.
    QString errorText() const { return m_error; }

private:
    bool fail(const QString &what, int code);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    bool m_bindFailed = false;
};

} // namespace Linnet
