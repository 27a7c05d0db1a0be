#include "muc/SelfPing.h"

#include "muc/Room.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
Q_LOGGING_CATEGORY(lcSelfPing, "linnet.muc.selfping", QtInfoMsg)
} // namespace

SelfPing::Verdict SelfPing::verdictOf(const IqResponse &response)
{
    switch (response.outcome) {
    case IqResponse::Outcome::Result:
        return Verdict::Joined;
    case IqResponse::Outcome::Timeout:
        return Verdict::AskAgain;
    case IqResponse::Outcome::Disconnected:
        return Verdict::NoDecision; // the session is gone: MucManager handles that
    case IqResponse::Outcome::Error:
        break;
    }
    switch (response.error.condition) {
    // Joined, but the client that answered for our occupant does not speak ping.
    case StanzaErrorCondition::ServiceUnavailable:
    case StanzaErrorCondition::FeatureNotImplemented:
    // Joined, but the occupant's nick just changed (another client of ours renamed it).
    case StanzaErrorCondition::ItemNotFound:
        return Verdict::Joined;
    default:
        // not-acceptable is what the XEP recommends for a non-occupant; services also say
        // not-allowed, bad-request or others: probably not joined any more.
        return Verdict::NotJoined;
    }
}

struct SelfPing::Private
{
    Private(XmppStream &s, Room &r) : stream(s), room(&r) {}

    XmppStream &stream;
    QPointer<Room> room;
    QTimer timer;
    int timeoutMs = 30000;
    QString pendingId;
    quint64 generation = 0; // bumped when a ping's answer no longer counts
    bool active = true;     // the room is joined (MucManager starts us on Room::joined)
};

SelfPing::SelfPing(XmppStream &stream, Room &room, QObject *parent)
    : QObject(parent), d(new Private(stream, room))
{
    d->timer.setInterval(DefaultIntervalMs);
    connect(&d->timer, &QTimer::timeout, this, &SelfPing::pingNow);
    d->timer.start();
    // Only a joined room is pinged; an answer to a ping sent before a state change is moot.
    connect(&room, &Room::stateChanged, this, [this](Room::State state) {
        d->active = state == Room::State::Joined;
        ++d->generation;
        d->pendingId.clear();
    });
}

SelfPing::~SelfPing()
{
    ++d->generation;
    delete d;
}

void SelfPing::setInterval(int milliseconds)
{
    d->timer.start(qMax(1, milliseconds));
}

void SelfPing::setTimeout(int milliseconds)
{
    d->timeoutMs = qMax(1, milliseconds);
}

void SelfPing::pingNow()
{
    Room *room = d->room.data();
    if (!room || !d->active || !d->stream.isOnline() || room->nick().isEmpty() ||
        !d->pendingId.isEmpty())
        return;
    const Jid self = room->jid().withResource(room->nick());
    if (!self.isValid())
        return;
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, self.toString());
    iq.addChild(u"ping"_s, ns::Ping.toString());
    const quint64 generation = d->generation;
    QPointer<SelfPing> guard(this);
    d->pendingId = d->stream.sendIq(
        iq,
        [guard, generation](const IqResponse &response) {
            if (!guard || guard->d->generation != generation)
                return;
            guard->handleAnswer(response);
        },
        d->timeoutMs);
}

void SelfPing::noteActivity()
{
    d->timer.start();
}

void SelfPing::handleAnswer(const IqResponse &response)
{
    d->pendingId.clear();
    switch (verdictOf(response)) {
    case Verdict::Joined:
    case Verdict::NoDecision:
        return;
    case Verdict::AskAgain:
        qCDebug(lcSelfPing) << "Self-ping timed out; asking again";
        QTimer::singleShot(0, this, &SelfPing::pingNow);
        return;
    case Verdict::NotJoined:
        qCInfo(lcSelfPing) << "Self-ping says we are no longer in"
                           << (d->room ? d->room->jid().toString() : QString())
                           << response.error.humanSentence();
        Q_EMIT rejoinNeeded();
        return;
    }
}

} // namespace Linnet
