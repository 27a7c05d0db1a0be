#include "RoomConsole.h"

#include "CliSession.h"
#include "RoomEvents.h"
#include "im/ChatManager.h"
#include "muc/MucManager.h"

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {
// How long leaving waits for the room to reflect our last messages, then for our exit.
constexpr int ConfirmMs = 10000;
constexpr int LeaveMs = 5000;
} // namespace

RoomConsole::RoomConsole(CliSession &session, const Jid &room, const JoinOptions &options,
                         bool json, int timeoutSeconds)
    : m_session(session), m_jid(room.bare()), m_options(options), m_timeoutSeconds(timeoutSeconds),
      m_printer(*session.services().history(), *session.services().chats(), room, json)
{
    m_deadline.setSingleShot(true);
    connect(&m_input, &RoomInput::lineRead, this, &RoomConsole::onLine);
    connect(&m_input, &RoomInput::closed, this, &RoomConsole::startLeaving);
    connect(&m_printer, &RoomPrinter::ownMessageSettled, this, [this] {
        if (m_phase == Phase::Leaving && m_printer.unsettled() == 0)
            leaveNow();
    });
}

void RoomConsole::startReading()
{
    m_input.start();
}

void RoomConsole::join()
{
    if (m_phase != Phase::SigningIn)
        return;
    m_phase = Phase::Joining;
    MucManager *muc = m_session.services().muc();
    m_room = muc->room(m_jid);
    connect(m_room, &Room::joined, this, &RoomConsole::onJoined);
    connect(m_room, &Room::exited, this, &RoomConsole::onExited);
    connect(m_room, &Room::nickConflict, this, &RoomConsole::onNickConflict);
    connect(m_room, &Room::passwordRequired, this, &RoomConsole::onPasswordRequired);
    m_printer.attach(m_room, QDateTime::currentDateTimeUtc());
    m_deadline.callOnTimeout(this, [this] {
        if (m_phase == Phase::Joining)
            refuse(u"%1 did not let us in within %2 seconds"_s.arg(m_jid.toString())
                       .arg(m_timeoutSeconds));
    });
    m_deadline.start(m_timeoutSeconds * 1000);
    muc->join(m_jid, m_options);
}

void RoomConsole::onJoined()
{
    if (m_phase != Phase::Joining)
        return;
    QJsonObject fields = occupantJson(m_room->self());
    fields.insert(u"nick"_s, m_room->nick());
    fields.insert(u"occupants"_s, int(m_room->occupants().size()));
    if (!m_room->subject().isEmpty())
        fields.insert(u"subject"_s, m_room->subject());
    m_printer.print(roomEvent(u"joined"_s, m_jid, fields));
    if (!m_room->isAwaitingConfiguration()) {
        onReady();
        return;
    }
    // Our join created the room, which stays locked until configured: open it with the
    // service's default configuration before anything typed goes out.
    m_room->createInstant([this](const MucOutcome &outcome) {
        if (m_phase != Phase::Joining)
            return;
        if (!outcome.ok) {
            refuse(u"the new room %1 could not be opened: %2"_s.arg(m_jid.toString(),
                                                                    outcome.sentence));
            return;
        }
        m_printer.print(
            roomEvent(u"notice"_s, m_jid,
                      {{u"sentence"_s, u"The room %1 was created with the service's default "
                                       u"configuration."_s.arg(m_jid.toString())}}));
        onReady();
    });
}

void RoomConsole::onReady()
{
    m_phase = Phase::Joined;
    m_deadline.stop();
    if (!m_printer.isJson())
        QTextStream(stderr) << "Type a line to send it; /nick, /subject, /msg NICK, /leave; "
                               "Ctrl-D or Ctrl-C leaves."
                            << Qt::endl;
    for (const QString &line : std::exchange(m_typedEarly, {})) {
        perform(parseRoomInput(line));
        if (m_phase != Phase::Joined)
            return;
    }
    if (m_leaveWhenJoined)
        startLeaving();
}

void RoomConsole::onExited(const RoomExit &exit)
{
    if (m_phase == Phase::Done)
        return;
    m_printer.print(exitJson(exit, m_jid));
    switch (exit.reason) {
    case RoomExit::Reason::Left:
        finish(0);
        return;
    case RoomExit::Reason::JoinRefused:
        fail(exit.sentence, 1);
        return;
    case RoomExit::Reason::ConnectionLost:
        fail(exit.sentence, 1);
        return;
    default:
        fail(exit.sentence, 3);
        return;
    }
}

void RoomConsole::onNickConflict(const QString &suggested)
{
    const QString nick = m_phase == Phase::Joining ? m_options.nick : QString();
    QString sentence = m_phase == Phase::Joining
                           ? u"the nick '%1' is already taken in %2"_s.arg(nick, m_jid.toString())
                           : u"that nick is already taken in %1; you are still '%2'"_s.arg(
                                 m_jid.toString(), m_room->nick());
    if (!suggested.isEmpty())
        sentence += u" ('%1' is free)"_s.arg(suggested);
    if (m_phase == Phase::Joining)
        refuse(sentence);
    else
        m_printer.printError(sentence);
}

void RoomConsole::onPasswordRequired()
{
    if (m_phase != Phase::Joining)
        return;
    refuse(m_options.password.isEmpty()
               ? u"%1 needs a password: give it with --password"_s.arg(m_jid.toString())
               : u"%1 did not accept the password"_s.arg(m_jid.toString()));
}

void RoomConsole::onLine(const QString &line)
{
    if (m_phase == Phase::SigningIn || m_phase == Phase::Joining) {
        m_typedEarly.append(line);
        return;
    }
    if (m_phase == Phase::Joined)
        perform(parseRoomInput(line));
}

void RoomConsole::perform(const RoomInputAction &action)
{
    using Kind = RoomInputAction::Kind;
    switch (action.kind) {
    case Kind::None:
        return;
    case Kind::Message: {
        const QString id = m_room->sendMessage(action.text);
        if (id.isEmpty())
            m_printer.printError(u"the message could not be sent"_s);
        else
            m_printer.expectOwn(id);
        return;
    }
    case Kind::Nick:
        m_room->changeNick(action.nick);
        return;
    case Kind::Subject:
        m_room->setSubject(action.text, [this](const MucOutcome &outcome) {
            if (!outcome.ok)
                m_printer.printError(u"the subject was not changed: %1"_s.arg(outcome.sentence));
        });
        return;
    case Kind::PrivateMessage:
        sendPrivate(action.nick, action.text);
        return;
    case Kind::Leave:
        startLeaving();
        return;
    case Kind::Invalid:
        m_printer.printError(action.text);
        return;
    }
}

void RoomConsole::sendPrivate(const QString &nick, const QString &text)
{
    if (!m_room->occupant(nick)) {
        m_printer.printError(u"nobody is called '%1' in %2"_s.arg(nick, m_jid.toString()));
        return;
    }
    const Jid to = m_jid.withResource(nick);
    const QString id = m_session.services().chats()->sendMessage(to, text);
    if (id.isEmpty()) {
        m_printer.printError(u"the private message to %1 could not be sent"_s.arg(nick));
        return;
    }
    HistoryMessage sent;
    sent.conversation = to.full();
    sent.direction = MessageDirection::Outgoing;
    sent.messageId = id;
    sent.body = text;
    sent.timestamp = QDateTime::currentDateTimeUtc();
    m_printer.print(privateMessageJson(sent, m_jid, false));
}

void RoomConsole::startLeaving()
{
    switch (m_phase) {
    case Phase::SigningIn:
    case Phase::Joining:
        // Join anyway: what was typed goes out first, and a failed join still says why.
        m_leaveWhenJoined = true;
        return;
    case Phase::Joined:
        break;
    case Phase::Leaving:
    case Phase::Done:
        return;
    }
    m_phase = Phase::Leaving;
    m_deadline.disconnect();
    m_deadline.callOnTimeout(this, [this] {
        if (!m_leaveSent) {
            if (m_printer.unsettled() > 0)
                m_printer.printError(
                    u"%1 message(s) were not confirmed by the room before leaving"_s.arg(
                        m_printer.unsettled()));
            leaveNow();
        } else {
            finish(0); // the room did not confirm our exit; we are gone anyway
        }
    });
    m_deadline.start(ConfirmMs);
    if (m_printer.unsettled() == 0)
        leaveNow();
}

void RoomConsole::leaveNow()
{
    if (m_leaveSent || m_phase != Phase::Leaving)
        return;
    m_leaveSent = true;
    m_deadline.start(LeaveMs);
    m_session.services().muc()->leave(m_jid);
}

void RoomConsole::interrupt()
{
    if (m_phase != Phase::Joined) {
        finish(0);
        return;
    }
    startLeaving();
}

void RoomConsole::refuse(const QString &sentence)
{
    if (m_phase == Phase::Done)
        return;
    RoomExit exit;
    exit.reason = RoomExit::Reason::JoinRefused;
    exit.sentence = sentence;
    m_printer.print(exitJson(exit, m_jid));
    fail(sentence, 1);
}

void RoomConsole::fail(const QString &sentence, int exitCode)
{
    if (m_phase == Phase::Done)
        return;
    QTextStream(stderr) << "linnet-cli join: " << sentence << Qt::endl;
    finish(exitCode);
}

void RoomConsole::finish(int exitCode)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_deadline.stop();
    m_session.finish(exitCode);
}

} // namespace Linnet::Cli
