#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Linnet {

// One forward step of the schema: the statements that take version - 1 to version.
struct Migration
{
    int version;
    QStringList statements;
};

// The schema of the account database as an ordered list of forward migrations. A fresh
// database is made by running all of them; an old one runs those above its schema_version.
// Never edit a published migration: append a new one.
class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();

    // The version recorded in schema_version, 0 for an empty database, -1 on error.
    static int currentVersion(QSqlDatabase &db, QString *error = nullptr);
    // Runs every migration above the current version up to target, each in one transaction
    // together with its schema_version update. Returns false with error set on failure.
    static bool migrate(QSqlDatabase &db, int targetVersion, QString *error);
};

} // namespace Linnet
