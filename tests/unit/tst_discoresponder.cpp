// DiscoResponder: our disco#info for the JID and for the caps node, features added by
// managers, and the caps we announce.
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "disco/Caps.h"
#include "disco/DiscoResponder.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
Element infoRequest(const QString &node = {})
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"id"_s, u"d1"_s);
    iq.setAttribute(u"from"_s, u"bob@localhost/phone"_s);
    Element &query = iq.addChild(u"query"_s, ns::DiscoInfo.toString());
    if (!node.isEmpty())
        query.setAttribute(u"node"_s, node);
    return iq;
}
} // namespace

class DiscoResponderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersWithIdentityAndFeatures()
    {
        RecordingStream stream;
        DiscoResponder disco(&stream);
        disco.addFeature(ns::Ping.toString());
        stream.receive(infoRequest());
        QCOMPARE(stream.sent.size(), 1);
        const Element reply = stream.sent[0];
        QCOMPARE(reply.attribute(u"type"), u"result"_s);
        QCOMPARE(reply.attribute(u"to"), u"bob@localhost/phone"_s);
        const DiscoInfo info = DiscoInfo::fromElement(reply.firstChild(u"query", ns::DiscoInfo));
        QCOMPARE(info.identities, (QList<DiscoIdentity>{{u"client"_s, u"pc"_s, {}, u"Linnet"_s}}));
        QVERIFY(info.hasFeature(ns::DiscoInfo));
        QVERIFY(info.hasFeature(ns::Caps));
        QVERIFY(info.hasFeature(ns::Ping));
        QVERIFY(info.node.isEmpty());
        QVERIFY(Caps::wellFormednessProblem(info).isEmpty());
    }

    void answersForTheCapsNodeAndNotForOthers()
    {
        RecordingStream stream;
        DiscoResponder disco(&stream);
        const CapsInfo caps = disco.caps();
        QCOMPARE(caps.node, DiscoResponder::DefaultCapsNode.toString());
        QCOMPARE(caps.hash, u"sha-1"_s);
        stream.receive(infoRequest(caps.node + u'#' + caps.ver));
        const Element reply = stream.sent.last();
        QCOMPARE(reply.attribute(u"type"), u"result"_s);
        const DiscoInfo info = DiscoInfo::fromElement(reply.firstChild(u"query", ns::DiscoInfo));
        QCOMPARE(info.node, caps.node + u'#' + caps.ver);
        QVERIFY(Caps::verify(info, caps).valid); // what others will check

        stream.receive(infoRequest(caps.node + u"#stale"_s));
        QCOMPARE(stream.sent.last().attribute(u"type"), u"error"_s);
        QCOMPARE(
            StanzaError::fromElement(stream.sent.last().firstChild(u"error", ns::Client)).condition,
            StanzaErrorCondition::ItemNotFound);
    }

    void featureChangesChangeTheVer()
    {
        RecordingStream stream;
        DiscoResponder disco(&stream);
        QSignalSpy changed(&disco, &DiscoResponder::capsChanged);
        const QString before = disco.caps().ver;
        disco.addFeature(ns::Idle.toString());
        QCOMPARE(changed.size(), 1);
        disco.addFeature(ns::Idle.toString()); // twice is once
        QCOMPARE(changed.size(), 1);
        QVERIFY(disco.caps().ver != before);
        QCOMPARE(changed[0][0].value<CapsInfo>(), disco.caps());
        disco.removeFeature(ns::Idle.toString());
        QCOMPARE(disco.caps().ver, before);
        QCOMPARE(changed.size(), 2);
    }

    void extendedFormsCountInTheVer()
    {
        RecordingStream stream;
        DiscoResponder disco(&stream);
        DataForm form;
        form.fields = {{u"FORM_TYPE"_s, u"hidden"_s, {u"urn:xmpp:dataforms:softwareinfo"_s}},
                       {u"software"_s, {}, {u"Linnet"_s}}};
        disco.setExtendedForm(form);
        QCOMPARE(disco.info().forms.size(), 1);
        QCOMPARE(disco.caps().ver, Caps::computeVer(disco.info()));
        disco.setExtendedForm(form); // replaces the form of the same type
        QCOMPARE(disco.info().forms.size(), 1);
    }

    void handlerGoesAwayWithTheResponder()
    {
        RecordingStream stream;
        {
            DiscoResponder disco(&stream);
        }
        stream.receive(infoRequest());
        QCOMPARE(stream.sent.last().attribute(u"type"), u"error"_s);
    }
};

QTEST_GUILESS_MAIN(DiscoResponderTest)
#include "tst_discoresponder.moc"
