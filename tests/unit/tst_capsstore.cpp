// Verified capabilities survive a restart: they are written through to the account's
// database and loaded back into memory.
#include "disco/Caps.h"
#include "storage/CapsStore.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

class CapsStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"account.sqlite"_s);
        DiscoInfo info;
        info.identities = {DiscoIdentity{u"client"_s, u"pc"_s, QString(), u"Exodus 0.9.1"_s}};
        info.features = {u"http://jabber.org/protocol/caps"_s,
                         u"http://jabber.org/protocol/disco#info"_s, u"urn:xmpp:ping"_s};
        const QString ver = Caps::computeVer(info);
        {
            Database database;
            database.open(path);
            CapsStore store(database);
            QSignalSpy loaded(&store, &CapsStore::loaded);
            QVERIFY(loaded.wait(5000));
            QCOMPARE(store.size(), 0);
            store.insert(u"sha-1"_s, ver, info);
            QCOMPARE(store.lookup(u"sha-1"_s, ver), std::optional<DiscoInfo>(info));
        } // the database finishes its queued writes before it closes
        Database database;
        database.open(path);
        CapsStore store(database);
        QSignalSpy loaded(&store, &CapsStore::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(store.size(), 1);
        const auto restored = store.lookup(u"sha-1"_s, ver);
        QVERIFY(restored);
        QCOMPARE(restored->features, info.features);
        QCOMPARE(restored->identities, info.identities);
        QCOMPARE(Caps::computeVer(*restored), ver);
        QVERIFY(!store.lookup(u"sha-1"_s, u"other"_s));
    }
};

QTEST_GUILESS_MAIN(CapsStoreTest)
#include "tst_capsstore.moc"
