// Security catalogue, messaging and contacts: stanzas that claim to come from somewhere they
// do not (carbons, roster pushes, archive results, IQ replies), message bodies in several
// languages, and names that lie about themselves. Driven over the recording fake stream.
#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "im/Archive.h"
#include "im/Carbons.h"
#include "im/DisplayText.h"
#include "im/Message.h"
#include "im/Roster.h"
#include "models/RosterModel.h"
#include "xml/namespaces.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid alice = Jid::parse(u"alice@localhost/desk");

Element takeFirstSent(RecordingStream &stream)
{
    if (!QTest::qWaitFor([&] { return !stream.sent.isEmpty(); }, 5000))
        return Element();
    return stream.sent.takeFirst();
}

QString archiveResult(const QString &fromAttribute, const QString &queryId, const QString &body)
{
    return u"<message %1 to='alice@localhost/desk'>"
           u"<result xmlns='urn:xmpp:mam:2' queryid='%2' id='arch-1'>"
           u"<forwarded xmlns='urn:xmpp:forward:0'>"
           u"<delay xmlns='urn:xmpp:delay' stamp='2024-01-02T03:04:05Z'/>"
           u"<message xmlns='jabber:client' from='bob@localhost/phone' "
           u"to='alice@localhost/desk' type='chat'><body>%3</body></message>"
           u"</forwarded></result></message>"_s.arg(fromAttribute, queryId, body);
}

} // namespace

class SecurityImTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"linnet.*.warning=false\nlinnet.*.info=false"_s);
    }

    // CVE-2017-5589 (yaxim; the same class as CVE-2017-5590..5606 and CVE-2017-5858 in
    // ChatSecure, poezio, profanity, Psi+, Jitsi, mcabber, Movim, Xabber, Converse.js):
    // anyone could wrap a forged message "from" any contact in a carbon. Carbons are taken
    // only from our own bare JID. Beyond the unit tests: a carbon nested inside a legitimate
    // carbon does not get unwrapped a second time, so a contact cannot make a message appear
    // as one we sent.
    void carbonFromAnotherAccountIsIgnored_CVE_2017_5589()
    {
        const auto carbon = [](const QString &from, const QString &innerFrom,
                               const QString &innerPayload) {
            return stanzaFromXml(
                u"<message from='%1' to='alice@localhost/desk'><received "
                u"xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'><message "
                u"xmlns='jabber:client' from='%2' to='alice@localhost/phone' type='chat'>"
                u"%3</message></forwarded></received></message>"_s.arg(from, innerFrom,
                                                                       innerPayload));
        };
        const QString body = u"<body>send the code to mallory</body>"_s;
        for (const QString &from :
             {u"mallory@evil.example"_s, u"bob@localhost/phone"_s, u"alice@localhost/phone"_s,
              u"localhost"_s, u"alice@evil.example"_s}) {
            const CarbonUnwrap forged =
                Carbons::unwrap(carbon(from, u"bob@localhost/x"_s, body), alice);
            QVERIFY2(forged.kind == CarbonUnwrap::Kind::Spoofed, qPrintable(from));
            QVERIFY(forged.message.body.isEmpty());
        }
        const CarbonUnwrap real =
            Carbons::unwrap(carbon(u"alice@localhost"_s, u"bob@localhost/x"_s, body), alice);
        QCOMPARE(real.kind, CarbonUnwrap::Kind::Received);
        QCOMPARE(real.message.from, Jid::parse(u"bob@localhost/x"));

        // Bob puts a "sent" carbon inside his own message; our server forwards it as a
        // received carbon. What we get is Bob's message, never "we sent".
        const QString nested =
            u"<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
            u"<message xmlns='jabber:client' from='alice@localhost/desk' to='carol@localhost' "
            u"type='chat'><body>I owe Bob 500 euros</body></message></forwarded></sent>"_s;
        const CarbonUnwrap twice =
            Carbons::unwrap(carbon(u"alice@localhost"_s, u"bob@localhost/x"_s, nested), alice);
        QCOMPARE(twice.kind, CarbonUnwrap::Kind::Received);
        QCOMPARE(twice.message.from, Jid::parse(u"bob@localhost/x"));
        QVERIFY(twice.message.body.isEmpty());
    }

    // CVE-2015-8688 (Gajim; CVE-2016-9928 in MCabber is the same class): a roster push from
    // anyone was applied, so an attacker could add themselves to the roster (and receive
    // our presence) or rename a contact to take over a conversation. Pushes are taken only
    // from our server (no 'from' or our bare JID) and answered with an error, never result.
    void rosterPushFromAnotherEntityIsIgnored_CVE_2015_8688()
    {
        RecordingStream stream(alice);
        Roster roster(stream);
        const Element fetch = takeFirstSent(stream);
        stream.receive(stanzaFromXml(
            u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster'>"
            u"<item jid='bob@localhost' name='Bob' subscription='both'/></query></iq>"_s.arg(
                fetch.attribute(u"id"))));
        QCOMPARE(roster.count(), 1);
        QSignalSpy changes(&roster, &Roster::itemChanged);
        QSignalSpy additions(&roster, &Roster::itemAdded);
        for (const QString &from : {u"mallory@evil.example"_s, u"bob@localhost/phone"_s,
                                    u"alice@localhost/phone"_s, u"localhost"_s}) {
            stream.receive(
                stanzaFromXml(u"<iq type='set' id='p-%1' from='%1' to='alice@localhost/desk'>"
                              u"<query xmlns='jabber:iq:roster'><item jid='mallory@evil.example' "
                              u"subscription='both'/></query></iq>"_s.arg(from)));
            stream.receive(stanzaFromXml(
                u"<iq type='set' id='q-%1' from='%1' to='alice@localhost/desk'>"
                u"<query xmlns='jabber:iq:roster'><item jid='bob@localhost' name='Bank' "
                u"subscription='both'/></query></iq>"_s.arg(from)));
        }
        QCOMPARE(additions.size() + changes.size(), 0);
        QVERIFY(!roster.contains(Jid::parse(u"mallory@evil.example")));
        QCOMPARE(roster.item(Jid::parse(u"bob@localhost"))->name, u"Bob"_s);
        QCOMPARE(stream.sent.size(), 8);
        for (const Element &reply : std::as_const(stream.sent))
            QCOMPARE(reply.attribute(u"type"), u"error"_s);

        // The same push from our server is applied: the origin is what decided.
        stream.receive(stanzaFromXml(
            u"<iq type='set' id='ok' from='alice@localhost'><query xmlns='jabber:iq:roster'>"
            u"<item jid='carol@localhost' subscription='none'/></query></iq>"_s));
        QCOMPARE(additions.size(), 1);
    }

    // Class: IQ result spoofing (jdev 2014 "verify the source of IQ replies"; the roster
    // result variant of the CVE-2015-8688 class). A peer that answers a request with a
    // forged result (guessing or seeing the id) could replace the roster, a vCard or a disco
    // answer. Replies are matched by id AND by the entity asked; ids are 96 random bits.
    void iqResultFromAnotherEntityIsIgnored()
    {
        RecordingStream stream(alice);
        Roster roster(stream);
        const Element fetch = takeFirstSent(stream);
        QVERIFY(fetch.attribute(u"id").size() >= 16);
        const QString forgedRoster =
            u"<iq type='result' id='%1' from='%2'><query xmlns='jabber:iq:roster'>"
            u"<item jid='mallory@evil.example' name='Bob' subscription='both'/></query></iq>"_s;
        for (const QString &from : {u"mallory@evil.example"_s, u"bob@localhost/x"_s, u"localhost"_s,
                                    u"alice@localhost/other"_s})
            stream.receive(stanzaFromXml(forgedRoster.arg(fetch.attribute(u"id"), from)));
        QCOMPARE(roster.count(), 0);
        stream.receive(
            stanzaFromXml(forgedRoster.arg(fetch.attribute(u"id"), u"alice@localhost"_s)));
        QCOMPARE(roster.count(), 1); // the server's answer is still awaited and taken

        // A request to a contact: only that contact's answer counts, also when none has 'from'.
        int answers = 0;
        Element ask(u"iq"_s, ns::Client.toString());
        ask.setAttribute(u"type"_s, u"get"_s);
        ask.setAttribute(u"to"_s, u"bob@localhost/phone"_s);
        ask.addChild(u"query"_s, u"jabber:iq:version"_s);
        const QString id = stream.sendIq(ask, [&](const IqResponse &) { ++answers; });
        for (const QString &from : {u" from='mallory@evil.example/x'"_s, QString(),
                                    u" from='bob@localhost'"_s, u" from='bob@localhost/other'"_s})
            stream.receive(stanzaFromXml(u"<iq type='result' id='%1'%2/>"_s.arg(id, from)));
        QCOMPARE(answers, 0);
        stream.receive(
            stanzaFromXml(u"<iq type='result' id='%1' from='bob@localhost/phone'/>"_s.arg(id)));
        QCOMPARE(answers, 1);
        QVERIFY(IqTracker::makeId() != IqTracker::makeId());
    }

    // Class: archive (MAM) result spoofing (XEP-0313 0.6.1, "MUC message spoofing fix", 2017;
    // the Conversations/Gajim era bug where any entity could send a <result/> and have it
    // stored as history). Results are taken only from the archive queried and only with the
    // fresh queryid of that query.
    void archiveResultFromAnotherEntityIsIgnored_XEP_0313()
    {
        RecordingStream stream(alice);
        Archive archive(stream);
        QSignalSpy spoofed(&archive, &Archive::spoofedResultIgnored);
        ArchivePage page;
        int calls = 0;
        archive.query({}, [&](const ArchivePage &p) {
            page = p;
            ++calls;
        });
        const Element iq = takeFirstSent(stream);
        const QString queryId = iq.firstChild(u"query", ns::Mam).attribute(u"queryid");
        QVERIFY(queryId.size() >= 16);
        // The right queryid from the wrong entity; the right entity with a guessed queryid.
        stream.receive(
            stanzaFromXml(archiveResult(u"from='mallory@evil.example'"_s, queryId, u"forged"_s)));
        stream.receive(
            stanzaFromXml(archiveResult(u"from='bob@localhost/phone'"_s, queryId, u"forged"_s)));
        stream.receive(
            stanzaFromXml(archiveResult(u"from='alice@localhost/phone'"_s, queryId, u"forged"_s)));
        stream.receive(stanzaFromXml(archiveResult({}, u"guessed"_s, u"forged"_s)));
        stream.receive(stanzaFromXml(archiveResult({}, queryId, u"real"_s)));
        stream.receive(stanzaFromXml(
            u"<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' complete='true'/></iq>"_s.arg(
                iq.attribute(u"id"))));
        QCOMPARE(calls, 1);
        QVERIFY(page.ok);
        QCOMPARE(page.messages.size(), 1);
        QCOMPARE(page.messages.constFirst().message.body, u"real"_s);
        QCOMPARE(spoofed.size(), 4);
    }

    // Class: xml:lang body tricks (RFC 6121 §5.2.3). A message with one body per language
    // can show "see you at 5" in one client or notification and "transfer the money" in
    // another. Linnet shows one body, chosen by the stanza's own language, whatever the
    // user's locale, so the stored text, the notification and the view agree.
    void bodyInAnotherLanguageDoesNotChangeWhatIsShown_xmlLang()
    {
        const Element stanza =
            stanzaFromXml(u"<message from='bob@localhost/x' xml:lang='en' type='chat'>"
                          u"<body xml:lang='de'>Bitte überweise 500 Euro an Mallory</body>"
                          u"<body>see you at 5</body>"
                          u"<body xml:lang='fr'>vire 500 euros</body></message>"_s);
        const QLocale before;
        for (const QString &locale : {u"en_GB"_s, u"de_DE"_s, u"fr_FR"_s}) {
            QLocale::setDefault(QLocale(locale));
            QCOMPARE(Message::fromElement(stanza).body, u"see you at 5"_s);
        }
        QLocale::setDefault(before);

        // No body in the stanza's language: the first, always the same one.
        const Element none = stanzaFromXml(
            u"<message from='bob@localhost/x' xml:lang='en'><body xml:lang='de'>eins</body>"
            u"<body xml:lang='fr'>deux</body></message>"_s);
        QCOMPARE(Message::fromElement(none).body, u"eins"_s);
    }

    // Class: bidi override and invisible characters in names (Unicode TR #36 §2, "Trojan
    // Source" CVE-2021-42574 for the same characters in code). A roster name with U+202E
    // reads backwards ("Bob" U+202E "gnp.exe"), a name with zero-width spaces looks like another
    // contact's, a name with line breaks or C1 controls (U+0085, U+009B: the 8-bit terminal
    // escape) breaks lists apart, and a name of 10,000 characters hides the rest. XML allows
    // all of these. The contact list shows them removed, folded and cut.
    void bidiOverridesAndControlsInRosterNamesAreRemoved_UTR36()
    {
        RecordingStream stream(alice);
        Roster roster(stream);
        RosterModel model(&roster, nullptr, nullptr, nullptr, nullptr);
        const QString longName = QString(5000, u'W');
        const Element fetch = takeFirstSent(stream);
        stream.receive(stanzaFromXml(
            u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster'>"
            u"<item jid='a@localhost' name='Bob&#x202E;gnp.exe' subscription='both'/>"
            u"<item jid='b@localhost' name='&#x2067;Bank&#x2069; &#x200B;Support&#xFEFF;' "
            u"subscription='both'/>"
            u"<item jid='c@localhost' name='Line&#xA;Two&#x85;&#x9B;31mRed&#x2028;x' "
            u"subscription='both'/>"
            u"<item jid='d@localhost' name='%2' subscription='both'/>"
            u"<item jid='e@localhost' name='&#x202D;&#x200F;' subscription='both'/>"
            u"<item jid='f@localhost' name='مرحبا Ali &#x200D;' subscription='both'/>"
            u"</query></iq>"_s.arg(fetch.attribute(u"id"), longName)));
        QCOMPARE(roster.count(), 6);
        QStringList shown;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int c = 0; c < model.rowCount(group); ++c)
                shown.append(model.index(c, 0, group).data(Qt::DisplayRole).toString());
        }
        QVERIFY2(shown.contains(u"Bobgnp.exe"_s), qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(u"Bank Support"_s));
        QVERIFY(shown.contains(u"Line Two 31mRed x"_s));
        QVERIFY(shown.contains(u"e"_s)); // nothing visible left: the address instead
        // Right-to-left script stays as written: only the invisible controls go.
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                            [](const QString &name) { return name.startsWith(u"مرحبا Ali"); }));
        for (const QString &name : std::as_const(shown)) {
            QVERIFY2(name.size() <= MaxDisplayNameLength + 1, qPrintable(name.left(80)));
            for (const QChar c : name) {
                QVERIFY(!isDeceptiveFormatCharacter(c.unicode()));
                QVERIFY(c.category() != QChar::Other_Control);
            }
        }
        QVERIFY(shown.contains(QString(MaxDisplayNameLength - 1, u'W') + u'\u2026'));
    }

    // Class: terminal escape injection (CWE-150). linnet-cli prints other people's text to a
    // terminal, which obeys what it is sent: ESC [2J clears the screen, OSC 0 retitles the
    // window, a carriage return lets a line overwrite itself with a forged sender, C1 CSI
    // (U+009B) is the 8-bit escape. None reaches the output; line breaks, tabs and ordinary
    // text (emoji included) do. linnet-cli history shows it end to end (integration_cli_chat).
    void terminalControlsInBodiesNeverReachTheTerminal_CWE_150()
    {
        const QString hostile = u"hi\x1B[2J\x1B]0;pwned\x07\rbank@example.org: send money"
                                u"\x9B"
                                u"31m\u202Eevil\nsecond\tline \U0001F600"_s;
        const QString shown = safeTerminalText(hostile);
        for (const QChar c : shown)
            QVERIFY2(
                c == u'\n' || c == u'\t' ||
                    (c.unicode() >= 0x20 && c.unicode() != 0x7F &&
                     (c.unicode() < 0x80 || c.unicode() > 0x9F)),
                qPrintable(
                    u"U+%1 left in %2"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).arg(shown)));
        QCOMPARE(shown, u"hi[2J]0;pwnedbank@example.org: send money31mevil\nsecond\tline "
                        u"\U0001F600"_s);
        QCOMPARE(safeTerminalText(u"\xD800 lone"_s), u"\uFFFD lone"_s);
    }
};

QTEST_GUILESS_MAIN(SecurityImTest)
#include "tst_security_im.moc"
