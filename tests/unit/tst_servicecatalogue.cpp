// ServiceCatalogue: what identities and features mean, and what a user can do with a service.
#include "disco/ServiceCatalogue.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using Action = ServiceCatalogue::Action;

namespace {
DiscoInfo infoOf(const QList<DiscoIdentity> &identities, const QStringList &features)
{
    DiscoInfo info;
    info.identities = identities;
    info.features = features;
    return info;
}
} // namespace

class ServiceCatalogueTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identities_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("spec");
        QTest::newRow("muc") << u"conference"_s << u"text"_s << u"Multi-user chat service"_s
                             << u"XEP-0045"_s;
        QTest::newRow("pubsub") << u"pubsub"_s << u"service"_s << u"Publish-subscribe service"_s
                                << u"XEP-0060"_s;
        QTest::newRow("pep") << u"pubsub"_s << u"pep"_s << u"Personal eventing (PEP)"_s
                             << u"XEP-0163"_s;
        QTest::newRow("upload") << u"store"_s << u"file"_s << u"HTTP file upload"_s
                                << u"XEP-0363"_s;
        QTest::newRow("proxy") << u"proxy"_s << u"bytestreams"_s
                               << u"File transfer proxy (SOCKS5)"_s << u"XEP-0065"_s;
        QTest::newRow("server") << u"server"_s << u"im"_s << u"Chat server"_s << u"RFC 6120"_s;
        QTest::newRow("commands") << u"automation"_s << u"command-node"_s << u"Command"_s
                                  << u"XEP-0050"_s;
        QTest::newRow("user directory")
            << u"directory"_s << u"user"_s << u"User directory"_s << u"XEP-0055"_s;
        QTest::newRow("any gateway")
            << u"gateway"_s << u"telegram"_s << u"Gateway (telegram)"_s << u"XEP-0100"_s;
        QTest::newRow("unknown") << u"frobnicator"_s << u"x"_s << u"frobnicator/x"_s << QString();
    }

    void identities()
    {
        QFETCH(QString, category);
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QString, spec);
        const CatalogueEntry entry = ServiceCatalogue::identity(category, type);
        QCOMPARE(entry.name, name);
        QCOMPARE(entry.spec, spec);
        QCOMPARE(entry.description.isEmpty(), spec.isEmpty());
    }

    void featuresTheIssueNames_data()
    {
        QTest::addColumn<QString>("feature");
        QTest::addColumn<QString>("spec");
        const QList<std::pair<QStringView, QStringView>> rows = {
            {ns::Muc, u"XEP-0045"},
            {ns::PubSub, u"XEP-0060"},
            {u"http://jabber.org/protocol/pubsub#publish", u"XEP-0060"},
            {u"urn:xmpp:avatar:metadata+notify", u"XEP-0163"},
            {ns::HttpUpload, u"XEP-0363"},
            {ns::Bytestreams, u"XEP-0065"},
            {ns::Jingle, u"XEP-0166"},
            {ns::JingleFileTransfer, u"XEP-0234"},
            {ns::JingleIceUdp, u"XEP-0176"},
            {ns::JingleRawUdp, u"XEP-0177"},
            {ns::JingleSocks5, u"XEP-0260"},
            {ns::JingleIbb, u"XEP-0261"},
            {ns::Amp, u"XEP-0079"},
            {u"http://jabber.org/protocol/amp?action=drop", u"XEP-0079"},
            {ns::AltConnectionsBosh, u"XEP-0156"},
            {ns::AltConnectionsWebSocket, u"XEP-0156"},
            {ns::Commands, u"XEP-0050"},
            {ns::Register, u"XEP-0077"},
            {ns::Search, u"XEP-0055"},
            {ns::Version, u"XEP-0092"},
            {ns::Ping, u"XEP-0199"},
            {ns::Time, u"XEP-0202"},
            {ns::Mam, u"XEP-0313"},
            {ns::Carbons, u"XEP-0280"},
            {ns::Blocking, u"XEP-0191"},
            {ns::Bookmarks, u"XEP-0402"},
            {ns::BookmarksLegacy, u"XEP-0048"},
            {ns::VCardTemp, u"XEP-0054"},
            {ns::VCard4, u"XEP-0292"},
            {ns::Rsm, u"XEP-0059"},
            {ns::Caps, u"XEP-0115"},
            {ns::Receipts, u"XEP-0184"},
            {ns::ChatStates, u"XEP-0085"},
            {ns::ChatMarkers, u"XEP-0333"},
            {ns::MessageCorrect, u"XEP-0308"},
            {ns::StreamManagement, u"XEP-0198"},
            {ns::Csi, u"XEP-0352"},
            {ns::Push, u"XEP-0357"},
            {ns::MucSelfPing, u"XEP-0410"},
            {ns::OccupantId, u"XEP-0421"},
            {ns::Styling, u"XEP-0393"},
            {ns::Idle, u"XEP-0319"},
            {ns::DiscoInfo, u"XEP-0030"},
            {u"muc_persistent", u"XEP-0045"},
        };
        for (const auto &[feature, spec] : rows)
            QTest::newRow(feature.toUtf8().constData()) << feature.toString() << spec.toString();
    }

    void featuresTheIssueNames()
    {
        QFETCH(QString, feature);
        QFETCH(QString, spec);
        const CatalogueEntry entry = ServiceCatalogue::feature(feature);
        QCOMPARE(entry.spec, spec);
        QVERIFY(!entry.name.isEmpty());
        QVERIFY2(entry.name != feature, qPrintable(entry.name)); // words, not the namespace
        QVERIFY(ServiceCatalogue::isKnownFeature(feature));
    }

    void familiesReadWell()
    {
        QCOMPARE(
            ServiceCatalogue::feature(u"http://jabber.org/protocol/pubsub#create-nodes"_s).name,
            u"Publish-subscribe: create nodes"_s);
        QCOMPARE(ServiceCatalogue::feature(u"urn:xmpp:avatar:metadata+notify"_s).name,
                 u"Notifications: User avatar"_s);
        QCOMPARE(ServiceCatalogue::feature(u"muc_membersonly"_s).name, u"Room: membersonly"_s);
    }

    void unknownFeaturesStayAsTheyAre()
    {
        const CatalogueEntry entry = ServiceCatalogue::feature(u"urn:example:frob"_s);
        QCOMPARE(entry.name, u"urn:example:frob"_s);
        QVERIFY(entry.spec.isEmpty());
        QVERIFY(!ServiceCatalogue::isKnownFeature(u"urn:example:frob"_s));
        QVERIFY(!ServiceCatalogue::isKnownFeature(u"http://jabber.org/protocol/pubsub#"_s));
    }

    void describesServices()
    {
        QCOMPARE(
            ServiceCatalogue::describe(infoOf(
                {{u"server"_s, u"im"_s, {}, u"Prosody"_s}, {u"pubsub"_s, u"pep"_s, {}, {}}}, {})),
            u"Chat server"_s);
        QCOMPARE(ServiceCatalogue::describe(infoOf(
                     {{u"conference"_s, u"text"_s, {}, u"Chatrooms"_s}}, {ns::Muc.toString()})),
                 u"Multi-user chat service"_s);
        QCOMPARE(ServiceCatalogue::describe(infoOf({{u"conference"_s, u"text"_s, {}, u"Lobby"_s}},
                                                   {ns::Muc.toString(), u"muc_public"_s})),
                 u"Group chat room"_s);
        QCOMPARE(ServiceCatalogue::describe(infoOf({{u"weird"_s, u"thing"_s, {}, u"Odd"_s}}, {})),
                 u"Odd"_s);
        QCOMPARE(ServiceCatalogue::describe({}), u"Unknown kind of service"_s);
    }

    void actionsFitTheService()
    {
        const DiscoInfo muc = infoOf({{u"conference"_s, u"text"_s, {}, {}}},
                                     {ns::Muc.toString(), ns::Register.toString()});
        QCOMPARE(ServiceCatalogue::actionsFor(muc),
                 (QList<Action>{Action::BrowseRooms, Action::Register, Action::ShowInfo}));
        const DiscoInfo room =
            infoOf({{u"conference"_s, u"text"_s, {}, {}}}, {ns::Muc.toString(), u"muc_open"_s});
        QCOMPARE(ServiceCatalogue::actionsFor(room),
                 (QList<Action>{Action::JoinRoom, Action::ShowInfo}));
        const DiscoInfo server =
            infoOf({{u"server"_s, u"im"_s, {}, {}}},
                   {ns::Commands.toString(), ns::Search.toString(), ns::Register.toString()});
        QCOMPARE(ServiceCatalogue::actionsFor(server),
                 (QList<Action>{Action::ExecuteCommands, Action::Register, Action::Search,
                                Action::ShowInfo}));
        const DiscoInfo upload =
            infoOf({{u"store"_s, u"file"_s, {}, {}}}, {ns::HttpUpload.toString()});
        QCOMPARE(ServiceCatalogue::actionsFor(upload),
                 (QList<Action>{Action::Upload, Action::ShowInfo}));
        // A client that can join rooms is not a room service.
        const DiscoInfo client = infoOf({{u"client"_s, u"pc"_s, {}, {}}}, {ns::Muc.toString()});
        QCOMPARE(ServiceCatalogue::actionsFor(client), QList<Action>{Action::ShowInfo});
    }
};

QTEST_GUILESS_MAIN(ServiceCatalogueTest)
#include "tst_servicecatalogue.moc"
