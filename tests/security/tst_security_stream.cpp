// Security catalogue, stream layer: XML attacks on the parser, and TLS and SASL attacks by a
// server or by someone between us and it (a scripted hostile server on loopback). Every test
// names its class; README.md maps them to CVEs and references.
#include "FakeXmppServer.h"
#include "stream/Client.h"
#include "stream/sasl/SaslMechanismChooser.h"
#include "stream/sasl/ScramClient.h"
#include "xml/StreamParser.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

Q_DECLARE_METATYPE(Linnet::ParseFailure)

namespace {

const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";

QByteArray mechanisms(const QList<QByteArray> &names)
{
    QByteArray out = "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>";
    for (const QByteArray &name : names)
        out += "<mechanism>" + name + "</mechanism>";
    return out + "</mechanisms>";
}

const QByteArray EndPointBinding = "<sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'>"
                                   "<channel-binding type='tls-server-end-point'/>"
                                   "</sasl-channel-binding>";

// Feeds input to a fresh parser and returns the last event (an error, if any).
ParserEvent parse(const QByteArray &input, StreamParser::Limits limits = {})
{
    StreamParser parser(limits);
    parser.feed(input);
    ParserEvent last;
    for (;;) {
        ParserEvent event = parser.next();
        if (event.kind == ParserEvent::Kind::NeedMoreData)
            return last;
        last = event;
        if (event.kind == ParserEvent::Kind::Error)
            return last;
    }
}

bool failsWith(const ParserEvent &event, ParseFailure failure)
{
    return event.kind == ParserEvent::Kind::Error && event.failure == failure;
}

// The SASL initial response the client sent, decoded, or empty.
QByteArray initialResponseSent(const QByteArray &received)
{
    static const QRegularExpression auth(u"<auth[^>]*>([^<]*)</auth>"_s);
    const auto match = auth.match(QString::fromUtf8(received));
    return match.hasMatch() ? QByteArray::fromBase64(match.captured(1).toLatin1()) : QByteArray();
}

} // namespace

class SecurityStreamTest : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<Client> makeClient(const FakeXmppServer &server, TlsMode mode,
                                              const QString &pinnedMechanism = {})
    {
        auto client = std::make_unique<Client>();
        ConnectionSettings settings;
        settings.jid = Jid::parse(u"alice@localhost"_s);
        settings.host = u"127.0.0.1"_s;
        settings.port = server.port();
        settings.tlsMode = mode;
        settings.negotiationTimeoutMs = 5000;
        settings.pinnedSaslMechanism = pinnedMechanism;
        settings.extraCaCertificates =
            QSslCertificate::fromPath(QStringLiteral(LINNET_TEST_DATA_DIR "/fake-localhost.pem"));
        client->setSettings(settings);
        client->setPassword(u"secret-password"_s);
        client->setAutoReconnect(false);
        return client;
    }

    static bool ends(Client &client)
    {
        return QTest::qWaitFor([&] { return client.state() == ConnectionState::Disconnected; },
                               10000);
    }

    static bool online(Client &client)
    {
        return QTest::qWaitFor([&] { return client.state() == ConnectionState::Online; }, 10000);
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"linnet.*.warning=false"_s); }

    // Class: XML entity expansion, "billion laughs" (CWE-776). Nine levels of ten references
    // each expand to 10^9 copies of "lol": a parser that expands entities runs out of memory
    // and takes the client down. RFC 6120 §11.1 forbids DTDs in XMPP; the parser refuses the
    // DOCTYPE itself with restricted-xml, so nothing is ever expanded.
    void billionLaughsIsRefusedBeforeExpansion_CWE_776()
    {
        QByteArray doctype = "<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY lol0 'lol'>";
        for (int level = 1; level < 10; ++level) {
            doctype += "<!ENTITY lol" + QByteArray::number(level) + " '";
            for (int i = 0; i < 10; ++i)
                doctype += "&lol" + QByteArray::number(level - 1) + ";";
            doctype += "'>";
        }
        doctype += "]>";
        const QByteArray stream = doctype +
                                  "<stream:stream xmlns='jabber:client' "
                                  "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>"
                                  "<message><body>&lol9;</body></message>";
        QElapsedTimer clock;
        clock.start();
        const ParserEvent event = parse(stream);
        QVERIFY(failsWith(event, ParseFailure::RestrictedXml));
        QVERIFY(clock.elapsed() < 2000);

        // And the same once the stream is open: an undeclared entity is never resolved.
        QVERIFY(failsWith(parse(Header + "<message><body>&lol9;</body></message>"),
                          ParseFailure::RestrictedXml));
    }

    // Class: XML external entities and external DTDs (XXE, CWE-611). A DOCTYPE naming a
    // SYSTEM DTD or an external entity would make the client fetch a URL (revealing it is
    // online, to whom) or read a local file into a stanza. Refused; nothing is fetched.
    void externalDtdAndEntitiesAreNeverFetched_CWE_611()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(listener.serverPort());
        const QList<QByteArray> attacks{
            "<?xml version='1.0'?><!DOCTYPE stream SYSTEM '" + url + "/evil.dtd'>",
            "<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY xxe SYSTEM '" + url + "/x'>]>",
            "<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>",
            "<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY % p SYSTEM '" + url + "/p'>%p;]>",
        };
        for (const QByteArray &doctype : attacks) {
            const ParserEvent event =
                parse(doctype + Header.mid(21) + "<message><body>&xxe;</body></message>");
            QVERIFY2(failsWith(event, ParseFailure::RestrictedXml), doctype.constData());
        }
        QTest::qWait(100);
        QVERIFY(!listener.hasPendingConnections());

        // Over a connection: the server's DOCTYPE ends the stream before any sign-in.
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.expect("<stream:stream").send(attacks.at(1) + Header.mid(21));
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(ends(*client));
        QCOMPARE(client->lastError().kind, SessionError::Kind::InvalidXml);
        QTRY_VERIFY(server.received().contains("restricted-xml"));
        QVERIFY(!server.received().contains("<auth"));
        QVERIFY(!listener.hasPendingConnections());
    }

    // Class: resource exhaustion by nesting (CWE-674). 10,000 nested elements make a
    // recursive tree builder overflow the stack, and each level costs memory. The parser
    // stops at 64 levels with policy-violation, long before the stanza ends.
    void deepNestingIsRefused_CWE_674()
    {
        const QByteArray deep = Header + "<message>" + QByteArray("<a>").repeated(10000);
        QVERIFY(failsWith(parse(deep), ParseFailure::PolicyViolation));

        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain();
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(online(*client));
        server.findChildren<QSslSocket *>().constFirst()->write(
            "<message from='bob@localhost/x'>" + QByteArray("<a>").repeated(10000) +
            QByteArray("</a>").repeated(10000) + "</message>");
        QVERIFY(ends(*client));
        QCOMPARE(client->lastError().kind, SessionError::Kind::InvalidXml);
        QTRY_VERIFY(server.received().contains("policy-violation"));
    }

    // Class: memory exhaustion by an endless or oversized stanza (CWE-400). A stanza that
    // never closes would be buffered forever. The parser refuses it as soon as it passes the
    // limit (1 MiB by default), while it is still arriving, holding no more than the limit.
    void oversizedStanzaIsRefusedWhileArriving_CWE_400()
    {
        StreamParser parser;
        parser.feed(Header);
        QCOMPARE(parser.next().kind, ParserEvent::Kind::StreamOpened);
        parser.feed("<message><body>");
        const QByteArray chunk(64 * 1024, 'a');
        ParserEvent event;
        int fed = 0;
        while (event.kind != ParserEvent::Kind::Error && fed < 64) {
            parser.feed(chunk);
            ++fed;
            do {
                event = parser.next();
            } while (event.kind != ParserEvent::Kind::NeedMoreData &&
                     event.kind != ParserEvent::Kind::Error);
            QVERIFY(parser.bufferedBytes() <= 2 * 1024 * 1024);
        }
        QVERIFY(failsWith(event, ParseFailure::PolicyViolation));
        QVERIFY2(fed <= 18, qPrintable(QString::number(fed))); // about 1 MiB, not 4 MiB
        QCOMPARE(parser.bufferedBytes(), 0);

        // A single attribute of 2 MiB is no way around it.
        QVERIFY(
            failsWith(parse(Header + "<message id='" + QByteArray(2 * 1024 * 1024, 'x') + "'/>"),
                      ParseFailure::PolicyViolation));
    }

    // Class: invalid UTF-8 (overlong forms, surrogates, code points past U+10FFFF; e.g. the
    // libpurple and expat bugs on malformed input) and control characters, which XML 1.0
    // forbids even as character references. They could smuggle "<" past filters or break
    // whatever stores and shows the text. The stream ends with the matching error.
    void invalidUtf8AndControlCharactersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("stanza");
        QTest::addColumn<ParseFailure>("failure");
        const auto body = [](const QByteArray &text) -> QByteArray {
            return "<message from='bob@localhost/x'><body>" + text + "</body></message>";
        };
        QTest::newRow("overlong '<'") << body("\xC0\xBC") << ParseFailure::UnsupportedEncoding;
        QTest::newRow("overlong '/' in 3 bytes")
            << body("\xE0\x80\xAF") << ParseFailure::UnsupportedEncoding;
        QTest::newRow("UTF-16 surrogate")
            << body("\xED\xA0\x80") << ParseFailure::UnsupportedEncoding;
        QTest::newRow("past U+10FFFF")
            << body("\xF4\x90\x80\x80") << ParseFailure::UnsupportedEncoding;
        QTest::newRow("lone continuation") << body("a\x80z") << ParseFailure::UnsupportedEncoding;
        QTest::newRow("invalid in a name")
            << QByteArray("<message from='\xFF@localhost'/>") << ParseFailure::UnsupportedEncoding;
        QTest::newRow("raw control character") << body("ring\x07") << ParseFailure::NotWellFormed;
        QTest::newRow("NUL") << body(QByteArray("a\0b", 3)) << ParseFailure::NotWellFormed;
        QTest::newRow("control character reference")
            << body("&#x1B;[2J") << ParseFailure::NotWellFormed;
        QTest::newRow("NUL reference") << body("&#0;") << ParseFailure::NotWellFormed;
    }

    void invalidUtf8AndControlCharactersAreRefused()
    {
        QFETCH(QByteArray, stanza);
        QFETCH(ParseFailure, failure);
        const ParserEvent event = parse(Header + stanza);
        QVERIFY2(failsWith(event, failure), qPrintable(event.message));
        // Cut anywhere, the bytes still fail: a sequence split between two reads is no escape.
        for (int cut = 1; cut < stanza.size(); cut += 7) {
            StreamParser parser;
            parser.feed(Header + stanza.left(cut));
            ParserEvent last;
            while ((last = parser.next()).kind != ParserEvent::Kind::NeedMoreData &&
                   last.kind != ParserEvent::Kind::Error) {
            }
            if (last.kind != ParserEvent::Kind::Error) {
                parser.feed(stanza.mid(cut));
                while ((last = parser.next()).kind != ParserEvent::Kind::NeedMoreData &&
                       last.kind != ParserEvent::Kind::Error) {
                }
            }
            QVERIFY2(parser.failed(), qPrintable(u"cut at %1"_s.arg(cut)));
        }
    }

    // Class: STARTTLS stripping (CWE-319, the "STRIPTLS" attack). Someone on the path removes
    // <starttls/> from the features the server sent, hoping the client signs in in the clear
    // and shows them the password. Linnet requires TLS unless the user chose otherwise: it
    // sends no <auth/>, no password, and tells why.
    void startTlsStrippedByManInTheMiddleSendsNoPassword_CWE_319_data()
    {
        QTest::addColumn<TlsMode>("mode");
        QTest::newRow("STARTTLS required") << TlsMode::StartTls;
        QTest::newRow("automatic") << TlsMode::Automatic;
    }

    void startTlsStrippedByManInTheMiddleSendsNoPassword_CWE_319()
    {
        QFETCH(TlsMode, mode);
        FakeXmppServer server;
        server.expect("<stream:stream")
            .send(FakeXmppServer::header(mechanisms({"SCRAM-SHA-1", "PLAIN"})))
            .expect("</auth>");
        auto client = makeClient(server, mode);
        client->connectToServer();
        QVERIFY(ends(*client));
        QCOMPARE(client->lastError().kind, SessionError::Kind::TlsNotOffered);
        QVERIFY(client->lastError().sentence.contains(u"password"));
        QVERIFY(!server.received().contains("<auth"));
        QVERIFY(!server.received().contains("secret-password"));
        QVERIFY(!server.received().toBase64().contains(QByteArray("secret-password").toBase64()));
    }

    // The same class, second form: STARTTLS offered, then <failure/> instead of <proceed/>.
    // The client must not carry on in the clear.
    void startTlsRefusedByTheServerEndsTheStream_CWE_319()
    {
        FakeXmppServer server;
        server.expect("<stream:stream")
            .send(FakeXmppServer::header("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>" +
                                         mechanisms({"PLAIN"})))
            .expect("<starttls")
            .send("<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
            .send(FakeXmppServer::header(mechanisms({"PLAIN"})));
        auto client = makeClient(server, TlsMode::StartTls);
        client->connectToServer();
        QVERIFY(ends(*client));
        QVERIFY(client->lastError().kind != SessionError::Kind::None);
        QVERIFY(!server.received().contains("<auth"));
    }

    // Class: certificate not matching the domain (CWE-297; RFC 6125). A certificate that is
    // valid, signed by a trusted authority, but issued for another name is what an attacker
    // with any certificate of their own presents. Refused before any credential is sent,
    // with the certificate shown to the user; here over direct TLS (XEP-0368).
    void certificateForAnotherDomainIsRefusedBeforeAuth_CWE_297()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.setIdentity(QStringLiteral(LINNET_TEST_DATA_DIR "/fake-evil.pem"),
                           QStringLiteral(LINNET_TEST_DATA_DIR "/fake-evil.key"));
        server.authenticateWithPlain("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>");
        auto client = makeClient(server, TlsMode::DirectTls);
        ConnectionSettings settings = client->settings();
        settings.extraCaCertificates +=
            QSslCertificate::fromPath(QStringLiteral(LINNET_TEST_DATA_DIR "/fake-evil.pem"));
        client->setSettings(settings);
        client->connectToServer();
        QVERIFY(ends(*client));
        QCOMPARE(client->lastError().kind, SessionError::Kind::CertificateUntrusted);
        QCOMPARE(client->lastError().certificateChain.constFirst().subjectInfo(
                     QSslCertificate::CommonName),
                 QStringList{u"evil.example"_s});
        QVERIFY(!server.received().contains("<auth"));
        QVERIFY(!server.received().contains("<stream:stream")); // not even a stream header
    }

    // Class: password sent in the clear (CWE-523). Even when the user allowed a connection
    // without TLS, PLAIN (the password itself, base64) is never used over it.
    void plainIsNeverSentWithoutTls_CWE_523()
    {
        FakeXmppServer server;
        server.expect("<stream:stream").send(FakeXmppServer::header(mechanisms({"PLAIN"})));
        auto client = makeClient(server, TlsMode::AllowUnencrypted);
        client->connectToServer();
        QVERIFY(ends(*client));
        QCOMPARE(client->lastError().kind, SessionError::Kind::NoSuitableMechanism);
        QVERIFY(client->lastError().sentence.contains(u"not encrypted"));
        QVERIFY(!server.received().contains("<auth"));

        SaslContext clear; // no TLS, PLAIN allowed by mistake: still nothing
        clear.allowPlain = true;
        QVERIFY(!chooseSaslMechanism({u"PLAIN"_s}, {u"alice"_s, u"pw"_s}, clear, nullptr));
    }

    // Class: SASL mechanism downgrade (CWE-757). An account that signed in with SCRAM (the
    // password never leaves the machine) meets a "server" that offers only PLAIN or a weaker
    // SCRAM: a man in the middle holding a certificate the user once accepted, or a hijacked
    // server, collecting the password. With the account's mechanism pinned, nothing weaker
    // is used and no <auth/> is sent.
    void saslDowngradeAfterScramIsRefused_CWE_757()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.expect("<stream:stream")
            .send(FakeXmppServer::header(mechanisms({"PLAIN", "SCRAM-SHA-1"})))
            .expect("</auth>");
        auto client = makeClient(server, TlsMode::DirectTls, u"SCRAM-SHA-256"_s);
        client->connectToServer();
        QVERIFY(ends(*client));
        QCOMPARE(client->lastError().kind, SessionError::Kind::NoSuitableMechanism);
        QVERIFY2(client->lastError().sentence.contains(u"weaker"),
                 qPrintable(client->lastError().sentence));
        QVERIFY(!server.received().contains("<auth"));

        // Without the pin the same offer is accepted (so the pin is what refused it), and
        // a pin is no reason to refuse something stronger.
        const SaslCredentials credentials{u"alice"_s, u"pw"_s};
        SaslContext context;
        context.tlsActive = true;
        context.allowPlain = true;
        QCOMPARE(chooseSaslMechanism({u"PLAIN"_s}, credentials, context, nullptr)->name(),
                 u"PLAIN"_s);
        context.pinnedMechanism = u"SCRAM-SHA-1"_s;
        QVERIFY(!chooseSaslMechanism({u"PLAIN"_s}, credentials, context, nullptr));
        QCOMPARE(
            chooseSaslMechanism({u"PLAIN"_s, u"SCRAM-SHA-512"_s}, credentials, context, nullptr)
                ->name(),
            u"SCRAM-SHA-512"_s);
    }

    // Class: SCRAM channel-binding downgrade (RFC 5802 §6, RFC 5056; XEP-0440 §4). A man in
    // the middle who terminates TLS strips the -PLUS mechanisms so the password exchange is
    // not bound to the TLS channel he controls. Linnet could bind, so it says so with the
    // gs2 flag 'y': the flag is part of the signed proof (c=eSws is "y,,"), and a real
    // server that supports -PLUS fails the exchange. With -PLUS pinned, the stripped offer
    // is refused outright.
    void scramChannelBindingDowngradeIsDetectable_RFC_5802()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.expect("<stream:stream")
            .send(FakeXmppServer::header(mechanisms({"SCRAM-SHA-1"}) + EndPointBinding))
            .expect("</auth>");
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QTRY_VERIFY(server.received().contains("</auth>"));
        const QByteArray first = initialResponseSent(server.received());
        QVERIFY2(first.startsWith("y,,n=alice,r="), first.constData());
        client->disconnectFromServer();

        // The flag is signed: the client's final message binds "y,," (base64 eSws).
        ScramClient scram(ScramHash::Sha1, u"alice"_s, u"pw"_s,
                          ScramChannelBinding::ServerSeemsNotToSupport);
        scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
        QVERIFY(scram.initialResponse().startsWith("y,,"));
        const auto final = scram.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                                         "s=QSXCR+Q6sek8bf92,i=4096");
        QVERIFY(final.has_value());
        QVERIFY2(final->startsWith("c=eSws,"), final->constData());

        // Pinned -PLUS: the stripped list is refused, no <auth/> at all.
        FakeXmppServer stripped(FakeXmppServer::Transport::DirectTls);
        stripped.expect("<stream:stream")
            .send(FakeXmppServer::header(mechanisms({"SCRAM-SHA-512", "SCRAM-SHA-1"}) +
                                         EndPointBinding))
            .expect("</auth>");
        auto pinned = makeClient(stripped, TlsMode::DirectTls, u"SCRAM-SHA-1-PLUS"_s);
        pinned->connectToServer();
        QVERIFY(ends(*pinned));
        QCOMPARE(pinned->lastError().kind, SessionError::Kind::NoSuitableMechanism);
        QVERIFY(!stripped.received().contains("<auth"));
    }
};

QTEST_GUILESS_MAIN(SecurityStreamTest)
#include "tst_security_stream.moc"
