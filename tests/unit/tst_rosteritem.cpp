// RosterItem against the examples of RFC 6121 §2 and §3.4.
#include "ContactsTestXml.h"
#include "im/RosterItem.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class RosterItemTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rosterResultExample()
    {
        // RFC 6121 §2.1.4, roster result.
        const Element iq =
            stanzaFromXml(u"<iq id='bv1bs71f' to='juliet@example.com/chamber' type='result'>"
                          u"<query xmlns='jabber:iq:roster' ver='ver11'>"
                          u"<item jid='romeo@example.net' name='Romeo' subscription='both'>"
                          u"<group>Friends</group></item>"
                          u"<item jid='mercutio@example.com' name='Mercutio' subscription='from'/>"
                          u"<item jid='benvolio@example.net' name='Benvolio' subscription='both'/>"
                          u"</query></iq>"_s);
        const Element query = iq.firstChild(u"query", ns::Roster);
        QCOMPARE(query.attribute(u"ver"), u"ver11"_s);
        const QList<Element> elements = query.childrenNamed(u"item", ns::Roster);
        QCOMPARE(elements.size(), 3);

        const auto romeo = RosterItem::fromElement(elements.at(0));
        QVERIFY(romeo);
        QCOMPARE(romeo->jid, Jid::parse(u"romeo@example.net"));
        QCOMPARE(romeo->name, u"Romeo"_s);
        QCOMPARE(romeo->subscription, RosterSubscription::Both);
        QCOMPARE(romeo->groups, QStringList{u"Friends"_s});
        QVERIFY(romeo->weSeeTheirPresence() && romeo->theySeeOurPresence());

        const auto mercutio = RosterItem::fromElement(elements.at(1));
        QVERIFY(mercutio);
        QCOMPARE(mercutio->subscription, RosterSubscription::From);
        QVERIFY(mercutio->theySeeOurPresence());
        QVERIFY(!mercutio->weSeeTheirPresence());

        for (const Element &element : elements)
            QCOMPARE(RosterItem::fromElement(element)->toElement(), element);
    }

    void rosterSetExample()
    {
        // RFC 6121 §2.3.2: what a client sends to add an item.
        const Element expected =
            stanzaFromXml(u"<iq type='set' id='ph1xaz53'><query xmlns='jabber:iq:roster'>"
                          u"<item jid='nurse@example.com' name='Nurse'><group>Servants</group>"
                          u"</item></query></iq>"_s)
                .firstChild(u"query", ns::Roster)
                .firstChild(u"item", ns::Roster);
        RosterItem item;
        item.jid = Jid::parse(u"nurse@example.com");
        item.name = u"Nurse"_s;
        item.groups = {u"Servants"_s};
        QCOMPARE(item.toSetElement(), expected);
        // Never ask, approved or a subscription other than remove in a set.
        item.askSubscribe = true;
        item.approved = true;
        item.subscription = RosterSubscription::Both;
        QCOMPARE(item.toSetElement(), expected);
    }

    void pushExamples_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<int>("subscription");
        QTest::addColumn<bool>("ask");
        QTest::addColumn<bool>("approved");
        // §2.3.2 push, §2.5.2 removal, §3.1.2 pending out, §3.4 pre-approval.
        QTest::newRow("push") << u"<item jid='nurse@example.com' name='Nurse' "
                                 u"subscription='none'><group>Servants</group></item>"_s
                              << int(RosterSubscription::None) << false << false;
        QTest::newRow("remove") << u"<item jid='nurse@example.com' subscription='remove'/>"_s
                                << int(RosterSubscription::Remove) << false << false;
        QTest::newRow("ask") << u"<item ask='subscribe' jid='juliet@example.com' "
                                u"subscription='none'/>"_s
                             << int(RosterSubscription::None) << true << false;
        QTest::newRow("approved") << u"<item approved='true' jid='romeo@example.net' "
                                     u"subscription='none'/>"_s
                                  << int(RosterSubscription::None) << false << true;
        QTest::newRow("to") << u"<item jid='juliet@example.com' subscription='to'/>"_s
                            << int(RosterSubscription::To) << false << false;
    }

    void pushExamples()
    {
        QFETCH(QString, xml);
        QFETCH(int, subscription);
        QFETCH(bool, ask);
        QFETCH(bool, approved);
        const Element element = stanzaFromXml(u"<iq type='set'><query xmlns='jabber:iq:roster'>"_s +
                                              xml + u"</query></iq>"_s)
                                    .firstChild(u"query", ns::Roster)
                                    .firstChild(u"item", ns::Roster);
        QVERIFY(!element.isNull());
        const auto item = RosterItem::fromElement(element);
        QVERIFY(item);
        QCOMPARE(int(item->subscription), subscription);
        QCOMPARE(item->askSubscribe, ask);
        QCOMPARE(item->approved, approved);
        QCOMPARE(item->toElement(), element);
        QCOMPARE(RosterItem::fromElement(item->toElement()), item);
    }

    void rejectsBadItems()
    {
        Element item(u"item"_s, ns::Roster.toString());
        QVERIFY(!RosterItem::fromElement(item)); // no jid
        item.setAttribute(u"jid"_s, u"romeo@example.net/orchard"_s);
        QVERIFY(!RosterItem::fromElement(item)); // not bare
        item.setAttribute(u"jid"_s, u"@@bad"_s);
        QVERIFY(!RosterItem::fromElement(item));
        Element wrongNamespace(u"item"_s, u"urn:example"_s);
        wrongNamespace.setAttribute(u"jid"_s, u"romeo@example.net"_s);
        QVERIFY(!RosterItem::fromElement(wrongNamespace));
    }

    void groupsAreDeduplicatedAndUnknownSubscriptionIsNone()
    {
        Element element(u"item"_s, ns::Roster.toString());
        element.setAttribute(u"jid"_s, u"Romeo@Example.NET"_s);
        element.setAttribute(u"subscription"_s, u"sideways"_s);
        element.addChild(u"group"_s, ns::Roster.toString()).setText(u"A"_s);
        element.addChild(u"group"_s, ns::Roster.toString()).setText(u"A"_s);
        element.addChild(u"group"_s, ns::Roster.toString());
        element.addChild(u"group"_s, ns::Roster.toString()).setText(u"B"_s);
        const auto item = RosterItem::fromElement(element);
        QVERIFY(item);
        QCOMPARE(item->jid.bareString(), u"romeo@example.net"_s);
        QCOMPARE(item->groups, (QStringList{u"A"_s, u"B"_s}));
        QCOMPARE(item->subscription, RosterSubscription::None);
    }
};

QTEST_GUILESS_MAIN(RosterItemTest)
#include "tst_rosteritem.moc"
