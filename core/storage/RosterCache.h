#pragma once

#include "im/RosterItem.h"
#include "im/SubscriptionRequest.h"
#include "storage/StorageResult.h"

#include <QFuture>
#include <QList>

namespace Linnet {

class Database;

// What the cache holds of the roster: the version it is at (XEP-0237) and the items.
struct RosterSnapshot
{
    QString version;
    QList<RosterItem> items;
};

// The roster and the unanswered subscription requests of one account, kept in its Database.
// Every call is one job (and one transaction) on the database thread.
class RosterCache
{
public:
    explicit RosterCache(Database &database);

    // For taking results on the caller's thread: database().deliver(cache.load(), this, ...).
    Database &database() const { return m_database; }

    QFuture<RosterSnapshot> load();
    // Replaces every item and the version at once (after a full roster result).
    QFuture<StorageResult> replaceAll(const QString &version, const QList<RosterItem> &items);
    // Applies one roster push: stores the item, or deletes it for subscription='remove', and
    // moves to version when it is not empty.
    QFuture<StorageResult> applyPush(const QString &version, const RosterItem &item);

    QFuture<QList<SubscriptionRequest>> pendingRequests();
    // Stores a request, replacing an earlier one from the same contact.
    QFuture<StorageResult> addPendingRequest(const SubscriptionRequest &request);
    QFuture<StorageResult> removePendingRequest(const Jid &jid);

private:
    Database &m_database;
};

} // namespace Linnet
