#pragma once

#include <QString>

class QSqlError;

namespace Linnet {

// The outcome of a write to the database: success, or a sentence for the user (the SQL detail
// goes to the log).
struct StorageResult
{
    bool ok = true;
    QString sentence;

    static StorageResult success() { return {}; }
    // Logs the SQL error with what was being done, and returns a failure in words.
    static StorageResult failure(const QString &what, const QSqlError &error);
    static StorageResult failure(const QString &sentence) { return {false, sentence}; }
};

} // namespace Linnet
