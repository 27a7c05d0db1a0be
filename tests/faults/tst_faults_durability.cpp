// Durability under SIGKILL: a child process (faults_durability_writer) signs in, stores a
// flood of incoming messages and sends a stream of its own through the outbox, and is killed
// with SIGKILL at a random moment, Kills times. After every kill its database opens,
// PRAGMA integrity_check is ok, and nothing the server acknowledged is missing from it:
// - every message of ours the server acked (the child printed "acked <id>"), and every one
//   the peer received, is in the database;
// - every message the peer sent and the server acked before the previous kill is in it once
//   the child signed in again (the catch-up finished before it printed "online"): what the
//   killed child had acked to the server is gone from the server's queue, only the archive
//   can bring it back.
// At the end the account signs in once more without a kill: every acked message of the peer
// is held exactly once, and every message in the outbox reached the peer.
#include "ChatPeer.h"
#include "DatabaseSnapshot.h"
#include "im/ChatManager.h"
#include "storage/HistoryStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

constexpr int Kills = 100;
// The peer sends one message every FloodIntervalMs. Much faster and the writer's archive
// catch-up, which pages (50 a page) up to the newest archived message, chases a tail that
// grows faster than it pages and never finishes (seen at 100 and 200 messages/s). Every message
// also makes the final catch-up longer: Prosody's internal storage reads the whole archive
// for each page of 50.
constexpr int FloodIntervalMs = 60;
// The final sign-in pages through whatever the killed runs did not catch up with.
constexpr int FinalCatchUpTimeoutMs = 300000;

// Ids in required that held lacks, as "a, b" (at most 10 named) with the count.
QString missingFrom(const QSet<QString> &required, const QHash<QString, int> &held)
{
    QStringList missing;
    for (const QString &id : required) {
        if (!held.contains(id))
            missing.append(id);
    }
    if (missing.isEmpty())
        return {};
    missing.sort();
    return u"%1 missing: %2"_s.arg(missing.size()).arg(missing.mid(0, 10).join(u", "));
}

// The last lines of a child's log, for failure messages.
QString tailOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().right(1500));
}

} // namespace

class FaultsDurabilityTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("LINNET_FAULTS_KEEP"));
        qInfo("work directory %s", qPrintable(dir.path()));
    }

    void killedHundredTimesDuringHeavyWrites()
    {
        const QString writer = registerFreshUser(server, u"writer"_s);
        const QString writerJid = server.jid(writer);
        const QString database = dir.filePath(u"writer.sqlite"_s);
        ChatPeer peer(server, registerFreshUser(server, u"flood"_s), u"flood"_s,
                      dir.filePath(u"peer.sqlite"_s));
        QVERIFY2(peer.signIn(), qPrintable(peer.harness().lastReason()));
        const QString peerJid = peer.jid().bareString();

        QSet<QString> peerSent, peerAcked, peerReceived;
        connect(peer.services().chats(), &ChatManager::messageAcknowledged, this,
                [&](const QString &, const QString &id) { peerAcked.insert(id); });
        connect(peer.services().chats(), &ChatManager::messageReceived, this,
                [&](const HistoryMessage &message) { peerReceived.insert(message.messageId); });
        int flooded = 0;
        QTimer flood;
        flood.setInterval(FloodIntervalMs);
        connect(&flood, &QTimer::timeout, this, [&] {
            peerSent.insert(peer.services().chats()->sendMessage(Jid::parse(writerJid),
                                                                 u"P%1"_s.arg(flooded++)));
        });
        // The flood starts once the writer has signed in and caught up once: the very first
        // catch-up of an account fetches only the newest page of its archive, by design.

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill schedule seed %u", seed);
        QRandomGenerator random(seed);
        QElapsedTimer started;
        started.start();
        QSet<QString> writerAcked;
        QSet<QString> ackedAtLastKill; // the peer's acked messages when the last kill came
        int onlineRuns = 0, caughtUpRuns = 0, ackedButQueued = 0;
        for (int run = 0; run < Kills; ++run) {
            QProcess child;
            const QString log = dir.filePath(u"writer-%1.log"_s.arg(run));
            child.setStandardErrorFile(log);
            child.start(QStringLiteral(FAULTS_WRITER_PATH),
                        {writer, peerJid, database, QString::number(run)});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            QByteArray out;
            connect(&child, &QProcess::readyReadStandardOutput, this,
                    [&] { out += child.readAllStandardOutput(); });
            // Half the kills land anywhere from the start (sign-in, catch-up), half while the
            // writes run at full speed.
            if (run > 0 && random.bounded(2) == 0) {
                QTest::qWait(random.bounded(50, 1500));
            } else {
                QVERIFY2(QTest::qWaitFor([&] { return out.contains("online\n"); }, 30000),
                         qPrintable(u"run %1 never online: %2"_s.arg(run).arg(tailOf(log))));
                QTest::qWait(random.bounded(0, 700));
            }
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(u"run %1 ended by itself: %2"_s.arg(run).arg(tailOf(log))));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            out += child.readAllStandardOutput();
            const QSet<QString> ackedBeforePreviousKill = ackedAtLastKill;
            ackedAtLastKill = peerAcked;

            bool online = false, caughtUp = false;
            for (const QByteArray &line : out.split('\n')) {
                if (line == "online")
                    online = true;
                else if (line == "caught-up")
                    caughtUp = true;
                else if (line.startsWith("acked "))
                    writerAcked.insert(QString::fromUtf8(line.mid(6)));
            }
            onlineRuns += online ? 1 : 0;
            caughtUpRuns += caughtUp ? 1 : 0;
            if (online && !flood.isActive())
                flood.start();

            const QString where = u"after kill %1: "_s.arg(run + 1);
            if (!QFile::exists(database)) { // killed before it was even created
                QVERIFY2(writerAcked.isEmpty() && peerReceived.isEmpty(),
                         qPrintable(where + u"no database"_s));
                continue;
            }
            const DatabaseSnapshot held = DatabaseSnapshot::read(database, peerJid);
            QVERIFY2(held.error.isEmpty(), qPrintable(where + held.error));
            QVERIFY2(held.integrity == u"ok", qPrintable(where + held.integrity));
            const QString ackedMissing = missingFrom(writerAcked, held.outgoing);
            QVERIFY2(ackedMissing.isEmpty(), qPrintable(where + u"acked "_s + ackedMissing));
            const QString receivedMissing = missingFrom(peerReceived, held.outgoing);
            QVERIFY2(receivedMissing.isEmpty(),
                     qPrintable(where + u"received by the peer, "_s + receivedMissing));
            if (caughtUp) {
                const QString incomingMissing = missingFrom(ackedBeforePreviousKill, held.incoming);
                QVERIFY2(incomingMissing.isEmpty(),
                         qPrintable(where + u"from the peer, "_s + incomingMissing));
            }
            QVERIFY2(DatabaseSnapshot::duplicates(held.incoming).isEmpty(),
                     qPrintable(where + DatabaseSnapshot::duplicates(held.incoming)));
            QVERIFY2(DatabaseSnapshot::duplicates(held.outgoing).isEmpty(),
                     qPrintable(where + DatabaseSnapshot::duplicates(held.outgoing)));
            ackedButQueued = int((held.queued & writerAcked).size());
            if ((run + 1) % 20 == 0)
                qInfo("%d kills after %lld ms", run + 1, started.elapsed());
        }
        flood.stop();
        qInfo("%d kills, %d of them after the child was online, %d after its catch-up; writer "
              "acked %lld, peer "
              "received %lld, peer sent %d (acked %lld); acked but still queued at the last "
              "kill: %d",
              Kills, onlineRuns, caughtUpRuns, qint64(writerAcked.size()),
              qint64(peerReceived.size()), flooded, qint64(peerAcked.size()), ackedButQueued);
        QVERIFY(onlineRuns >= Kills / 4);
        // The writes really were under way when the kills came.
        QVERIFY(writerAcked.size() + peerReceived.size() >= 200);

        // Everything the peer sent is acked; then the writer signs in once more, unharmed.
        QVERIFY(QTest::qWaitFor([&] { return peerAcked.size() == peerSent.size(); }, 60000));
        {
            ChatPeer last(server, writer, u"writer"_s, database);
            QElapsedTimer catchingUp;
            catchingUp.start();
            qint64 stored = 0;
            connect(last.services().history(), &HistoryStore::messagesAdded, this,
                    [&stored](const QList<HistoryMessage> &added) { stored += added.size(); });
            QVERIFY2(last.signIn(FinalCatchUpTimeoutMs),
                     qPrintable(u"%1; %2 messages stored in %3 ms"_s.arg(
                         last.harness().lastReason(), QString::number(stored),
                         QString::number(catchingUp.elapsed()))));
            qInfo("final sign-in and catch-up: %lld ms", catchingUp.elapsed());
            last.services().history()->flush();
            // The outbox drains: every message of ours reaches the peer.
            QString undelivered;
            const bool drained = QTest::qWaitFor(
                [&] {
                    peer.services().history()->flush();
                    const DatabaseSnapshot ours = DatabaseSnapshot::read(database, peerJid);
                    QSet<QString> outgoing;
                    for (auto it = ours.outgoing.cbegin(); it != ours.outgoing.cend(); ++it)
                        outgoing.insert(it.key());
                    const DatabaseSnapshot theirs =
                        DatabaseSnapshot::read(dir.filePath(u"peer.sqlite"_s), writerJid);
                    undelivered = missingFrom(outgoing, theirs.incoming);
                    return undelivered.isEmpty();
                },
                60000);
            QVERIFY2(drained, qPrintable(u"not at the peer: "_s + undelivered));
            last.signOut();
        }
        const DatabaseSnapshot final = DatabaseSnapshot::read(database, peerJid);
        QCOMPARE(final.integrity, u"ok"_s);
        const QString missing = missingFrom(peerAcked, final.incoming);
        QVERIFY2(missing.isEmpty(), qPrintable(u"from the peer, "_s + missing));
        QCOMPARE(final.incoming.size(), peerSent.size());
        QVERIFY2(DatabaseSnapshot::duplicates(final.incoming).isEmpty(),
                 qPrintable(DatabaseSnapshot::duplicates(final.incoming)));
        const DatabaseSnapshot peerHeld =
            DatabaseSnapshot::read(dir.filePath(u"peer.sqlite"_s), writerJid);
        QVERIFY2(DatabaseSnapshot::duplicates(peerHeld.incoming).isEmpty(),
                 qPrintable(u"the peer holds twice: "_s +
                            DatabaseSnapshot::duplicates(peerHeld.incoming)));
        qInfo("final: writer holds %lld from the peer, %lld of its own; peer holds %lld",
              qint64(final.incoming.size()), qint64(final.outgoing.size()),
              qint64(peerHeld.incoming.size()));
    }
};

QTEST_GUILESS_MAIN(FaultsDurabilityTest)
#include "tst_faults_durability.moc"
