// Presence (RFC 6121 §4): the RFC's examples, round trips, language choice and the one rule
// for presence that breaks the rules.
#include "PresenceTestSupport.h"
#include "im/Presence.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class PresenceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initialPresenceIsPlainAvailable()
    {
        const auto p = Presence::fromElement(parseClientStanza(u"<presence/>"_s));
        QVERIFY(p);
        QCOMPARE(p->type, Presence::Type::Available);
        QCOMPARE(p->show, Presence::Show::Online);
        QCOMPARE(p->priority, 0);
        QVERIFY(p->statuses.isEmpty());
        QCOMPARE(p->toElement(), Element(u"presence"_s, ns::Client.toString()));
    }

    void rfc6121DetailedPresence()
    {
        // RFC 6121 §4.7.2: show, two status languages, priority.
        const Element stanza =
            parseClientStanza(u"<presence from='romeo@example.net/orchard' xml:lang='en'>"
                              "<show>dnd</show>"
                              "<status>Wooing Juliet</status>"
                              "<status xml:lang='cs'>Dvo&#x0159;&#x00ED;m se Julii</status>"
                              "<priority>1</priority>"
                              "</presence>"_s);
        const auto p = Presence::fromElement(stanza);
        QVERIFY(p);
        QCOMPARE(p->from, Jid::parse(u"romeo@example.net/orchard"));
        QCOMPARE(p->show, Presence::Show::Dnd);
        QCOMPARE(p->priority, 1);
        QCOMPARE(p->statuses.size(), 2);
        QCOMPARE(p->statuses[0].lang, u"en"_s); // inherited from the stanza
        QCOMPARE(p->statuses[1].text, u"Dvořím se Julii"_s);
        QCOMPARE(p->statusFor(QLocale(u"cs_CZ"_s)), u"Dvořím se Julii"_s);
        QCOMPARE(p->statusFor(QLocale(u"en_GB"_s)), u"Wooing Juliet"_s);
        QCOMPARE(p->statusFor(QLocale(u"de_DE"_s)), u"Wooing Juliet"_s); // the first one

        const auto again = Presence::fromElement(p->toElement());
        QVERIFY(again);
        QCOMPARE(again->show, p->show);
        QCOMPARE(again->statuses, p->statuses);
        QCOMPARE(again->priority, p->priority);
    }

    void rfc6121Unavailable()
    {
        const auto p = Presence::fromElement(
            parseClientStanza(u"<presence from='romeo@example.net/orchard' type='unavailable'>"
                              "<status>gone home</status></presence>"_s));
        QVERIFY(p);
        QCOMPARE(p->type, Presence::Type::Unavailable);
        QCOMPARE(p->statusFor(), u"gone home"_s);
        QCOMPARE(Presence::fromElement(p->toElement())->type, Presence::Type::Unavailable);
    }

    void rfc6121PresenceError()
    {
        const auto p = Presence::fromElement(parseClientStanza(
            u"<presence from='juliet@example.com' to='romeo@example.net/orchard' type='error'>"
            "<error type='cancel'><gone xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
            "</presence>"_s));
        QVERIFY(p);
        QCOMPARE(p->type, Presence::Type::Error);
        QVERIFY(p->error);
        QCOMPARE(p->error->condition, StanzaErrorCondition::Gone);
        QVERIFY(!p->error->humanSentence().isEmpty());
        const auto again = Presence::fromElement(p->toElement());
        QCOMPARE(again->error, p->error);
    }

    void errorWithoutErrorChildIsUndefined()
    {
        const auto p =
            Presence::fromElement(parseClientStanza(u"<presence from='a@b' type='error'/>"_s));
        QVERIFY(p && p->error);
        QCOMPARE(p->error->condition, StanzaErrorCondition::UndefinedCondition);
    }

    void subscriptionTypesAreNotPresence_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *t :
             {"subscribe", "subscribed", "unsubscribe", "unsubscribed", "probe", "bogus"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void subscriptionTypesAreNotPresence()
    {
        QFETCH(QString, type);
        QVERIFY(!Presence::fromElement(
            parseClientStanza(u"<presence to='a@b' type='%1'/>"_s.arg(type))));
    }

    void everyShowRoundTrips_data()
    {
        QTest::addColumn<Presence::Show>("show");
        QTest::newRow("online") << Presence::Show::Online;
        QTest::newRow("chat") << Presence::Show::Chat;
        QTest::newRow("away") << Presence::Show::Away;
        QTest::newRow("xa") << Presence::Show::Xa;
        QTest::newRow("dnd") << Presence::Show::Dnd;
    }
    void everyShowRoundTrips()
    {
        QFETCH(Presence::Show, show);
        Presence p = Presence::available(show, u"here"_s, -5);
        p.to = Jid::parse(u"room@muc.example/nick");
        p.caps = {u"https://linnet.im"_s, u"abc="_s, u"sha-1"_s};
        p.idleSince = QDateTime(QDate(1969, 7, 21), QTime(2, 56, 15), Qt::UTC);
        const auto again = Presence::fromElement(p.toElement());
        QVERIFY(again);
        QCOMPARE(*again, p);
    }

    void xep0319IdleIsRead()
    {
        const auto p = Presence::fromElement(parseClientStanza(
            u"<presence from='juliet@capulet.com/balcony'>"
            "<show>away</show>"
            "<idle xmlns='urn:xmpp:idle:1' since='1969-07-21T02:56:15Z'/></presence>"_s));
        QCOMPARE(p->idleSince, QDateTime(QDate(1969, 7, 21), QTime(2, 56, 15), Qt::UTC));
        const auto offset = Presence::fromElement(parseClientStanza(
            u"<presence><idle xmlns='urn:xmpp:idle:1' since='1969-07-20T21:56:15-05:00'/>"
            "</presence>"_s));
        QCOMPARE(offset->idleSince, p->idleSince);
    }

    void xep0115CapsAreRead()
    {
        const auto p = Presence::fromElement(parseClientStanza(
            u"<presence><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
            "node='http://code.google.com/p/exodus' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/>"
            "</presence>"_s));
        QCOMPARE(p->caps, (CapsInfo{u"http://code.google.com/p/exodus"_s,
                                    u"QgayPKawpkPSDYmwT/WM94uAlu0="_s, u"sha-1"_s}));
    }

    void statusLanguageChoice()
    {
        Presence p;
        p.setStatus(u"ohne"_s, u"de"_s);
        p.setStatus(u"plain"_s);
        p.setStatus(u"british"_s, u"en-GB"_s);
        p.setStatus(u"american"_s, u"en-US"_s);
        QCOMPARE(p.statusFor(QLocale(u"en_US"_s)), u"american"_s); // exact
        QCOMPARE(p.statusFor(QLocale(u"en_AU"_s)), u"british"_s);  // same language, first
        QCOMPARE(p.statusFor(QLocale(u"de_AT"_s)), u"ohne"_s);     // language only
        QCOMPARE(p.statusFor(QLocale(u"fr_FR"_s)), u"plain"_s);    // no language
        Presence onlyOther;
        onlyOther.setStatus(u"nur deutsch"_s, u"de"_s);
        QCOMPARE(onlyOther.statusFor(QLocale(u"fr_FR"_s)), u"nur deutsch"_s); // any
        QCOMPARE(Presence().statusFor(), QString());
    }

    // The one documented rule for presence that breaks the rules.
    void hostileInput_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<Presence::Show>("show");
        QTest::addColumn<int>("priority");
        QTest::newRow("two shows: first known wins")
            << u"<presence><show>xa</show><show>dnd</show></presence>"_s << Presence::Show::Xa << 0;
        QTest::newRow("unknown show skipped")
            << u"<presence><show>sleeping</show><show>away</show></presence>"_s
            << Presence::Show::Away << 0;
        QTest::newRow("only unknown show is plain")
            << u"<presence><show>busy</show></presence>"_s << Presence::Show::Online << 0;
        QTest::newRow("empty show is plain")
            << u"<presence><show/></presence>"_s << Presence::Show::Online << 0;
        QTest::newRow("priority not a number")
            << u"<presence><priority>high</priority></presence>"_s << Presence::Show::Online << 0;
        QTest::newRow("priority too high")
            << u"<presence><priority>128</priority></presence>"_s << Presence::Show::Online << 0;
        QTest::newRow("priority too low")
            << u"<presence><priority>-129</priority></presence>"_s << Presence::Show::Online << 0;
        QTest::newRow("priority huge")
            << u"<presence><priority>99999999999999999999</priority></presence>"_s
            << Presence::Show::Online << 0;
        QTest::newRow("priority bounds ok") << u"<presence><priority>-128</priority></presence>"_s
                                            << Presence::Show::Online << -128;
        QTest::newRow("first priority wins")
            << u"<presence><priority>5</priority><priority>7</priority></presence>"_s
            << Presence::Show::Online << 5;
        QTest::newRow("priority with spaces")
            << u"<presence><priority> 12 </priority></presence>"_s << Presence::Show::Online << 12;
        QTest::newRow("show in another namespace ignored")
            << u"<presence><show xmlns='urn:example'>dnd</show></presence>"_s
            << Presence::Show::Online << 0;
    }
    void hostileInput()
    {
        QFETCH(QString, xml);
        QFETCH(Presence::Show, show);
        QFETCH(int, priority);
        const auto p = Presence::fromElement(parseClientStanza(xml));
        QVERIFY(p);
        QCOMPARE(p->show, show);
        QCOMPARE(p->priority, priority);
    }

    void brokenExtensionsAreIgnored()
    {
        const auto p = Presence::fromElement(
            parseClientStanza(u"<presence><c xmlns='http://jabber.org/protocol/caps' node='x'/>"
                              "<idle xmlns='urn:xmpp:idle:1' since='yesterday'/>"
                              "<status>one</status><status>two</status></presence>"_s));
        QVERIFY(p);
        QVERIFY(p->caps.isNull());
        QVERIFY(!p->idleSince.isValid());
        QCOMPARE(p->statuses.size(), 1);
        QCOMPARE(p->statusFor(), u"one"_s);
    }

    void notAPresence()
    {
        QVERIFY(!Presence::fromElement(Element(u"message"_s, ns::Client.toString())));
        QVERIFY(!Presence::fromElement(Element()));
    }
};

QTEST_GUILESS_MAIN(PresenceTest)
#include "tst_presence.moc"
