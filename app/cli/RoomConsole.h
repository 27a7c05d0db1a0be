#pragma once

#include "RoomInput.h"
#include "RoomPrinter.h"
#include "muc/Room.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Linnet::Cli {

class CliSession;

// One room on the terminal for linnet-cli join: joins once the session is ready, prints what
// the room does (messages, presence, nick changes, subject, notices, our exit) as JSON lines or
// text, sends each line read from stdin as a message (or runs it as a /command), and leaves
// cleanly when stdin ends, /leave is typed or the process is interrupted.
//
// Exit codes: 0 we left; 1 the join failed or the connection was lost; 3 the room removed us
// (kicked, banned, destroyed, shut down).
class RoomConsole : public QObject
{
    Q_OBJECT
public:
    RoomConsole(CliSession &session, const Jid &room, const JoinOptions &options, bool json,
                int timeoutSeconds);

    // Reads stdin from now on (lines wait until the room is joined).
    void startReading();
    // The session is signed in: join.
    void join();
    // SIGINT/SIGTERM: leave as on end of input; a second one ends at once.
    void interrupt();

private:
    enum class Phase { SigningIn, Joining, Joined, Leaving, Done };

    void onJoined();
    // Joined, and the room is open: what was typed goes out.
    void onReady();
    void onExited(const RoomExit &exit);
    void onNickConflict(const QString &suggested);
    void onPasswordRequired();
    void onLine(const QString &line);
    void perform(const RoomInputAction &action);
    void sendPrivate(const QString &nick, const QString &text);

    // Leaves once our messages are in the room (or after a while), then ends.
    void startLeaving();
    void leaveNow();
    // The join failed: an exit event, the sentence on stderr, exit code 1.
    void refuse(const QString &sentence);
    void fail(const QString &sentence, int exitCode);
    void finish(int exitCode);

    CliSession &m_session;
    Jid m_jid;
    JoinOptions m_options;
    int m_timeoutSeconds;
    Room *m_room = nullptr;
    RoomInput m_input;
    RoomPrinter m_printer;
    Phase m_phase = Phase::SigningIn;
    bool m_leaveWhenJoined = false;
    bool m_leaveSent = false;
    QStringList m_typedEarly; // lines read before the room was joined
    QTimer m_deadline;        // join, then leaving
};

} // namespace Linnet::Cli
