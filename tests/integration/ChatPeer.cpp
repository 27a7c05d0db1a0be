#include "ChatPeer.h"

#include "im/ChatManager.h"
#include "im/PresenceManager.h"
#include "storage/HistoryStore.h"

#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Linnet::Test {

ChatPeer::ChatPeer(const TestServerInfo &server, const QString &user, const QString &resource,
                   const QString &databasePath)
    : m_jid(Jid::parse(server.jid(user)).withResource(resource)),
      m_harness(std::make_unique<ClientHarness>(server, user))
{
    m_harness->settings().jid = m_jid;
    m_services = std::make_unique<AccountServices>(&m_harness->client(), databasePath);
    QObject::connect(m_services->chats(), &ChatManager::catchUpFinished,
                     [this](int) { ++m_catchUps; });
}

ChatPeer::~ChatPeer()
{
    m_services.reset();
    m_harness.reset();
}

bool ChatPeer::signIn(int timeoutMs)
{
    const int catchUpsBefore = m_catchUps;
    m_harness->connectToServer();
    if (!m_harness->waitFor(ConnectionState::Online, timeoutMs))
        return false;
    return QTest::qWaitFor(
        [&] {
            return m_services->presence()->initialPresenceSent() && m_catchUps > catchUpsBefore;
        },
        timeoutMs);
}

void ChatPeer::signOut()
{
    client().disconnectFromServer();
    m_harness->waitFor(ConnectionState::Disconnected, 10000);
}

QList<HistoryMessage> ChatPeer::history(const QString &conversation, int limit)
{
    QFuture<QList<HistoryMessage>> future = m_services->history()->page(conversation, 0, limit);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        return {};
    return future.result();
}

bool ChatPeer::waitForHistory(const QString &conversation,
                              const std::function<bool(const QList<HistoryMessage> &)> &done,
                              int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            m_services->history()->flush();
            return done(history(conversation));
        },
        timeoutMs);
}

QString registerFreshUser(const TestServerInfo &server, const QString &stem)
{
    const QString user = u"%1%2"_s.arg(stem).arg(QRandomGenerator::global()->generate());
    QString error;
    if (!server.registerAccount(user, server.password, &error))
        qFatal("%s", qPrintable(error));
    return user;
}

QStringList bodiesOf(const QList<HistoryMessage> &messages)
{
    QStringList bodies;
    for (const HistoryMessage &message : messages)
        bodies.append(message.body);
    return bodies;
}

} // namespace Linnet::Test
