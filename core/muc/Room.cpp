#include "muc/Room.h"

#include "im/Archive.h"
#include "muc/MucPermissions.h"
#include "muc/MucStanzas.h"
#include "muc/RoomPrivate.h"
#include "storage/HistoryStore.h"
#include "stream/XmppStream.h"

#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMucRoom, "linnet.muc", QtInfoMsg)

namespace Linnet {

// ---- Private: state changes shared by every part of the room ----------------------------

Room::Private::Private(Room &room, XmppStream &stream_, HistoryStore &history_, const Jid &jid_)
    : q(room), stream(stream_), history(history_), jid(jid_.bare())
{
    joinTimer.setSingleShot(true);
    joinTimer.setInterval(JoinTimeoutMs);
    leaveTimer.setSingleShot(true);
    leaveTimer.setInterval(LeaveTimeoutMs);
}

Room::Private::~Private() = default;

Occupant Room::Private::self() const
{
    const auto it = occupants.constFind(nick);
    if (it != occupants.cend() && it->isSelf)
        return *it;
    Occupant fallback;
    fallback.nick = nick;
    fallback.role = MucRole::None;
    fallback.isSelf = true;
    return fallback;
}

void Room::Private::setState(State newState)
{
    if (state == newState)
        return;
    state = newState;
    Q_EMIT q.stateChanged(newState);
    if (newState == State::Joined)
        Q_EMIT q.joined();
}

void Room::Private::exitWith(const RoomExit &exit)
{
    joinTimer.stop();
    leaveTimer.stop();
    leaving = false;
    pendingNick.clear();
    awaitingConfiguration = false;
    catchingUp = false;
    lastExit = exit;
    occupants.clear();
    failPending(exit.sentence);
    qCInfo(lcMucRoom) << "Out of" << jid.bareString() << ":" << exit.sentence;
    setState(State::NotJoined);
    Q_EMIT q.exited(exit);
}

void Room::Private::failPending(const QString &sentence)
{
    const QList<PendingSubject> pending = std::exchange(pendingSubjects, {});
    for (const PendingSubject &subjectChange : pending)
        failOutcome(subjectChange.done, sentence);
}

// A nick like the taken one that nobody in the room uses: nick_, then nick2, nick3, …
QString Room::Private::suggestNick(const QString &taken) const
{
    const auto isFree = [this, &taken](const QString &candidate) {
        return candidate != taken && !occupants.contains(candidate);
    };
    const QString underscore = taken + u'_';
    if (isFree(underscore))
        return underscore;
    for (int n = 2;; ++n) {
        const QString numbered = taken + QString::number(n);
        if (isFree(numbered))
            return numbered;
    }
}

QString Room::Private::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Room::Private::notInRoomSentence()
{
    return Room::tr("You are not in the room.");
}

// ---- Room ---------------------------------------------------------------------------------

Room::Room(XmppStream &stream, HistoryStore &history, const Jid &roomJid, QObject *parent)
    : QObject(parent), d(new Private(*this, stream, history, roomJid))
{
    connect(&d->joinTimer, &QTimer::timeout, this, [this] {
        if (d->state != State::Joining)
            return;
        d->exitWith({RoomExit::Reason::JoinRefused,
                     {},
                     {},
                     {},
                     tr("The room did not answer the request to join.")});
    });
    connect(&d->leaveTimer, &QTimer::timeout, this, [this] {
        if (d->leaving && d->state != State::NotJoined)
            d->exitWith({RoomExit::Reason::Left, {}, {}, {}, tr("You left the room.")});
    });
}

Room::~Room()
{
    delete d;
}

Jid Room::jid() const
{
    return d->jid;
}
Room::State Room::state() const
{
    return d->state;
}
QString Room::nick() const
{
    return d->nick;
}
QString Room::subject() const
{
    return d->subject;
}
QString Room::subjectSetBy() const
{
    return d->subjectSetBy;
}
QList<Occupant> Room::occupants() const
{
    return d->occupants.values();
}
std::optional<Occupant> Room::occupant(const QString &nick) const
{
    const auto it = d->occupants.constFind(nick);
    if (it == d->occupants.cend())
        return std::nullopt;
    return *it;
}
Occupant Room::self() const
{
    return d->self();
}
bool Room::isNonAnonymous() const
{
    return d->nonAnonymous;
}
bool Room::isLogged() const
{
    return d->logged;
}
bool Room::hasArchive() const
{
    return d->archiveUsed;
}
RoomExit Room::lastExit() const
{
    return d->lastExit;
}
JoinOptions Room::joinOptions() const
{
    JoinOptions options = d->options;
    options.nick = d->nick;
    return options;
}

void Room::setArchive(Archive *archive)
{
    d->archive = archive;
}

void Room::join(const JoinOptions &options)
{
    if (d->state == State::Joined) {
        qCDebug(lcMucRoom) << "Already in" << d->jid.bareString();
        return;
    }
    d->options = options;
    d->nick = options.nick.isEmpty() ? d->stream.boundJid().local() : options.nick;
    d->pendingNick.clear();
    d->leaving = false;
    d->occupants.clear();
    d->ownOccupantId.clear();
    d->sentThisJoin.clear();
    const Jid occupantJid = d->occupantJid(d->nick);
    if (!occupantJid.isValid()) {
        d->exitWith({RoomExit::Reason::JoinRefused,
                     {},
                     {},
                     {},
                     tr("The nickname “%1” cannot be used.").arg(d->nick)});
        return;
    }
    d->setState(State::Joining);
    qCInfo(lcMucRoom) << "Joining" << occupantJid.full();
    d->stream.send(MucStanzas::joinPresence(occupantJid, options, d->show, d->status));
    d->joinTimer.start();
}

void Room::leave(const QString &status)
{
    if (d->state == State::NotJoined)
        return;
    d->stream.send(MucStanzas::unavailablePresence(d->occupantJid(d->nick), status));
    if (d->state == State::Joining) {
        d->exitWith({RoomExit::Reason::Left, {}, {}, {}, tr("You left the room.")});
        return;
    }
    // The room confirms with our unavailable presence; the timer is for a room that does not.
    d->leaving = true;
    d->leaveTimer.start();
}

void Room::changeNick(const QString &nick)
{
    if (nick.isEmpty() || nick == d->nick)
        return;
    if (d->state == State::NotJoined) {
        d->options.nick = nick;
        d->nick = nick;
        return;
    }
    if (d->state == State::Joining) {
        Q_EMIT notice(tr("The nickname can be changed once you are in the room."));
        return;
    }
    const Jid target = d->occupantJid(nick);
    if (!target.isValid()) {
        Q_EMIT notice(tr("The nickname “%1” cannot be used.").arg(nick));
        return;
    }
    d->pendingNick = nick;
    d->stream.send(MucStanzas::availablePresence(target, d->show, d->status));
}

void Room::sendPresence(Presence::Show show, const QString &status)
{
    d->show = show;
    d->status = status;
    if (d->state == State::Joined)
        d->stream.send(MucStanzas::availablePresence(d->occupantJid(d->nick), show, status));
}

void Room::connectionLost()
{
    if (d->state == State::NotJoined)
        return;
    if (d->leaving) {
        d->exitWith({RoomExit::Reason::Left, {}, {}, {}, tr("You left the room.")});
        return;
    }
    d->exitWith({RoomExit::Reason::ConnectionLost,
                 {},
                 {},
                 {},
                 tr("The connection to the server was lost.")});
}

// ---- permissions (XEP-0045 §5) ----------------------------------------------------------

bool Room::canKick(const Occupant &target) const
{
    return d->isJoined() && MucPermissions::canKick(d->self(), target);
}

bool Room::canBan(const Occupant &target) const
{
    return d->isJoined() && MucPermissions::canBan(d->self(), target);
}

bool Room::canChangeRole(const Occupant &target, MucRole role) const
{
    return d->isJoined() && MucPermissions::canChangeRole(d->self(), target, role);
}

bool Room::canChangeAffiliation(const Occupant &target, MucAffiliation affiliation) const
{
    return d->isJoined() && MucPermissions::canChangeAffiliation(d->self(), target, affiliation);
}

bool Room::canSetSubject() const
{
    return d->isJoined() && MucPermissions::canSetSubject(d->self(), d->occupantsMayChangeSubject);
}

bool Room::canConfigure() const
{
    return d->isJoined() && MucPermissions::canConfigure(d->self());
}

bool Room::isAwaitingConfiguration() const
{
    return d->awaitingConfiguration;
}

} // namespace Linnet
