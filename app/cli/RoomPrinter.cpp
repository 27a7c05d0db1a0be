#include "RoomPrinter.h"

#include "ChatOutput.h"
#include "RoomEvents.h"
#include "im/ChatManager.h"
#include "im/DisplayText.h"
#include "storage/HistoryStore.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

RoomPrinter::RoomPrinter(HistoryStore &history, ChatManager &chats, const Jid &room, bool json)
    : m_jid(room.bare()), m_json(json)
{
    connect(&history, &HistoryStore::messagesAdded, this, &RoomPrinter::onMessagesAdded);
    connect(&history, &HistoryStore::messageChanged, this, &RoomPrinter::onMessageChanged);
    connect(&chats, &ChatManager::messageReceived, this, &RoomPrinter::onPrivateReceived);
}

void RoomPrinter::attach(Room *room, const QDateTime &joinSentAt)
{
    m_joinSentAt = joinSentAt;
    connect(room, &Room::occupantJoined, this, [this](const Occupant &occupant) {
        print(roomEvent(u"occupant-joined"_s, m_jid, occupantJson(occupant)));
    });
    connect(room, &Room::occupantChanged, this,
            [this](const Occupant &before, const Occupant &after) {
                QJsonObject fields = occupantJson(after);
                fields.insert(u"before"_s, occupantJson(before));
                print(roomEvent(u"occupant-changed"_s, m_jid, fields));
            });
    connect(room, &Room::occupantLeft, this,
            [this](const Occupant &occupant, const QString &sentence) {
                QJsonObject fields = occupantJson(occupant);
                fields.insert(u"sentence"_s, sentence);
                print(roomEvent(u"occupant-left"_s, m_jid, fields));
            });
    connect(room, &Room::nickChanged, this,
            [this](const QString &oldNick, const QString &newNick, bool isSelf) {
                print(roomEvent(u"nick"_s, m_jid,
                                {{u"old"_s, oldNick}, {u"new"_s, newNick}, {u"self"_s, isSelf}}));
            });
    connect(room, &Room::subjectChanged, this,
            [this](const QString &subject, const QString &setBy) {
                print(roomEvent(u"subject"_s, m_jid, {{u"subject"_s, subject}, {u"by"_s, setBy}}));
            });
    connect(room, &Room::notice, this, [this](const QString &sentence) {
        print(roomEvent(u"notice"_s, m_jid, {{u"sentence"_s, sentence}}));
    });
}

void RoomPrinter::onMessagesAdded(const QList<HistoryMessage> &messages)
{
    for (const HistoryMessage &message : messages) {
        if (message.conversation != m_jid.toString() || message.body.isEmpty() ||
            m_printed.contains(message.rowId))
            continue;
        if (message.isOwn() && message.state < DeliveryState::Sent)
            continue; // printed once the room reflects it
        m_printed.insert(message.rowId);
        // Join history and archive pages are older than our join; live messages are not.
        print(roomMessageJson(message, m_jid, message.timestamp < m_joinSentAt));
        settle(message.messageId);
    }
}

void RoomPrinter::onMessageChanged(const HistoryMessage &message)
{
    if (message.conversation != m_jid.toString() || !message.isOwn() ||
        !m_own.contains(message.messageId))
        return;
    if (message.state == DeliveryState::Failed) {
        printError(
            u"the message '%1' was not delivered: %2"_s.arg(message.body, message.errorText));
        settle(message.messageId);
    } else if (message.state >= DeliveryState::Sent) {
        if (!m_printed.contains(message.rowId)) {
            m_printed.insert(message.rowId);
            print(roomMessageJson(message, m_jid, false));
        }
        settle(message.messageId);
    }
}

void RoomPrinter::onPrivateReceived(const HistoryMessage &message)
{
    const Jid peer = Jid::parse(message.conversation);
    if (peer.bare() == m_jid && !peer.resource().isEmpty())
        print(privateMessageJson(message, m_jid, true));
}

void RoomPrinter::settle(const QString &id)
{
    if (m_own.remove(id))
        Q_EMIT ownMessageSettled(id);
}

void RoomPrinter::print(const QJsonObject &event)
{
    QTextStream out(stdout);
    if (m_json)
        out << jsonLine(event);
    else
        // Bodies, subjects and notices are other people's text: no terminal controls.
        out << safeTerminalText(roomEventText(event)) << '\n';
    out.flush();
}

void RoomPrinter::printError(const QString &sentence)
{
    print(roomEvent(u"error"_s, m_jid, {{u"sentence"_s, sentence}}));
}

} // namespace Linnet::Cli
