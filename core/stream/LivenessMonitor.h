#pragma once

#include <QObject>
#include <QTimer>

namespace Linnet {

class XmppStream;

// Detects a dead connection: when nothing has arrived for idleMs, it sends an XEP-0199 ping to
// the server; when nothing at all arrives within timeoutMs after that, the connection is
// declared dead. Any inbound data counts as life, so a busy stream is never pinged.
class LivenessMonitor : public QObject
{
    Q_OBJECT
public:
    LivenessMonitor(XmppStream *stream, int idleMs = 60000, int timeoutMs = 20000);

    void setIntervals(int idleMs, int timeoutMs);
    void start();
    void stop();
    void noteActivity();

Q_SIGNALS:
    void connectionDead();

private:
    void onIdle();

    XmppStream *m_stream;
    QTimer m_idleTimer;
    QTimer m_deadlineTimer;
};

} // namespace Linnet
