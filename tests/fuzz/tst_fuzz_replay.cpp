// Replays every seed of tests/fuzz/corpus/<harness>/ and every saved crash input of
// tests/fuzz/regressions/<harness>/ through the harness bodies in the normal build, so the
// bugs the fuzzers found stay fixed and the seeds keep reaching the parsers.
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "xml/StreamWriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Linnet;

namespace {

QString fuzzDir(const QString &sub)
{
    return QStringLiteral(LINNET_FUZZ_DIR) + u'/' + sub;
}

QFileInfoList inputsIn(const QString &directory)
{
    return QDir(directory).entryInfoList(QDir::Files, QDir::Name);
}

// Harnesses whose input is a sequence of stanzas (not a raw stream or SASL data).
bool takesStanzas(const QString &harness)
{
    return harness != u"stream_parser" && harness != u"scram";
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHarnessHasSeeds()
    {
        for (const Fuzz::Target &target : Fuzz::targets()) {
            const QString name = QString::fromLatin1(target.name);
            QVERIFY2(inputsIn(fuzzDir(QStringLiteral("corpus/") + name)).size() >= 3,
                     qPrintable(name));
        }
    }

    // A seed that does not parse as a stream of stanzas would only test the parser's errors.
    void seedsAreStanzas_data() { inputs(QStringLiteral("corpus"), true); }
    void seedsAreStanzas()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!Fuzz::stanzasOf(file.readAll()).isEmpty(), qPrintable(path));
    }

    void replay_data()
    {
        inputs(QStringLiteral("corpus"), false);
        inputs(QStringLiteral("regressions"), false);
    }
    void replay()
    {
        QFETCH(QString, harness);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        for (const Fuzz::Target &target : Fuzz::targets()) {
            if (harness == QLatin1String(target.name))
                target.run(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
        }
        Fuzz::settle();
    }

    // Found by the stream_parser harness: namespace URIs from a peer (a quote is allowed in
    // them) went out unescaped, so an element we write back could carry injected markup.
    void namespacesWithQuotesAreEscaped()
    {
        Element stanza(QStringLiteral("message"), QStringLiteral("jabber:client"));
        stanza.setAttribute(QStringLiteral("urn:a\" to=\"x"), QStringLiteral("a"),
                            QStringLiteral("1"));
        stanza.addChild(QStringLiteral("x"), QStringLiteral("urn:b\"><evil/><y a=\""));
        const QByteArray written = StreamWriter::serialize(stanza);
        QVERIFY2(!written.contains("<evil"), written.constData());
        const QList<Element> parsed = Fuzz::stanzasOf(written);
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed.first(), stanza);
    }

private:
    static void inputs(const QString &kind, bool stanzasOnly)
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QString>("path");
        for (const Fuzz::Target &target : Fuzz::targets()) {
            const QString name = QString::fromLatin1(target.name);
            if (stanzasOnly && !takesStanzas(name))
                continue;
            for (const QFileInfo &file : inputsIn(fuzzDir(kind + u'/' + name))) {
                const QString row = kind + u'/' + name + u'/' + file.fileName();
                QTest::newRow(qPrintable(row)) << name << file.filePath();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
