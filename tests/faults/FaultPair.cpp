#include "FaultPair.h"

#include "HistoryChecks.h"
#include "im/ChatManager.h"
#include "storage/HistoryStore.h"
#include "xml/namespaces.h"

#include <QDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Linnet::Test {

FaultPair::FaultPair(const TestServerInfo &server, const QString &directory)
{
    if (!m_proxyA.listen(server.host, server.startTlsPort) ||
        !m_proxyB.listen(server.host, server.startTlsPort))
        qFatal("FaultPair: cannot listen on loopback");
    const QDir dir(directory);
    m_a = std::make_unique<ChatPeer>(server, registerFreshUser(server, u"faulta"_s), u"desk"_s,
                                     dir.filePath(u"a.sqlite"_s));
    m_b = std::make_unique<ChatPeer>(server, registerFreshUser(server, u"faultb"_s), u"desk"_s,
                                     dir.filePath(u"b.sqlite"_s));
    const std::pair<ChatPeer *, FaultProxy *> routes[] = {{m_a.get(), &m_proxyA},
                                                          {m_b.get(), &m_proxyB}};
    for (const auto &[peer, proxy] : routes) {
        peer->harness().settings().host = u"127.0.0.1"_s;
        peer->harness().settings().port = proxy->port();
        peer->client().reconnectPolicy() = ReconnectPolicy(100, 1000);
        QObject::connect(&peer->client(), &XmppStream::onlineChanged, &peer->client(),
                         [this](bool online) { m_lostSessions += online ? 0 : 1; });
    }
}

QString FaultPair::signIn(int timeoutMs)
{
    if (!m_a->signIn(timeoutMs))
        return u"A: "_s + m_a->harness().lastReason();
    if (!m_b->signIn(timeoutMs))
        return u"B: "_s + m_b->harness().lastReason();
    return {};
}

void FaultPair::setLarge(const QSet<int> &numbers, int paddingBytes)
{
    m_large = numbers;
    m_paddingBytes = paddingBytes;
}

bool FaultPair::send(int perSide, int batch, int intervalMs,
                     const std::function<void(int)> &beforeTick, int timeoutMs)
{
    int sent = 0;
    QTimer pace;
    pace.setInterval(intervalMs);
    QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
        if (beforeTick)
            beforeTick(sent);
        for (int i = 0; i < batch && sent < perSide; ++i, ++sent) {
            const int padding = m_large.contains(sent) ? m_paddingBytes : 0;
            m_a->services().chats()->sendMessage(m_b->jid().bare(),
                                                 sequenceBody(u'A', sent, padding));
            m_b->services().chats()->sendMessage(m_a->jid().bare(),
                                                 sequenceBody(u'B', sent, padding));
        }
        if (sent == perSide)
            pace.stop();
    });
    pace.start();
    return QTest::qWaitFor([&] { return sent == perSide; }, timeoutMs);
}

QList<HistoryMessage> FaultPair::historyOf(ChatPeer &peer, ChatPeer &other)
{
    peer.services().history()->flush();
    return peer.history(other.jid().bareString());
}

QString FaultPair::settle(int perSide, int timeoutMs)
{
    QString lastA, lastB;
    const bool settled = QTest::qWaitFor(
        [&] {
            lastA = checkExactlyOnce(historyOf(*m_a, *m_b), u"AB"_s, perSide);
            lastB = checkExactlyOnce(historyOf(*m_b, *m_a), u"AB"_s, perSide);
            return lastA == u"ok" && lastB == u"ok";
        },
        timeoutMs);
    if (!settled)
        return u"A holds: %1; B holds: %2"_s.arg(lastA, lastB);
    // And it stays that way: nothing arrives twice later.
    QTest::qWait(1000);
    lastA = checkExactlyOnce(historyOf(*m_a, *m_b), u"AB"_s, perSide);
    lastB = checkExactlyOnce(historyOf(*m_b, *m_a), u"AB"_s, perSide);
    if (lastA != u"ok" || lastB != u"ok")
        return u"later, A holds: %1; B holds: %2"_s.arg(lastA, lastB);
    return u"ok"_s;
}

QString FaultPair::orderAndStates(int perSide)
{
    QStringList problems;
    const std::pair<QString, QList<HistoryMessage>> sides[] = {{u"A"_s, historyOf(*m_a, *m_b)},
                                                               {u"B"_s, historyOf(*m_b, *m_a)}};
    for (const auto &[name, messages] : sides) {
        const QString order = checkOrder(messages, u"AB"_s, perSide);
        if (order != u"ok")
            problems.append(u"%1 order: %2"_s.arg(name, order));
        const QString unacknowledged = unacknowledgedOwn(messages);
        if (!unacknowledged.isEmpty())
            problems.append(u"%1 not acknowledged: %2"_s.arg(name, unacknowledged));
    }
    return problems.isEmpty() ? u"ok"_s : problems.join(u"; ");
}

bool FaultPair::pingServer(ChatPeer &peer, int timeoutMs)
{
    bool answered = false;
    Element ping(u"iq"_s, ns::Client.toString());
    ping.setAttribute(u"type"_s, u"get"_s);
    ping.addChild(u"ping"_s, ns::Ping.toString());
    peer.client().sendIq(ping,
                         [&answered](const IqResponse &response) { answered = response.ok(); });
    return QTest::qWaitFor([&] { return answered; }, timeoutMs);
}

int FaultPair::reconnects() const
{
    return m_proxyA.connectionsAccepted() + m_proxyB.connectionsAccepted() - 2;
}

} // namespace Linnet::Test
