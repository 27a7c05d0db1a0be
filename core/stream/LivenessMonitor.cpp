#include "stream/LivenessMonitor.h"

#include "Logging.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

LivenessMonitor::LivenessMonitor(XmppStream *stream, int idleMs, int timeoutMs)
    : QObject(stream), m_stream(stream)
{
    m_idleTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    setIntervals(idleMs, timeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &LivenessMonitor::onIdle);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcStream) << "No sign of life from the server: the connection is dead";
        stop();
        Q_EMIT connectionDead();
    });
}

void LivenessMonitor::setIntervals(int idleMs, int timeoutMs)
{
    m_idleTimer.setInterval(idleMs);
    m_deadlineTimer.setInterval(timeoutMs);
}

void LivenessMonitor::start()
{
    m_deadlineTimer.stop();
    m_idleTimer.start();
}

void LivenessMonitor::stop()
{
    m_idleTimer.stop();
    m_deadlineTimer.stop();
}

void LivenessMonitor::noteActivity()
{
    if (!m_idleTimer.isActive() && !m_deadlineTimer.isActive())
        return; // stopped
    m_deadlineTimer.stop();
    m_idleTimer.start();
}

void LivenessMonitor::onIdle()
{
    Element ping(u"iq"_s, ns::Client.toString());
    ping.setAttribute(u"type"_s, u"get"_s);
    ping.addChild(u"ping"_s, ns::Ping.toString());
    // Any reply — even an error — proves the connection alive; noteActivity() sees it first.
    m_stream->sendIq(
        ping, [](const IqResponse &) {}, m_deadlineTimer.interval() + 1000);
    m_deadlineTimer.start();
}

} // namespace Linnet
