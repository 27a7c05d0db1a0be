#include "stream/sasl/PlainClient.h"
#include "stream/sasl/SaslChannelBindingTypes.h"
#include "stream/sasl/SaslMechanismChooser.h"
#include "stream/sasl/ScramClient.h"
#include "xml/namespaces.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

const SaslCredentials credentials{u"juliet"_s, u"pencil"_s};

const QStringList everything{u"PLAIN"_s,
                             u"SCRAM-SHA-1"_s,
                             u"SCRAM-SHA-1-PLUS"_s,
                             u"SCRAM-SHA-256"_s,
                             u"SCRAM-SHA-256-PLUS"_s,
                             u"SCRAM-SHA-512"_s,
                             u"SCRAM-SHA-512-PLUS"_s,
                             u"EXTERNAL"_s};

ChannelBinding endPointBinding()
{
    return {u"tls-server-end-point"_s, QByteArray(32, '\x42')};
}

SaslContext bindingContext()
{
    SaslContext context;
    context.tlsActive = true;
    context.channelBinding = endPointBinding();
    context.serverChannelBindingTypes = {u"tls-exporter"_s, u"tls-server-end-point"_s};
    context.allowPlain = true;
    return context;
}

ScramChannelBinding flagOf(const SaslMechanism *mechanism)
{
    return static_cast<const ScramClient *>(mechanism)->channelBinding();
}

} // namespace

class TestSaslChooser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"linnet.sasl.warning=false"_s); }
    void strongestWins_data();
    void strongestWins();
    void plusNeedsAdvertisedType_data();
    void plusNeedsAdvertisedType();
    void yWhenServerOffersNoPlus();
    void plusMechanismSendsBinding();
    void plainRules();
    void nothingAcceptable_data();
    void nothingAcceptable();
    void plainClient();
    void plainClientRefusesWithoutTls();
    void channelBindingTypesFromFeature();
    void channelBindingTypesFromParents();
    void channelBindingTypesAbsent();
};

void TestSaslChooser::strongestWins_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("everything") << everything << u"SCRAM-SHA-512-PLUS"_s;
    QTest::newRow("-256-PLUS beats -512")
        << QStringList{u"SCRAM-SHA-512"_s, u"SCRAM-SHA-256-PLUS"_s, u"SCRAM-SHA-1-PLUS"_s}
        << u"SCRAM-SHA-256-PLUS"_s;
    QTest::newRow("-1-PLUS beats -512")
        << QStringList{u"SCRAM-SHA-512"_s, u"SCRAM-SHA-1-PLUS"_s} << u"SCRAM-SHA-1-PLUS"_s;
    QTest::newRow("-512 beats -256")
        << QStringList{u"SCRAM-SHA-1"_s, u"SCRAM-SHA-512"_s, u"SCRAM-SHA-256"_s}
        << u"SCRAM-SHA-512"_s;
    QTest::newRow("-256 beats -1")
        << QStringList{u"SCRAM-SHA-1"_s, u"SCRAM-SHA-256"_s} << u"SCRAM-SHA-256"_s;
    QTest::newRow("-1 beats PLAIN")
        << QStringList{u"PLAIN"_s, u"SCRAM-SHA-1"_s} << u"SCRAM-SHA-1"_s;
    QTest::newRow("PLAIN last") << QStringList{u"PLAIN"_s, u"X-OAUTH2"_s} << u"PLAIN"_s;
}

void TestSaslChooser::strongestWins()
{
    QFETCH(QStringList, offered);
    QFETCH(QString, chosen);
    QString why;
    const auto mechanism = chooseSaslMechanism(offered, credentials, bindingContext(), &why);
    QVERIFY(mechanism);
    QCOMPARE(mechanism->name(), chosen);
    QVERIFY(why.isEmpty());
}

void TestSaslChooser::plusNeedsAdvertisedType_data()
{
    QTest::addColumn<bool>("haveData");
    QTest::addColumn<QStringList>("advertised");
    QTest::newRow("no XEP-0440 advertisement") << true << QStringList();
    QTest::newRow("only other types") << true << QStringList{u"tls-exporter"_s, u"tls-unique"_s};
    QTest::newRow("no data (e.g. Ed25519 certificate)")
        << false << QStringList{u"tls-server-end-point"_s};
}

void TestSaslChooser::plusNeedsAdvertisedType()
{
    QFETCH(bool, haveData);
    QFETCH(QStringList, advertised);
    SaslContext context = bindingContext();
    if (!haveData)
        context.channelBinding.reset();
    context.serverChannelBindingTypes = advertised;

    const auto mechanism = chooseSaslMechanism(everything, credentials, context, nullptr);
    QVERIFY(mechanism);
    QCOMPARE(mechanism->name(), u"SCRAM-SHA-512"_s);
    // The server offers -PLUS: 'y' would read as a downgrade attack and fail, so say 'n'.
    QCOMPARE(flagOf(mechanism.get()), ScramChannelBinding::NotSupported);
    QVERIFY(mechanism->initialResponse().startsWith("n,,"));
}

void TestSaslChooser::yWhenServerOffersNoPlus()
{
    const QStringList noPlus{u"SCRAM-SHA-1"_s, u"SCRAM-SHA-256"_s};
    const auto withBinding = chooseSaslMechanism(noPlus, credentials, bindingContext(), nullptr);
    QVERIFY(withBinding);
    QCOMPARE(flagOf(withBinding.get()), ScramChannelBinding::ServerSeemsNotToSupport);
    QVERIFY(withBinding->initialResponse().startsWith("y,,"));

    SaslContext withoutData = bindingContext();
    withoutData.channelBinding.reset();
    const auto noData = chooseSaslMechanism(noPlus, credentials, withoutData, nullptr);
    QCOMPARE(flagOf(noData.get()), ScramChannelBinding::NotSupported);

    SaslContext noTls;
    const auto clear = chooseSaslMechanism(noPlus, credentials, noTls, nullptr);
    QCOMPARE(flagOf(clear.get()), ScramChannelBinding::NotSupported);
}

void TestSaslChooser::plusMechanismSendsBinding()
{
    const auto mechanism = chooseSaslMechanism(everything, credentials, bindingContext(), nullptr);
    QCOMPARE(flagOf(mechanism.get()), ScramChannelBinding::Bound);
    const QByteArray first = mechanism->initialResponse();
    QVERIFY(first.startsWith("p=tls-server-end-point,,n=juliet,r="));
}

void TestSaslChooser::plainRules()
{
    const QStringList plainOnly{u"PLAIN"_s};
    SaslContext context;
    context.tlsActive = true;
    context.allowPlain = true;
    QVERIFY(chooseSaslMechanism(plainOnly, credentials, context, nullptr));

    context.allowPlain = false;
    QString why;
    QVERIFY(!chooseSaslMechanism(plainOnly, credentials, context, &why));
    QVERIFY(why.contains(u"turned off"_s));

    context.allowPlain = true;
    context.tlsActive = false;
    QVERIFY(!chooseSaslMechanism(plainOnly, credentials, context, &why));
    QVERIFY(why.contains(u"not encrypted"_s));
}

void TestSaslChooser::nothingAcceptable_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nothing offered") << QStringList() << u"no way to sign in"_s;
    QTest::newRow("unknown mechanisms")
        << QStringList{u"DIGEST-MD5"_s, u"X-OAUTH2"_s} << u"DIGEST-MD5, X-OAUTH2"_s;
    QTest::newRow("only -PLUS") << QStringList{u"SCRAM-SHA-256-PLUS"_s} << u"bind"_s;
    QTest::newRow("lower-case names are not ours")
        << QStringList{u"scram-sha-1"_s} << u"scram-sha-1"_s;
}

void TestSaslChooser::nothingAcceptable()
{
    QFETCH(QStringList, offered);
    QFETCH(QString, mentions);
    SaslContext context;
    context.tlsActive = true;
    QString why;
    QVERIFY(!chooseSaslMechanism(offered, credentials, context, &why));
    QVERIFY2(why.contains(mentions), qPrintable(why));
    QVERIFY(why.endsWith(u'.'));
    QVERIFY(!chooseSaslMechanism(offered, credentials, context, nullptr)); // null out-param is fine
}

void TestSaslChooser::plainClient()
{
    PlainClient plain(u"juliet"_s, u"pencil"_s, true);
    QCOMPARE(plain.name(), u"PLAIN"_s);
    QCOMPARE(plain.initialResponse(), QByteArray("\0juliet\0pencil", 14));
    QVERIFY(plain.verifySuccess(QByteArray()));
    QVERIFY(plain.error().isEmpty());
    QVERIFY(!plain.respond("anything").has_value());
    QVERIFY(!plain.error().isEmpty());
}

void TestSaslChooser::plainClientRefusesWithoutTls()
{
    PlainClient plain(u"juliet"_s, u"pencil"_s, false);
    QVERIFY(plain.initialResponse().isEmpty());
    QVERIFY(!plain.error().isEmpty());
    QVERIFY(!plain.verifySuccess(QByteArray()));
}

void TestSaslChooser::channelBindingTypesFromFeature()
{
    // XEP-0440 §2 example.
    Element feature(u"sasl-channel-binding"_s, ns::SaslChannelBinding.toString());
    feature.addChild(u"channel-binding"_s, ns::SaslChannelBinding.toString())
        .setAttribute(u"type"_s, u"tls-server-end-point"_s);
    feature.addChild(u"channel-binding"_s, ns::SaslChannelBinding.toString())
        .setAttribute(u"type"_s, u"tls-exporter"_s);
    feature.addChild(u"channel-binding"_s, ns::SaslChannelBinding.toString())
        .setAttribute(u"type"_s, u"tls-exporter"_s);
    feature.addChild(u"channel-binding"_s, ns::SaslChannelBinding.toString());
    feature.addChild(u"channel-binding"_s, u"urn:example:other"_s)
        .setAttribute(u"type"_s, u"tls-unique"_s);
    QCOMPARE(parseSaslChannelBindingTypes(feature),
             (QStringList{u"tls-server-end-point"_s, u"tls-exporter"_s}));
}

void TestSaslChooser::channelBindingTypesFromParents()
{
    Element binding(u"sasl-channel-binding"_s, ns::SaslChannelBinding.toString());
    binding.addChild(u"channel-binding"_s, ns::SaslChannelBinding.toString())
        .setAttribute(u"type"_s, u"tls-server-end-point"_s);

    Element features(u"features"_s, ns::Stream.toString());
    features.appendChild(binding);
    features.addChild(u"mechanisms"_s, ns::Sasl.toString())
        .addChild(u"mechanism"_s, ns::Sasl.toString())
        .setText(u"SCRAM-SHA-1-PLUS"_s);
    QCOMPARE(parseSaslChannelBindingTypes(features), QStringList{u"tls-server-end-point"_s});

    Element mechanisms(u"mechanisms"_s, ns::Sasl.toString());
    mechanisms.appendChild(binding);
    QCOMPARE(parseSaslChannelBindingTypes(mechanisms), QStringList{u"tls-server-end-point"_s});
}

void TestSaslChooser::channelBindingTypesAbsent()
{
    Element features(u"features"_s, ns::Stream.toString());
    features.addChild(u"mechanisms"_s, ns::Sasl.toString());
    QVERIFY(parseSaslChannelBindingTypes(features).isEmpty());
    QVERIFY(parseSaslChannelBindingTypes(Element()).isEmpty());
    QVERIFY(
        parseSaslChannelBindingTypes(Element(u"sasl-channel-binding"_s, u"urn:xmpp:sasl-cb:1"_s))
            .isEmpty());
}

QTEST_GUILESS_MAIN(TestSaslChooser)
#include "tst_saslchooser.moc"
