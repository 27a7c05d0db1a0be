#pragma once

#include <QObject>

namespace Linnet {

class Room;
class XmppStream;

// XEP-0410: pings our own occupant JID in a joined room every interval (and after the stream
// was idle), and decides from the answer whether we are still joined. An error
// not-acceptable (or item-not-found, or a remote-server error from the room's service) means
// the room forgot us: rejoinNeeded(). A result, service-unavailable or feature-not-implemented
// means we are still in. A timeout is tried again before anything is decided.
class SelfPing : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 5 * 60 * 1000;

    SelfPing(XmppStream &stream, Room &room, QObject *parent = nullptr);
    ~SelfPing() override;

    void setInterval(int milliseconds);
    void setTimeout(int milliseconds);
    // Pings now (tests, and after the stream resumed).
    void pingNow();

Q_SIGNALS:
    void rejoinNeeded();

private:
    struct Private;
    Private *d;
};

} // namespace Linnet
