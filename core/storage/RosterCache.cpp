#include "storage/RosterCache.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

// Runs the statements of one write in a transaction, rolling back on the first failure.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

bool setVersion(QSqlDatabase &db, const QString &version)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO roster_meta (key, value) VALUES ('version', ?)"_s);
    query.addBindValue(version);
    return query.exec();
}

bool writeItem(QSqlQuery &item, QSqlQuery &clearGroups, QSqlQuery &group, const RosterItem &value)
{
    const QString jid = value.jid.bareString();
    item.bindValue(0, jid);
    item.bindValue(1, value.name.isNull() ? u""_s : value.name); // NOT NULL
    item.bindValue(2, RosterItem::subscriptionName(value.subscription));
    item.bindValue(3, value.askSubscribe ? 1 : 0);
    item.bindValue(4, value.approved ? 1 : 0);
    if (!item.exec())
        return false;
    clearGroups.bindValue(0, jid);
    if (!clearGroups.exec())
        return false;
    for (int i = 0; i < value.groups.size(); ++i) {
        group.bindValue(0, jid);
        group.bindValue(1, value.groups.at(i));
        group.bindValue(2, i);
        if (!group.exec())
            return false;
    }
    return true;
}

struct ItemWriter
{
    explicit ItemWriter(QSqlDatabase &db) : item(db), clearGroups(db), group(db)
    {
        item.prepare(u"INSERT INTO roster_items (jid, name, subscription, ask, approved) VALUES "
                     u"(?, ?, ?, ?, ?) ON CONFLICT (jid) DO UPDATE SET name = excluded.name, "
                     u"subscription = excluded.subscription, ask = excluded.ask, "
                     u"approved = excluded.approved"_s);
        clearGroups.prepare(u"DELETE FROM roster_groups WHERE jid = ?"_s);
        group.prepare(u"INSERT INTO roster_groups (jid, name, position) VALUES (?, ?, ?)"_s);
    }
    bool write(const RosterItem &value) { return writeItem(item, clearGroups, group, value); }
    QSqlError lastError() const
    {
        for (const QSqlQuery *query : {&item, &clearGroups, &group}) {
            if (query->lastError().isValid())
                return query->lastError();
        }
        return {};
    }

    QSqlQuery item, clearGroups, group;
};

} // namespace

RosterCache::RosterCache(Database &database) : m_database(database) {}

QFuture<RosterSnapshot> RosterCache::load()
{
    return m_database.run<RosterSnapshot>([](QSqlDatabase &db) {
        RosterSnapshot snapshot;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(u"SELECT value FROM roster_meta WHERE key = 'version'"_s) && query.next())
            snapshot.version = query.value(0).toString();

        QHash<QString, QStringList> groups;
        if (query.exec(u"SELECT jid, name FROM roster_groups ORDER BY jid, position"_s)) {
            while (query.next())
                groups[query.value(0).toString()].append(query.value(1).toString());
        }
        if (!query.exec(u"SELECT jid, name, subscription, ask, approved FROM roster_items"_s))
            return snapshot;
        while (query.next()) {
            RosterItem item;
            item.jid = Jid::parse(query.value(0).toString());
            if (!item.jid.isBare())
                continue;
            item.name = query.value(1).toString();
            item.subscription = RosterItem::subscriptionFromName(query.value(2).toString())
                                    .value_or(RosterSubscription::None);
            item.askSubscribe = query.value(3).toInt() != 0;
            item.approved = query.value(4).toInt() != 0;
            item.groups = groups.value(query.value(0).toString());
            snapshot.items.append(item);
        }
        return snapshot;
    });
}

QFuture<StorageResult> RosterCache::replaceAll(const QString &version,
                                               const QList<RosterItem> &items)
{
    return m_database.run<StorageResult>([version, items](QSqlDatabase &db) {
        Transaction transaction(db);
        if (!transaction.isOpen())
            return StorageResult::failure(u"starting a roster replacement"_s, db.lastError());
        QSqlQuery clear(db);
        if (!clear.exec(u"DELETE FROM roster_items"_s))
            return StorageResult::failure(u"clearing the roster"_s, clear.lastError());
        ItemWriter writer(db);
        for (const RosterItem &item : items) {
            if (!writer.write(item))
                return StorageResult::failure(u"storing the roster"_s, writer.lastError());
        }
        if (!setVersion(db, version) || !transaction.commit())
            return StorageResult::failure(u"storing the roster version"_s, db.lastError());
        return StorageResult::success();
    });
}

QFuture<StorageResult> RosterCache::applyPush(const QString &version, const RosterItem &item)
{
    return m_database.run<StorageResult>([version, item](QSqlDatabase &db) {
        Transaction transaction(db);
        if (!transaction.isOpen())
            return StorageResult::failure(u"starting a roster push"_s, db.lastError());
        if (item.subscription == RosterSubscription::Remove) {
            QSqlQuery remove(db);
            remove.prepare(u"DELETE FROM roster_items WHERE jid = ?"_s);
            remove.addBindValue(item.jid.bareString());
            if (!remove.exec())
                return StorageResult::failure(u"removing a roster item"_s, remove.lastError());
        } else {
            ItemWriter writer(db);
            if (!writer.write(item))
                return StorageResult::failure(u"storing a roster item"_s, writer.lastError());
        }
        if ((!version.isEmpty() && !setVersion(db, version)) || !transaction.commit())
            return StorageResult::failure(u"storing the roster version"_s, db.lastError());
        return StorageResult::success();
    });
}

QFuture<QList<SubscriptionRequest>> RosterCache::pendingRequests()
{
    return m_database.run<QList<SubscriptionRequest>>([](QSqlDatabase &db) {
        QList<SubscriptionRequest> requests;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT jid, message, received_at FROM subscription_requests ORDER BY "
                        u"received_at"_s))
            return requests;
        while (query.next()) {
            SubscriptionRequest request;
            request.jid = Jid::parse(query.value(0).toString());
            request.message = query.value(1).toString();
            request.receivedAt =
                QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
            if (request.jid.isValid())
                requests.append(request);
        }
        return requests;
    });
}

QFuture<StorageResult> RosterCache::addPendingRequest(const SubscriptionRequest &request)
{
    return m_database.run<StorageResult>([request](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO subscription_requests (jid, message, received_at) "
                      u"VALUES (?, ?, ?)"_s);
        query.addBindValue(request.jid.bareString());
        query.addBindValue(request.message.isNull() ? u""_s : request.message);
        query.addBindValue(request.receivedAt.toMSecsSinceEpoch());
        if (!query.exec())
            return StorageResult::failure(u"storing a subscription request"_s, query.lastError());
        return StorageResult::success();
    });
}

QFuture<StorageResult> RosterCache::removePendingRequest(const Jid &jid)
{
    return m_database.run<StorageResult>([jid](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM subscription_requests WHERE jid = ?"_s);
        query.addBindValue(jid.bareString());
        if (!query.exec())
            return StorageResult::failure(u"removing a subscription request"_s, query.lastError());
        return StorageResult::success();
    });
}

} // namespace Linnet
