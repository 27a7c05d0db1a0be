#pragma once

#include "muc/Room.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace Linnet {
class ChatManager;
class HistoryStore;
} // namespace Linnet

namespace Linnet::Cli {

// What linnet-cli join shows of one room, as JSON lines or text: presence (occupants joining,
// leaving, changing; nick changes), subject, notices, the room's messages as they are stored
// (live, join history and archive; ours once the room reflects them) and private messages
// from its occupants.
class RoomPrinter : public QObject
{
    Q_OBJECT
public:
    RoomPrinter(HistoryStore &history, ChatManager &chats, const Jid &room, bool json);

    // Prints the room's events from now on; messages older than joinSentAt count as history.
    void attach(Room *room, const QDateTime &joinSentAt);
    // Our message with this id: ownMessageSettled follows once the room reflects it or it
    // fails.
    void expectOwn(const QString &id) { m_own.insert(id); }
    int unsettled() const { return int(m_own.size()); }

    bool isJson() const { return m_json; }
    void print(const QJsonObject &event);
    void printError(const QString &sentence);

Q_SIGNALS:
    void ownMessageSettled(const QString &id);

private:
    void onMessagesAdded(const QList<HistoryMessage> &messages);
    void onMessageChanged(const HistoryMessage &message);
    void onPrivateReceived(const HistoryMessage &message);
    void settle(const QString &id);

    Jid m_jid;
    bool m_json;
    QDateTime m_joinSentAt;
    QSet<QString> m_own;    // ids of our messages the room has not reflected yet
    QSet<qint64> m_printed; // history rows already printed
};

} // namespace Linnet::Cli
