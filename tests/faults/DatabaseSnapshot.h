#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Linnet::Test {

// What a (possibly just killed) process left in its history database, read with a connection
// of our own: the integrity check and the message ids of one conversation.
struct DatabaseSnapshot
{
    QString error;                // empty when the database could be opened and read
    QString integrity;            // PRAGMA integrity_check: "ok" when sound
    QHash<QString, int> outgoing; // message id -> rows with it
    QHash<QString, int> incoming;
    QSet<QString> queued; // our messages still waiting for the server's ack

    static DatabaseSnapshot read(const QString &path, const QString &conversation);
    // Ids of the keys of held that occur more than once, as "a, b".
    static QString duplicates(const QHash<QString, int> &held);
};

} // namespace Linnet::Test
