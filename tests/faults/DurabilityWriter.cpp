// The child of faults_durability: signs in as one account with a database of its own and
// writes as fast as it reasonably can (sends a stream of numbered messages through the outbox
// while the test floods it with messages to store) until it is killed with SIGKILL.
// Prints one line per event the test checks against the database afterwards:
//   online              signed in, initial presence sent
//   caught-up           archive catch-up done and committed
//   acked <id>          the server acknowledged (XEP-0198) our message with this id
// Usage: faults_durability_writer <user> <peer bare JID> <database> <run>
#include "ChatPeer.h"
#include "im/ChatManager.h"
#include "im/PresenceManager.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

// Straight to the file descriptor: a line printed is out of the process before the next step.
void emitLine(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        qFatal("usage: faults_durability_writer <user> <peer> <database> <run>");
    QString error;
    const auto server = TestServerInfo::load(&error);
    if (!server)
        qFatal("%s", qPrintable(error));
    const Jid peer = Jid::parse(args.at(2));
    const QString run = args.at(4);

    ChatPeer self(*server, args.at(1), u"writer"_s, args.at(3));
    QObject::connect(self.services().chats(), &ChatManager::messageAcknowledged, &app,
                     [](const QString &, const QString &id) { emitLine(u"acked "_s + id); });
    // Catch-up (archive paging) can take long; the writes start as soon as we are online.
    QObject::connect(self.services().chats(), &ChatManager::catchUpFinished, &app, [&self] {
        self.services().history()->flush().then(qApp, [] { emitLine(u"caught-up"_s); });
    });
    // The same resource every run: a new session replaces the killed one, which would
    // otherwise linger (XEP-0198 hibernation) and receive every message to the bare JID.
    self.harness().settings().resource = u"writer"_s;
    self.harness().connectToServer();
    if (!QTest::qWaitFor(
            [&] {
                return self.client().state() == ConnectionState::Online &&
                       self.services().presence()->initialPresenceSent();
            },
            30000))
        qFatal("sign-in failed: %s", qPrintable(self.harness().lastReason()));
    emitLine(u"online"_s);

    int next = 0;
    QTimer pace;
    // 25 a second: each message also lengthens every later catch-up (see the test).
    pace.setInterval(40);
    QObject::connect(&pace, &QTimer::timeout, &app, [&] {
        for (int i = 0; i < 1; ++i, ++next)
            self.services().chats()->sendMessage(peer, u"W%1-%2"_s.arg(run).arg(next));
    });
    pace.start();
    return app.exec();
}
