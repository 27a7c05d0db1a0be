#pragma once

// The state of a Room, shared by the files that implement it (Room.cpp: joining and leaving;
// RoomPresence.cpp: occupants; RoomMessages.cpp: messages, subject and archive;
// RoomModeration.cpp and RoomConfiguration.cpp: the IQs of §8–10).
#include "muc/Room.h"
#include "stream/IqTracker.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcMucRoom)

namespace Linnet {

class Archive;
struct MucUserPayload;

struct Room::Private
{
    static constexpr int JoinTimeoutMs = 30000;
    static constexpr int LeaveTimeoutMs = 5000;
    static constexpr int SubjectTimeoutMs = 30000;
    static constexpr int ArchivePageSize = 100;
    static constexpr int ArchiveMaxPages = 20;

    Private(Room &room, XmppStream &stream, HistoryStore &history, const Jid &jid);
    ~Private();

    Room &q;
    XmppStream &stream;
    HistoryStore &history;
    Jid jid;
    State state = State::NotJoined;
    QString nick;        // ours: confirmed by the room, or asked for while joining
    QString pendingNick; // a nick change on its way
    JoinOptions options;
    QString subject;
    QString subjectSetBy;
    QMap<QString, Occupant> occupants; // by nick
    QString ownOccupantId;             // XEP-0421, from our self-presence
    bool nonAnonymous = false;
    bool logged = false;
    bool archiveUsed = false;
    bool awaitingConfiguration = false;
    bool occupantsMayChangeSubject = false;
    bool leaving = false;
    bool catchingUp = false;
    RoomExit lastExit;
    Presence::Show show = Presence::Show::Online;
    QString status;
    Archive *archive = nullptr;
    std::unique_ptr<Archive> ownArchive;
    QSet<QString> sentThisJoin; // message ids handed to the stream since the join
    struct PendingSubject
    {
        QString id;
        QString text;
        MucCallback done;
    };
    QList<PendingSubject> pendingSubjects;
    QTimer joinTimer;
    QTimer leaveTimer;

    Jid occupantJid(const QString &occupantNick) const { return jid.withResource(occupantNick); }
    Occupant self() const;
    bool isJoined() const { return state == State::Joined; }
    void setState(State newState);
    // Leaves NotJoined: occupants cleared, pending work failed, exited emitted.
    void exitWith(const RoomExit &exit);
    void failPending(const QString &sentence);
    QString suggestNick(const QString &taken) const;

    // Presence (RoomPresence.cpp).
    void onAvailable(const QString &occupantNick, const MucUserPayload &payload,
                     const Element &presence);
    void onUnavailable(const QString &occupantNick, const MucUserPayload &payload,
                       const Element &presence);
    void onErrorPresence(const Jid &from, const Element &presence);
    void onSelfJoined(const Occupant &self, const MucUserPayload &payload);
    void afterJoin();

    // Messages (RoomMessages.cpp).
    enum class Origin { Live, JoinHistory, Archive };
    void store(const Message &message, Origin origin, const QString &archiveId,
               const QDateTime &archiveStamp, const QString &occupantId);
    bool isOwn(const QString &senderNick, const QString &occupantId) const;
    void onSubject(const Message &message);
    void onErrorMessage(const Message &message);
    void onRoomStatus(const MucUserPayload &payload);
    void transmit(const HistoryMessage &entry);
    void flushQueued();
    Archive &roomArchive();
    void startArchiveCatchUp();
    void archivePage(const QString &cursor, int pageNumber);

    // IQs (RoomConfiguration.cpp): answered unless the room is gone by then.
    void request(const Element &iq, std::function<void(const IqResponse &)> handler);
    void requestOutcome(const Element &iq, MucCallback done, std::function<void()> onSuccess = {});
    void requestInfo();

    static QString newId();
    static QString notInRoomSentence();
};

// Runs done(result) on context's thread once future finishes, unless context is gone.
template <typename T, typename Done>
void whenRoomFutureReady(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>)
                             done();
                         else
                             done(watcher->result());
                     });
    watcher->setFuture(future);
}

// A failure for done, when there is a done.
inline void failOutcome(const MucCallback &done, const QString &sentence)
{
    if (done)
        done(MucOutcome::failure(sentence));
}

} // namespace Linnet
