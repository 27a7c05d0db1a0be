#pragma once

#include <QObject>

namespace Linnet {

class Room;
class XmppStream;
struct IqResponse;

// XEP-0410: pings our own occupant JID in a joined room every interval, and decides from the
// answer whether we are still joined (§3.2). A result, service-unavailable or
// feature-not-implemented means we are still in, and so does item-not-found (the XEP: our
// occupant's nick just changed). not-acceptable (the XEP's recommended answer to a
// non-occupant) and any other error (not-allowed, bad-request, a remote-server error, …) mean
// the room forgot us: rejoinNeeded(). A timeout is tried again before anything is decided.
class SelfPing : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 5 * 60 * 1000;

    // What one answer says (XEP-0410 §3.2): NoDecision when the session ended meanwhile.
    enum class Verdict { Joined, NotJoined, AskAgain, NoDecision };
    static Verdict verdictOf(const IqResponse &response);

    SelfPing(XmppStream &stream, Room &room, QObject *parent = nullptr);
    ~SelfPing() override;

    void setInterval(int milliseconds);
    void setTimeout(int milliseconds);
    // Pings now (tests, and after the stream resumed).
    void pingNow();
    // The room just sent us something (a message, a presence): that proves we are in, so the
    // next ping waits a whole interval from now (XEP-0410 §3.2: ping after silence).
    void noteActivity();

Q_SIGNALS:
    void rejoinNeeded();

private:
    void handleAnswer(const IqResponse &response);

    struct Private;
    Private *d;
};

} // namespace Linnet
