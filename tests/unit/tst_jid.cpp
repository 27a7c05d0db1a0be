#include "im/Jid.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Linnet::Jid;

class TestJid : public QObject
{
    Q_OBJECT

private slots:
    void rfc7622ValidExamples_data();
    void rfc7622ValidExamples();
    void rfc7622InvalidExamples_data();
    void rfc7622InvalidExamples();
    void localpartIsCaseFoldedAndResourceIsNot();
    void greekSigmas();
    void sharpSIsNotFolded();
    void normalisesToNfc();
    void widthMapsLocalpart();
    void forbiddenLocalpartCharacters_data();
    void forbiddenLocalpartCharacters();
    void controlCharactersRejected();
    void domainTrailingDot();
    void internationalisedDomain();
    void ipLiterals();
    void badDomains_data();
    void badDomains();
    void lengthLimits();
    void bareFullAndWithResource();
    void equalityAndHash();
    void defaultIsInvalid();
    void repeatedParsingAnswersAsTheFirst();
};

void TestJid::rfc7622ValidExamples_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");

    QTest::newRow("bare") << u"juliet@example.com"_s << u"juliet"_s << u"example.com"_s
                          << QString();
    QTest::newRow("full") << u"juliet@example.com/foo"_s << u"juliet"_s << u"example.com"_s
                          << u"foo"_s;
    QTest::newRow("space in resource")
        << u"juliet@example.com/foo bar"_s << u"juliet"_s << u"example.com"_s << u"foo bar"_s;
    QTest::newRow("at in resource")
        << u"juliet@example.com/foo@bar"_s << u"juliet"_s << u"example.com"_s << u"foo@bar"_s;
    QTest::newRow("XEP-0106 escaping")
        << u"foo\\20bar@example.com"_s << u"foo\\20bar"_s << u"example.com"_s << QString();
    QTest::newRow("fussball") << u"fussball@example.com"_s << u"fussball"_s << u"example.com"_s
                              << QString();
    QTest::newRow("sharp s") << u"fußball@example.com"_s << u"fußball"_s << u"example.com"_s
                             << QString();
    QTest::newRow("pi") << u"π@example.com"_s << u"π"_s << u"example.com"_s << QString();
    QTest::newRow("capital sigma")
        << u"Σ@example.com/foo"_s << u"σ"_s << u"example.com"_s << u"foo"_s;
    QTest::newRow("small sigma") << u"σ@example.com/foo"_s << u"σ"_s << u"example.com"_s
                                 << u"foo"_s;
    QTest::newRow("chess king in resource")
        << u"king@example.com/♚"_s << u"king"_s << u"example.com"_s << u"♚"_s;
    QTest::newRow("domain only") << u"example.com"_s << QString() << u"example.com"_s << QString();
    QTest::newRow("domain and resource")
        << u"example.com/foobar"_s << QString() << u"example.com"_s << u"foobar"_s;
    QTest::newRow("domain and resource with at") << u"a.example.com/b@example.net"_s << QString()
                                                 << u"a.example.com"_s << u"b@example.net"_s;
    QTest::newRow("slash in resource")
        << u"juliet@example.com/a/b"_s << u"juliet"_s << u"example.com"_s << u"a/b"_s;
}

void TestJid::rfc7622ValidExamples()
{
    QFETCH(QString, input);
    QFETCH(QString, local);
    QFETCH(QString, domain);
    QFETCH(QString, resource);

    const Jid jid = Jid::parse(input);
    QVERIFY2(jid.isValid(), qPrintable(jid.error()));
    QVERIFY(jid.error().isEmpty());
    QCOMPARE(jid.local(), local);
    QCOMPARE(jid.domain(), domain);
    QCOMPARE(jid.resource(), resource);
    QCOMPARE(jid.isBare(), resource.isEmpty());
    QCOMPARE(Jid::parse(jid.toString()), jid);
}

void TestJid::rfc7622InvalidExamples_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("quotes in localpart") << u"\"juliet\"@example.com"_s;
    QTest::newRow("space in localpart") << u"foo bar@example.com"_s;
    QTest::newRow("empty resource") << u"juliet@example.com/"_s;
    QTest::newRow("empty localpart and resource") << u"@example.com/"_s;
    QTest::newRow("roman numeral four") << u"henry\u2163@example.com"_s;
    QTest::newRow("chess king in localpart") << u"♚@example.com"_s;
    QTest::newRow("empty domain") << u"juliet@"_s;
    QTest::newRow("no domain before resource") << u"/foobar"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("empty localpart") << u"@example.com"_s;
    QTest::newRow("two at signs") << u"a@b@example.com"_s;
}

void TestJid::rfc7622InvalidExamples()
{
    QFETCH(QString, input);
    const Jid jid = Jid::parse(input);
    QVERIFY(!jid.isValid());
    QVERIFY(!jid.error().isEmpty());
    QVERIFY(jid.toString().isEmpty());
}

void TestJid::localpartIsCaseFoldedAndResourceIsNot()
{
    const Jid jid = Jid::parse(u"Juliet@Example.COM/Balcony"_s);
    QVERIFY(jid.isValid());
    QCOMPARE(jid.local(), u"juliet"_s);
    QCOMPARE(jid.domain(), u"example.com"_s);
    QCOMPARE(jid.resource(), u"Balcony"_s);
    QCOMPARE(jid, Jid::parse(u"juliet@example.com/Balcony"_s));
    QVERIFY(jid != Jid::parse(u"juliet@example.com/balcony"_s));
}

void TestJid::greekSigmas()
{
    // RFC 7622 prepares the localpart with RFC 7613's Unicode Default Case Folding, under which
    // final sigma folds to sigma (RFC 8265's toLowerCase would keep it apart).
    const Jid capital = Jid::parse(u"Σ@example.com/foo"_s);
    const Jid small = Jid::parse(u"σ@example.com/foo"_s);
    const Jid final = Jid::parse(u"ς@example.com/foo"_s);
    QVERIFY(capital.isValid() && small.isValid() && final.isValid());
    QCOMPARE(capital, small);
    QCOMPARE(final.local(), u"σ"_s);
}

void TestJid::sharpSIsNotFolded()
{
    QVERIFY(Jid::parse(u"fußball@example.com"_s) != Jid::parse(u"fussball@example.com"_s));
}

void TestJid::normalisesToNfc()
{
    const Jid jid = Jid::parse(u"Re\u0301sume\u0301@example.com/Cafe\u0301"_s);
    QVERIFY2(jid.isValid(), qPrintable(jid.error()));
    QCOMPARE(jid.local(), u"résumé"_s);
    QCOMPARE(jid.resource(), u"Café"_s);
    QCOMPARE(jid, Jid::parse(u"résumé@example.com/Café"_s));
}

void TestJid::widthMapsLocalpart()
{
    const Jid jid = Jid::parse(u"ｊｕｌｉｅｔ@ｅｘａｍｐｌｅ.com"_s);
    QVERIFY2(jid.isValid(), qPrintable(jid.error()));
    QCOMPARE(jid.local(), u"juliet"_s);
    QCOMPARE(jid.domain(), u"example.com"_s);
}

void TestJid::forbiddenLocalpartCharacters_data()
{
    QTest::addColumn<QString>("local");
    for (const QString &c :
         {u"\""_s, u"&"_s, u"'"_s, u"/"_s, u":"_s, u"<"_s, u">"_s, u"@"_s, u" "_s, u"\t"_s})
        QTest::newRow(qPrintable(c)) << (u"ju"_s + c + u"liet"_s);
    QTest::newRow("ligature fi") << u"\uFB01sh"_s;
    QTest::newRow("superscript two") << u"x\u00B2"_s;
    QTest::newRow("non-ASCII space") << u"a\u00A0b"_s;
    QTest::newRow("emoji") << u"\U0001F600"_s;
}

void TestJid::forbiddenLocalpartCharacters()
{
    QFETCH(QString, local);
    const Jid jid = Jid::fromParts(local, u"example.com");
    QVERIFY(!jid.isValid());
    QVERIFY(!jid.error().isEmpty());
}

void TestJid::controlCharactersRejected()
{
    QVERIFY(!Jid::parse(u"juliet@example.com/a\u0007b"_s).isValid());
    QVERIFY(!Jid::parse(u"juliet@example.com/a\tb"_s).isValid());
    QVERIFY(!Jid::parse(u"juliet@example.com/a\u007Fb"_s).isValid());
    QCOMPARE(Jid::parse(u"juliet@example.com/ spaced "_s).resource(), u" spaced "_s);
    QVERIFY(!Jid::parse(u"juliet@example.com/a\u200Bb"_s).isValid()); // zero width space
    QVERIFY(!Jid::parse(u"juliet@example.com/\uE000"_s).isValid());   // private use
    QVERIFY(!Jid::parse(u"juli\u0000et@example.com"_s).isValid());
    const QChar lonelySurrogate(char16_t(0xD800));
    QVERIFY(!Jid::parse(QString(u"juliet@example.com/a"_s + lonelySurrogate)).isValid());
    // Symbols, punctuation and non-ASCII spaces are fine in a resource; the spaces map to U+0020.
    const Jid jid = Jid::parse(u"juliet@example.com/\u00BFque?\u00A0\U0001F600"_s);
    QVERIFY2(jid.isValid(), qPrintable(jid.error()));
    QCOMPARE(jid.resource(), u"\u00BFque? \U0001F600"_s);
}

void TestJid::domainTrailingDot()
{
    QCOMPARE(Jid::parse(u"juliet@example.com./r"_s), Jid::parse(u"juliet@example.com/r"_s));
    QCOMPARE(Jid::parse(u"example.com."_s).domain(), u"example.com"_s);
    QVERIFY(!Jid::parse(u"juliet@example.com.."_s).isValid());
    QVERIFY(!Jid::parse(u"juliet@."_s).isValid());
}

void TestJid::internationalisedDomain()
{
    const Jid unicode = Jid::parse(u"juliet@Bücher.example"_s);
    const Jid ace = Jid::parse(u"juliet@xn--bcher-kva.example"_s);
    QVERIFY2(unicode.isValid(), qPrintable(unicode.error()));
    QVERIFY2(ace.isValid(), qPrintable(ace.error()));
    QCOMPARE(unicode.domain(), u"bücher.example"_s);
    QCOMPARE(unicode, ace);
    QCOMPARE(Jid::parse(u"juliet@XN--BCHER-KVA.example"_s), unicode);
}

void TestJid::ipLiterals()
{
    const Jid v6 = Jid::parse(u"juliet@[::1]/r"_s);
    QVERIFY2(v6.isValid(), qPrintable(v6.error()));
    QCOMPARE(v6.domain(), u"[::1]"_s);
    QCOMPARE(v6, Jid::parse(u"juliet@[0:0::1]/r"_s));
    QCOMPARE(Jid::parse(u"[2001:DB8::A]"_s).domain(), u"[2001:db8::a]"_s);
    QCOMPARE(Jid::parse(u"juliet@192.0.2.1"_s).domain(), u"192.0.2.1"_s);
    QVERIFY(!Jid::parse(u"juliet@[::1"_s).isValid());
    QVERIFY(!Jid::parse(u"juliet@[192.0.2.1]"_s).isValid());
    QVERIFY(!Jid::parse(u"juliet@[example.com]"_s).isValid());
}

void TestJid::badDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::newRow("space") << u"exa mple.com"_s;
    QTest::newRow("empty label") << u"a..example"_s;
    QTest::newRow("leading dot") << u".example.com"_s;
    QTest::newRow("leading hyphen") << u"-example.com"_s;
    QTest::newRow("trailing hyphen") << u"example-.com"_s;
    QTest::newRow("slash-free junk") << u"exa*mple.com"_s;
    QTest::newRow("bad A-label") << u"xn--.example"_s;
    QTest::newRow("non-ASCII symbol") << u"♚.example"_s;
    QTest::newRow("exclamation") << u"exa!mple.com"_s;
    QTest::newRow("colon") << u"example.com:5222"_s;
    QTest::newRow("label of 64") << (QString(64, u'a') + u".example"_s);
}

void TestJid::badDomains()
{
    QFETCH(QString, domain);
    const Jid jid = Jid::parse(QString(u"juliet@"_s + domain));
    QVERIFY2(!jid.isValid(), qPrintable(jid.domain()));
    QVERIFY(!jid.error().isEmpty());
}

void TestJid::lengthLimits()
{
    QVERIFY(Jid::fromParts(QString(1023, u'a'), u"example.com").isValid());
    QVERIFY(!Jid::fromParts(QString(1024, u'a'), u"example.com").isValid());
    // Limits count UTF-8 bytes: é takes two.
    QVERIFY(Jid::fromParts(QString(511, u'é'), u"example.com").isValid());
    QVERIFY(!Jid::fromParts(QString(512, u'é'), u"example.com").isValid());

    QVERIFY(Jid::fromParts({}, u"example.com", QString(1023, u'r')).isValid());
    QVERIFY(!Jid::fromParts({}, u"example.com", QString(1024, u'r')).isValid());
    QVERIFY(!Jid::parse(QString(u"example.com/"_s + QString(1024, u'r'))).isValid());

    QStringList labels;
    for (int i = 0; i < 15; ++i)
        labels << QString(63, QChar(u'a' + i));
    labels << QString(62, u'z');
    const QString longest = labels.join(u'.'); // 15 * 64 + 62 = 1022 bytes
    QVERIFY(longest.size() <= 1023);
    const Jid atLimit = Jid::fromParts({}, longest);
    QVERIFY2(atLimit.isValid(), qPrintable(atLimit.error()));
    QVERIFY(!Jid::fromParts({}, QString(longest + u".ab"_s)).isValid());
}

void TestJid::bareFullAndWithResource()
{
    const Jid full = Jid::parse(u"juliet@example.com/balcony"_s);
    QVERIFY(full.isFull());
    QVERIFY(!full.isBare());
    QCOMPARE(full.full(), u"juliet@example.com/balcony"_s);
    QCOMPARE(full.toString(), full.full());
    QCOMPARE(full.bareString(), u"juliet@example.com"_s);

    const Jid bare = full.bare();
    QVERIFY(bare.isValid());
    QVERIFY(bare.isBare());
    QCOMPARE(bare.toString(), u"juliet@example.com"_s);
    QCOMPARE(bare, Jid::parse(u"juliet@example.com"_s));

    const Jid orchard = bare.withResource(u"orchard");
    QCOMPARE(orchard.toString(), u"juliet@example.com/orchard"_s);
    QCOMPARE(full.withResource(u"orchard"), orchard);
    QCOMPARE(orchard.withResource(QStringView()), bare);
    QVERIFY(!bare.withResource(u"a\u0007").isValid());
    QVERIFY(!Jid().withResource(u"r").isValid());

    const Jid domain = Jid::parse(u"example.com"_s);
    QVERIFY(domain.isDomain());
    QVERIFY(!bare.isDomain());
}

void TestJid::equalityAndHash()
{
    const Jid a = Jid::parse(u"Juliet@EXAMPLE.com/Balcony"_s);
    const Jid b = Jid::parse(u"juliet@example.com./Balcony"_s);
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QSet<Jid> set{a, b, Jid::parse(u"romeo@example.net"_s)};
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(Jid::parse(u"JULIET@example.com/Balcony"_s)));
}

void TestJid::defaultIsInvalid()
{
    const Jid jid;
    QVERIFY(!jid.isValid());
    QVERIFY(!jid.isBare());
    QVERIFY(jid.toString().isEmpty());
    QVERIFY(jid.error().isEmpty());
}

// parse(const QString &) answers repeats from a cache: the same answer as preparing the text
// anew, for valid and invalid addresses, also past the point where the cache is cleared.
void TestJid::repeatedParsingAnswersAsTheFirst()
{
    const QStringList inputs = {u"Juliet@Example.com/Balcony"_s,
                                u"juliet@example.com"_s,
                                u"@example.com"_s,
                                u"a@b/"_s,
                                u"user@exa mple.com"_s,
                                u"room@muc.example.org/Nick Name"_s};
    for (int round = 0; round < 3; ++round) {
        for (const QString &input : inputs) {
            const Jid cached = Jid::parse(input);
            const Jid fresh = Jid::parse(QStringView(input));
            QCOMPARE(cached, fresh);
            QCOMPARE(cached.error(), fresh.error());
            QCOMPARE(cached.toString(), fresh.toString());
        }
        // Enough distinct addresses to clear the cache between rounds.
        for (int i = 0; i < 1500; ++i) {
            const Jid jid = Jid::parse(u"user%1@Example.org/r%1"_s.arg(i));
            QVERIFY(jid.isValid());
            QCOMPARE(jid.local(), u"user%1"_s.arg(i));
            QCOMPARE(jid.resource(), u"r%1"_s.arg(i));
        }
    }
}

QTEST_GUILESS_MAIN(TestJid)
#include "tst_jid.moc"
