#include "stream/SrvResolver.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

SrvRecord record(const QString &target, quint16 priority, quint16 weight, quint16 port = 5222)
{
    return {target, port, priority, weight};
}

QStringList hosts(const QList<ConnectTarget> &targets)
{
    QStringList result;
    for (const ConnectTarget &target : targets)
        result.append(target.host);
    return result;
}

} // namespace

class TestSrvOrder : public QObject
{
    Q_OBJECT

private slots:
    void ascendingPriority();
    void weightDistribution();
    void allZeroWeightsKeepOrder();
    void zeroWeightRarelyFirst();
    void everyRecordAppearsOnce();
    void sameSeedSameOrder();
    void noServiceTarget();
    void mergeOrder();
    void directTlsFlagAndPort();
    void trailingDotRemoved();
    void fallbackWhenNoRecords();
    void noFallbackWhenServiceRefused();
    void resolverSkipsDnsForIpLiterals_data();
    void resolverSkipsDnsForIpLiterals();
};

void TestSrvOrder::ascendingPriority()
{
    QRandomGenerator random(1);
    const QList<SrvRecord> records{record(u"c.example"_s, 20, 0), record(u"a.example"_s, 5, 0),
                                   record(u"b.example"_s, 10, 0)};
    QCOMPARE(hosts(orderSrvTargets({}, records, random)),
             (QStringList{u"a.example"_s, u"b.example"_s, u"c.example"_s}));
}

void TestSrvOrder::weightDistribution()
{
    // RFC 2782: pick uniformly in [0, sum of weights] and take the first record whose running
    // sum reaches it, so with weights 60/30/10 the first choice is 61:30:10 out of 101.
    const QList<SrvRecord> records{record(u"sixty"_s, 10, 60), record(u"thirty"_s, 10, 30),
                                   record(u"ten"_s, 10, 10)};
    QMap<QString, int> firsts;
    constexpr int runs = 20000;
    for (int seed = 0; seed < runs; ++seed) {
        QRandomGenerator random(seed);
        const QList<ConnectTarget> ordered = orderSrvTargets(records, {}, random);
        QCOMPARE(ordered.size(), 3);
        ++firsts[ordered.first().host];
    }
    const auto share = [&](const QString &host) { return double(firsts.value(host)) / runs; };
    QVERIFY2(qAbs(share(u"sixty"_s) - 61.0 / 101) < 0.02,
             qPrintable(QString::number(share(u"sixty"_s))));
    QVERIFY2(qAbs(share(u"thirty"_s) - 30.0 / 101) < 0.02,
             qPrintable(QString::number(share(u"thirty"_s))));
    QVERIFY2(qAbs(share(u"ten"_s) - 10.0 / 101) < 0.02,
             qPrintable(QString::number(share(u"ten"_s))));
}

void TestSrvOrder::allZeroWeightsKeepOrder()
{
    const QList<SrvRecord> records{record(u"one"_s, 0, 0), record(u"two"_s, 0, 0),
                                   record(u"three"_s, 0, 0)};
    for (int seed = 0; seed < 50; ++seed) {
        QRandomGenerator random(seed);
        QCOMPARE(hosts(orderSrvTargets({}, records, random)),
                 (QStringList{u"one"_s, u"two"_s, u"three"_s}));
    }
}

void TestSrvOrder::zeroWeightRarelyFirst()
{
    // A weight-0 record is placed first among the candidates, so it wins only when the random
    // pick is 0: 1 time in 101 here. It is still tried, after the weighted one.
    const QList<SrvRecord> records{record(u"weighted"_s, 1, 100), record(u"zero"_s, 1, 0)};
    int zeroFirst = 0;
    constexpr int runs = 20000;
    for (int seed = 0; seed < runs; ++seed) {
        QRandomGenerator random(seed);
        const QStringList order = hosts(orderSrvTargets({}, records, random));
        QCOMPARE(order.size(), 2);
        if (order.first() == u"zero")
            ++zeroFirst;
    }
    QVERIFY2(zeroFirst > 0, "a zero weight must keep a small chance");
    QVERIFY2(double(zeroFirst) / runs < 0.02, qPrintable(QString::number(zeroFirst)));
}

void TestSrvOrder::everyRecordAppearsOnce()
{
    QList<SrvRecord> direct;
    QList<SrvRecord> plain;
    for (int i = 0; i < 12; ++i) {
        direct.append(record(u"d%1"_s.arg(i), quint16(i % 3), quint16(i * 7 % 5)));
        plain.append(record(u"p%1"_s.arg(i), quint16(i % 4), quint16(i * 3 % 4)));
    }
    for (int seed = 0; seed < 100; ++seed) {
        QRandomGenerator random(seed);
        const QStringList order = hosts(orderSrvTargets(direct, plain, random));
        QCOMPARE(order.size(), 24);
        QCOMPARE(QSet<QString>(order.begin(), order.end()).size(), 24);
    }
}

void TestSrvOrder::sameSeedSameOrder()
{
    const QList<SrvRecord> records{record(u"a"_s, 0, 10), record(u"b"_s, 0, 10),
                                   record(u"c"_s, 0, 10), record(u"d"_s, 0, 10)};
    QRandomGenerator first(42);
    QRandomGenerator second(42);
    QCOMPARE(orderSrvTargets(records, {}, first), orderSrvTargets(records, {}, second));
}

void TestSrvOrder::noServiceTarget()
{
    QRandomGenerator random(7);
    const QList<SrvRecord> none{record(u"."_s, 0, 0, 0)};
    const QList<SrvRecord> plain{record(u"xmpp.example"_s, 10, 0)};
    // XEP-0368 §5: "." for _xmpps-client only rules out direct TLS.
    const QList<ConnectTarget> targets = orderSrvTargets(none, plain, random);
    QCOMPARE(targets, (QList<ConnectTarget>{{u"xmpp.example"_s, 5222, false}}));
    QVERIFY(orderSrvTargets(none, none, random).isEmpty());
    // Qt may report the root target as an empty name.
    QVERIFY(orderSrvTargets({record(QString(), 0, 0, 0)}, {}, random).isEmpty());
}

void TestSrvOrder::mergeOrder()
{
    QRandomGenerator random(3);
    const QList<SrvRecord> direct{record(u"direct10"_s, 10, 0, 5223),
                                  record(u"direct5"_s, 5, 0, 443)};
    const QList<SrvRecord> plain{record(u"plain5"_s, 5, 0), record(u"plain1"_s, 1, 0),
                                 record(u"plain10"_s, 10, 0)};
    QCOMPARE(hosts(orderSrvTargets(direct, plain, random)),
             (QStringList{u"plain1"_s, u"direct5"_s, u"plain5"_s, u"direct10"_s, u"plain10"_s}));
}

void TestSrvOrder::directTlsFlagAndPort()
{
    QRandomGenerator random(3);
    const QList<ConnectTarget> targets = orderSrvTargets(
        {record(u"tls.example"_s, 0, 0, 443)}, {record(u"xmpp.example"_s, 0, 0, 5222)}, random);
    QCOMPARE(targets, (QList<ConnectTarget>{{u"tls.example"_s, 443, true},
                                            {u"xmpp.example"_s, 5222, false}}));
}

void TestSrvOrder::trailingDotRemoved()
{
    QRandomGenerator random(3);
    QCOMPARE(hosts(orderSrvTargets({}, {record(u"xmpp.example.com."_s, 0, 0)}, random)),
             QStringList{u"xmpp.example.com"_s});
}

void TestSrvOrder::fallbackWhenNoRecords()
{
    QRandomGenerator random(3);
    QCOMPARE(connectTargetsForDomain(u"example.com"_s, {}, {}, random),
             (QList<ConnectTarget>{{u"example.com"_s, 5222, false}}));
    // With records, no fallback is added.
    QCOMPARE(connectTargetsForDomain(u"example.com"_s, {}, {record(u"x.example"_s, 0, 0)}, random),
             (QList<ConnectTarget>{{u"x.example"_s, 5222, false}}));
}

void TestSrvOrder::noFallbackWhenServiceRefused()
{
    QRandomGenerator random(3);
    const QList<SrvRecord> none{record(u"."_s, 0, 0, 0)};
    QVERIFY(connectTargetsForDomain(u"example.com"_s, none, none, random).isEmpty());
    // XEP-0368 §5: SRV is in use once a "." answer comes back, so no A/AAAA fallback either.
    QVERIFY(connectTargetsForDomain(u"example.com"_s, none, {}, random).isEmpty());
}

void TestSrvOrder::resolverSkipsDnsForIpLiterals_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("host");
    QTest::newRow("IPv4") << u"192.0.2.7"_s << u"192.0.2.7"_s;
    QTest::newRow("IPv6 in brackets") << u"[2001:db8::7]"_s << u"2001:db8::7"_s;
}

void TestSrvOrder::resolverSkipsDnsForIpLiterals()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    SrvResolver resolver;
    QSignalSpy finished(&resolver, &SrvResolver::finished);
    resolver.resolve(domain);
    QCOMPARE(finished.size(), 0); // always reported from the event loop
    QVERIFY(finished.wait(1000));
    const auto targets = finished.first().first().value<QList<ConnectTarget>>();
    QCOMPARE(targets, (QList<ConnectTarget>{{host, 5222, false}}));
    QVERIFY(resolver.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSrvOrder)
#include "tst_srvorder.moc"
