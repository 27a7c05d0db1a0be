// AvatarCache: files named by the SHA-1 of their bytes, nothing else gets in, and what it
// remembers survives a restart.
#include "avatars/AvatarCache.h"
#include "avatars/AvatarStanzas.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

class AvatarCacheTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesByHashOnDisk()
    {
        QTemporaryDir dir;
        const QByteArray image = "a picture";
        const QString hash = AvatarStanzas::sha1Hex(image);
        {
            AvatarCache cache(dir.path() + u"/avatars"_s);
            QVERIFY(!cache.contains(hash));
            QVERIFY(cache.store(hash, image));
            cache.saveAssignments({{u"juliet@capulet.lit"_s, hash}});
        }
        QVERIFY(QFile::exists(dir.path() + u"/avatars/"_s + hash));
        AvatarCache again(dir.path() + u"/avatars"_s);
        QVERIFY(again.contains(hash));
        QCOMPARE(again.load(hash), image);
        QCOMPARE(again.assignments().value(u"juliet@capulet.lit"_s), hash);
    }

    void refusesWhatDoesNotMatch()
    {
        QTemporaryDir dir;
        AvatarCache cache(dir.path());
        const QByteArray image = "a picture";
        QVERIFY(!cache.store(AvatarStanzas::sha1Hex("another"), image));
        QVERIFY(!cache.store(u"../escape"_s, image));
        QVERIFY(!cache.store(AvatarStanzas::sha1Hex({}), {}));
        const QByteArray big(AvatarCache::MaxBytes + 1, 'x');
        QVERIFY(!cache.store(AvatarStanzas::sha1Hex(big), big));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
        QVERIFY(cache.load(u"../../etc/passwd"_s).isEmpty());
    }

    void aDamagedFileIsNotServed()
    {
        QTemporaryDir dir;
        AvatarCache cache(dir.path());
        const QByteArray image = "a picture";
        const QString hash = AvatarStanzas::sha1Hex(image);
        QVERIFY(cache.store(hash, image));
        QFile file(dir.path() + u'/' + hash);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tampered");
        file.close();
        QVERIFY(cache.load(hash).isEmpty());
    }

    void memoryOnlyWithoutADirectory()
    {
        AvatarCache cache;
        const QByteArray image = "a picture";
        const QString hash = AvatarStanzas::sha1Hex(image);
        QVERIFY(cache.store(hash, image));
        QCOMPARE(cache.load(hash), image);
        cache.saveAssignments({{u"a@b"_s, hash}});
        QCOMPARE(cache.assignments().size(), 1);
    }
};

QTEST_GUILESS_MAIN(AvatarCacheTest)
#include "tst_avatar_cache.moc"
