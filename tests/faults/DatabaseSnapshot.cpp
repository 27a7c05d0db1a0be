#include "DatabaseSnapshot.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Linnet::Test {

namespace {

// Values of the schema (core/storage/Migrations.cpp, HistoryTypes.h).
constexpr int Outgoing = 1;
constexpr int Queued = 1;

void readInto(QSqlDatabase &db, const QString &conversation, DatabaseSnapshot &snapshot)
{
    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA integrity_check"_s)) {
        snapshot.error = check.lastError().text();
        return;
    }
    QStringList lines;
    while (check.next())
        lines.append(check.value(0).toString());
    snapshot.integrity = lines.join(u"; ");
    QSqlQuery rows(db);
    rows.prepare(u"SELECT direction, message_id, state FROM messages WHERE conversation = ?"_s);
    rows.addBindValue(conversation);
    if (!rows.exec()) {
        snapshot.error = rows.lastError().text();
        return;
    }
    while (rows.next()) {
        const QString id = rows.value(1).toString();
        const bool own = rows.value(0).toInt() == Outgoing;
        ++(own ? snapshot.outgoing : snapshot.incoming)[id];
        if (own && rows.value(2).toInt() == Queued)
            snapshot.queued.insert(id);
    }
}

} // namespace

DatabaseSnapshot DatabaseSnapshot::read(const QString &path, const QString &conversation)
{
    DatabaseSnapshot snapshot;
    const QString name = u"snapshot-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open())
            readInto(db, conversation, snapshot);
        else
            snapshot.error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return snapshot;
}

QString DatabaseSnapshot::duplicates(const QHash<QString, int> &held)
{
    QStringList ids;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (it.value() > 1)
            ids.append(it.key());
    }
    return ids.join(u", ");
}

} // namespace Linnet::Test
