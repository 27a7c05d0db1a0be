#pragma once

// A HistoryStore over a fresh database file, and message builders, for the history tests.
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Linnet::Test {

inline QDateTime at(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline HistoryMessage incoming(const QString &conversation, const QString &body,
                               const QDateTime &timestamp, const QString &messageId = {})
{
    HistoryMessage m;
    m.conversation = conversation;
    m.direction = MessageDirection::Incoming;
    m.senderJid = conversation + QStringLiteral("/phone");
    m.body = body;
    m.timestamp = timestamp;
    m.messageId = messageId;
    return m;
}

inline HistoryMessage outgoing(const QString &conversation, const QString &body,
                               const QDateTime &timestamp, const QString &id = {})
{
    HistoryMessage m;
    m.conversation = conversation;
    m.direction = MessageDirection::Outgoing;
    m.senderJid = QStringLiteral("me@example.org/desk");
    m.body = body;
    m.timestamp = timestamp;
    m.messageId = id;
    m.originId = id;
    m.state = DeliveryState::Queued;
    return m;
}

struct HistoryFixture
{
    explicit HistoryFixture(const QString &path = {})
    {
        database = std::make_unique<Database>();
        const StorageResult opened =
            database->open(path.isEmpty() ? dir.filePath(QStringLiteral("h.sqlite")) : path)
                .result();
        if (!opened.ok)
            qFatal("%s", qPrintable(opened.sentence));
        store = std::make_unique<HistoryStore>(*database);
    }

    // Commits the waiting batch and delivers its callbacks and signals.
    void settle()
    {
        store->flush().waitForFinished();
        QCoreApplication::sendPostedEvents();
    }

    // Adds and commits one message; returns the stored row and whether it is new.
    std::pair<HistoryMessage, bool> addNow(const HistoryMessage &message)
    {
        std::pair<HistoryMessage, bool> result;
        store->add(message, nullptr, [&result](const HistoryMessage &stored, bool inserted) {
            result = {stored, inserted};
        });
        settle();
        return result;
    }

    int count(const QString &sql)
    {
        return database
            ->run<int>([sql](QSqlDatabase &db) {
                QSqlQuery query(db);
                return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
            })
            .result();
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<HistoryStore> store;
};

} // namespace Linnet::Test
