// RosterModel and RosterSortFilterProxy over real managers driven by a recording stream:
// the tree, incremental updates (no resets for presence or pushes), group counts, sorting
// and filtering. Every model here runs under QAbstractItemModelTester.
#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "im/Blocking.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "im/Subscriptions.h"
#include "models/RosterModel.h"
#include "models/RosterSortFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

using State = RosterModel::State;

// Managers over one recording stream, a model and a proxy, each under a model tester.
struct Fixture
{
    Fixture()
        : roster(stream), presence(&stream), subscriptions(stream, nullptr, &roster),
          blocking(stream), model(&roster, &presence, &subscriptions, &blocking)
    {
        proxy.setSourceModel(&model);
    }

    // Answers the roster fetch with these <item/>s (as XML).
    void loadRoster(const QString &itemsXml)
    {
        stream.sent.clear();
        roster.fetch();
        QVERIFY(!stream.sent.isEmpty());
        const QString id = stream.sent.takeLast().attribute(u"id");
        stream.receive(stanzaFromXml(
            u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster' ver='1'>%2</query></iq>"_s
                .arg(id, itemsXml)));
        QVERIFY(roster.isLoaded());
    }

    void push(const QString &itemXml)
    {
        stream.receive(stanzaFromXml(u"<iq type='set' id='p%1' to='alice@localhost/desk'>"
                                     u"<query xmlns='jabber:iq:roster'>%2</query></iq>"_s.arg(
                                         QString::number(++pushes), itemXml)));
    }

    void receivePresence(const QString &from, const QString &inner = {}, const QString &type = {})
    {
        const QString typeAttribute = type.isEmpty() ? QString() : u" type='%1'"_s.arg(type);
        stream.receive(stanzaFromXml(
            u"<presence from='%1'%2>%3</presence>"_s.arg(from, typeAttribute, inner)));
    }

    QModelIndex contact(const QString &jid, int which = 0) const
    {
        const QModelIndexList found = model.contactIndexes(Jid::parse(jid));
        return which < found.size() ? found.at(which) : QModelIndex();
    }

    // Names of the proxy's rows under parent, in display order.
    QStringList proxyNames(const QModelIndex &parent = {}) const
    {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(parent); ++row)
            names.append(proxy.index(row, 0, parent).data(RosterModel::NameRole).toString());
        return names;
    }

    QModelIndex proxyGroup(const QString &name) const
    {
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, 0);
            if (index.data(RosterModel::NameRole).toString() == name)
                return index;
        }
        return {};
    }

    RecordingStream stream;
    Roster roster;
    PresenceManager presence;
    Subscriptions subscriptions;
    Blocking blocking;
    RosterModel model;
    RosterSortFilterProxy proxy;
    QAbstractItemModelTester modelTester{&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    int pushes = 0;
};

const QString FourContacts =
    u"<item jid='bob@localhost' "
    u"subscription='both'><group>Friends</group><group>Work</group></item>"
    u"<item jid='carol@localhost' name='Carol C' subscription='both'><group>Friends</group></item>"
    u"<item jid='dave@localhost' subscription='to'/>"
    u"<item jid='eve@localhost' name='Evie' subscription='none' ask='subscribe'>"
    u"<group>Work</group></item>"_s;

} // namespace

class RosterModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsGroupsFromTheRoster()
    {
        Fixture f;
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        f.loadRoster(FourContacts);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.contactCount(), 4);

        const QModelIndex friends = f.model.groupIndex(u"Friends"_s);
        QCOMPARE(friends.data(RosterModel::KindRole).value<RosterModel::Kind>(),
                 RosterModel::Kind::Group);
        QCOMPARE(friends.data(RosterModel::TotalCountRole).toInt(), 2);
        QCOMPARE(friends.data(RosterModel::OnlineCountRole).toInt(), 0);
        const QModelIndex other = f.model.groupIndex(QString());
        QVERIFY(other.data(RosterModel::DefaultGroupRole).toBool());
        QCOMPARE(other.data(RosterModel::NameRole).toString(), u"Contacts"_s);
        QCOMPARE(f.model.rowCount(other), 1);

        // In two groups: two rows. Name falls back to the localpart.
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"bob@localhost")).size(), 2);
        const QModelIndex bob = f.contact(u"bob@localhost"_s);
        QCOMPARE(bob.data(RosterModel::NameRole).toString(), u"bob"_s);
        QCOMPARE(bob.data(RosterModel::JidRole).toString(), u"bob@localhost"_s);
        QCOMPARE(bob.data(RosterModel::StateRole).toInt(), int(State::Offline));
        QCOMPARE(bob.data(RosterModel::SubscriptionRole).toString(), u"both"_s);
        QCOMPARE(bob.data(RosterModel::GroupsRole).toStringList(),
                 (QStringList{u"Friends"_s, u"Work"_s}));
        const QModelIndex eve = f.contact(u"eve@localhost"_s);
        QCOMPARE(eve.data(RosterModel::NameRole).toString(), u"Evie"_s);
        QVERIFY(eve.data(RosterModel::OutgoingRequestRole).toBool());
        QCOMPARE(eve.parent(), f.model.groupIndex(u"Work"_s));
    }

    void presenceChangesTouchOnlyTheContact()
    {
        Fixture f;
        f.loadRoster(FourContacts);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);

        f.receivePresence(
            u"bob@localhost/phone"_s,
            u"<show>away</show><status>On the train</status><priority>5</priority>"_s);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 2); // a resource row under each of bob's two rows
        for (const QModelIndex &bob : f.model.contactIndexes(Jid::parse(u"bob@localhost"))) {
            QCOMPARE(bob.data(RosterModel::StateRole).toInt(), int(State::Away));
            QCOMPARE(bob.data(RosterModel::StatusTextRole).toString(), u"On the train"_s);
            QCOMPARE(f.model.rowCount(bob), 1);
            const QModelIndex phone = f.model.index(0, 0, bob);
            QCOMPARE(phone.data(RosterModel::KindRole).value<RosterModel::Kind>(),
                     RosterModel::Kind::Resource);
            QCOMPARE(phone.data(RosterModel::NameRole).toString(), u"phone"_s);
            QCOMPARE(phone.data(RosterModel::JidRole).toString(), u"bob@localhost/phone"_s);
            QCOMPARE(phone.data(RosterModel::PriorityRole).toInt(), 5);
            QCOMPARE(phone.data(RosterModel::StateRole).toInt(), int(State::Away));
        }
        // Only bob's rows and his groups' counts changed.
        const QModelIndex carol = f.contact(u"carol@localhost"_s);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex index = args.at(0).toModelIndex();
            QVERIFY(index != carol);
            QVERIFY(index.data(RosterModel::JidRole).toString().startsWith(u"bob@"_s) ||
                    index.data(RosterModel::KindRole).value<RosterModel::Kind>() ==
                        RosterModel::Kind::Group);
        }
        QCOMPARE(f.model.groupIndex(u"Friends"_s).data(RosterModel::OnlineCountRole).toInt(), 1);
        QCOMPARE(f.model.groupIndex(u"Work"_s).data(RosterModel::OnlineCountRole).toInt(), 1);

        // A second resource, then both go away.
        f.receivePresence(u"bob@localhost/laptop"_s, u"<show>chat</show><priority>9</priority>"_s);
        QCOMPARE(f.contact(u"bob@localhost"_s).data(RosterModel::StateRole).toInt(),
                 int(State::Chat));
        QCOMPARE(f.model.rowCount(f.contact(u"bob@localhost"_s)), 2);
        QCOMPARE(f.model.groupIndex(u"Friends"_s).data(RosterModel::OnlineCountRole).toInt(), 1);
        f.receivePresence(u"bob@localhost/phone"_s, {}, u"unavailable"_s);
        QCOMPARE(f.model.rowCount(f.contact(u"bob@localhost"_s)), 1);
        f.receivePresence(u"bob@localhost/laptop"_s, u"<status>Bye</status>"_s, u"unavailable"_s);
        QCOMPARE(f.model.rowCount(f.contact(u"bob@localhost"_s)), 0);
        QCOMPARE(f.contact(u"bob@localhost"_s).data(RosterModel::StateRole).toInt(),
                 int(State::Offline));
        QCOMPARE(f.contact(u"bob@localhost"_s).data(RosterModel::StatusTextRole).toString(),
                 u"Bye"_s);
        QCOMPARE(f.model.groupIndex(u"Friends"_s).data(RosterModel::OnlineCountRole).toInt(), 0);
        QCOMPARE(removed.size(), 4);
        QCOMPARE(resets.size(), 0);

        // Presence of someone not in the roster changes nothing.
        changed.clear();
        f.receivePresence(u"stranger@localhost/x"_s);
        QCOMPARE(changed.size(), 0);
    }

    void pushesInsertMoveAndRemoveSingleRows()
    {
        Fixture f;
        f.loadRoster(FourContacts);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);

        f.push(u"<item jid='frank@localhost' subscription='none'><group>Friends</group></item>"_s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(0).toModelIndex(), f.model.groupIndex(u"Friends"_s));
        QCOMPARE(f.model.groupIndex(u"Friends"_s).data(RosterModel::TotalCountRole).toInt(), 3);

        // A new group: its row, then the contact's.
        f.push(u"<item jid='gina@localhost' subscription='both'><group>Band</group></item>"_s);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(f.model.rowCount(), 4);

        // Moving frank to the band; renaming him.
        f.push(u"<item jid='frank@localhost' name='Frankie' subscription='none'>"
               u"<group>Band</group></item>"_s);
        QCOMPARE(f.model.groupIndex(u"Friends"_s).data(RosterModel::TotalCountRole).toInt(), 2);
        QCOMPARE(f.model.groupIndex(u"Band"_s).data(RosterModel::TotalCountRole).toInt(), 2);
        QCOMPARE(f.contact(u"frank@localhost"_s).data(RosterModel::NameRole).toString(),
                 u"Frankie"_s);

        // Removing the band's members removes the group too.
        removed.clear();
        f.push(u"<item jid='frank@localhost' subscription='remove'/>"_s);
        f.push(u"<item jid='gina@localhost' subscription='remove'/>"_s);
        QCOMPARE(removed.size(), 3);
        QVERIFY(!f.model.groupIndex(u"Band"_s).isValid());
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.contactCount(), 4);
        QCOMPARE(resets.size(), 0);

        // Leaving every group puts a contact under the default group.
        f.push(u"<item jid='carol@localhost' name='Carol C' subscription='both'/>"_s);
        QCOMPARE(f.contact(u"carol@localhost"_s).parent(), f.model.groupIndex(QString()));
    }

    void fullRosterResets()
    {
        Fixture f;
        f.loadRoster(FourContacts);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        f.loadRoster(u"<item jid='zed@localhost' subscription='both'/>"_s);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(f.model.contactCount(), 1);
        QCOMPARE(f.model.rowCount(), 1);
    }

    void requestsAndBlocking()
    {
        Fixture f;
        f.loadRoster(FourContacts);
        f.receivePresence(u"dave@localhost"_s, {}, u"subscribe"_s);
        QVERIFY(f.contact(u"dave@localhost"_s).data(RosterModel::IncomingRequestRole).toBool());
        f.subscriptions.deny(Jid::parse(u"dave@localhost"));
        QVERIFY(!f.contact(u"dave@localhost"_s).data(RosterModel::IncomingRequestRole).toBool());

        f.stream.sent.clear();
        f.blocking.fetch();
        QVERIFY(!f.stream.sent.isEmpty());
        const QString id = f.stream.sent.takeLast().attribute(u"id");
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.stream.receive(
            stanzaFromXml(u"<iq type='result' id='%1'><blocklist xmlns='urn:xmpp:blocking'>"
                          u"<item jid='carol@localhost'/></blocklist></iq>"_s.arg(id)));
        QVERIFY(f.contact(u"carol@localhost"_s).data(RosterModel::BlockedRole).toBool());
        QVERIFY(!f.contact(u"bob@localhost"_s).data(RosterModel::BlockedRole).toBool());
        QCOMPARE(changed.size(), 1);
    }

    void presenceErrorIsShownOnTheContact()
    {
        Fixture f;
        f.loadRoster(FourContacts);
        f.receivePresence(u"bob@localhost"_s,
                          u"<error type='cancel'><remote-server-not-found "
                          u"xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"_s,
                          u"error"_s);
        const QString error =
            f.contact(u"bob@localhost"_s).data(RosterModel::PresenceErrorRole).toString();
        QVERIFY2(!error.isEmpty(), "the error is on the contact");
        QVERIFY(f.contact(u"carol@localhost"_s).data(RosterModel::PresenceErrorRole).isNull() ||
                f.contact(u"carol@localhost"_s)
                    .data(RosterModel::PresenceErrorRole)
                    .toString()
                    .isEmpty());
        f.receivePresence(u"bob@localhost/home"_s); // available again: the error is gone
        QVERIFY(f.contact(u"bob@localhost"_s)
                    .data(RosterModel::PresenceErrorRole)
                    .toString()
                    .isEmpty());
    }

    void proxySortsByAvailabilityThenName()
    {
        Fixture f;
        f.loadRoster(
            u"<item jid='anna@localhost' subscription='both'/>"
            u"<item jid='bert@localhost' subscription='both'/>"
            u"<item jid='cleo@localhost' subscription='both'/>"
            u"<item jid='dora@localhost' subscription='both'/>"
            u"<item jid='emil@localhost' subscription='both'><group>Zoo</group></item>"
            u"<item jid='finn@localhost' subscription='both'><group>Alpha</group></item>"_s);
        // Named groups alphabetically, the default group last.
        QCOMPARE(f.proxyNames(), (QStringList{u"Alpha"_s, u"Zoo"_s, u"Contacts"_s}));
        const QModelIndex contacts = f.proxyGroup(u"Contacts"_s);
        QCOMPARE(f.proxyNames(contacts), (QStringList{u"anna"_s, u"bert"_s, u"cleo"_s, u"dora"_s}));

        f.receivePresence(u"dora@localhost/a"_s, u"<show>chat</show>"_s);
        f.receivePresence(u"cleo@localhost/a"_s, u"<show>dnd</show>"_s);
        f.receivePresence(u"bert@localhost/a"_s);
        QCOMPARE(f.proxyNames(contacts), (QStringList{u"dora"_s, u"bert"_s, u"cleo"_s, u"anna"_s}));
        f.receivePresence(u"anna@localhost/a"_s, u"<show>away</show>"_s);
        QCOMPARE(f.proxyNames(contacts), (QStringList{u"dora"_s, u"bert"_s, u"anna"_s, u"cleo"_s}));

        // Resources: highest priority first.
        f.receivePresence(u"dora@localhost/b"_s, u"<priority>3</priority>"_s);
        // dora's best resource is now b (online, priority 3): she sorts after bert.
        QCOMPARE(f.proxyNames(contacts), (QStringList{u"bert"_s, u"dora"_s, u"anna"_s, u"cleo"_s}));
        const QModelIndex dora = f.proxy.index(1, 0, contacts);
        QCOMPARE(f.proxyNames(dora), (QStringList{u"b"_s, u"a"_s}));
    }

    void proxyFiltersByTextAndOffline()
    {
        Fixture f;
        f.loadRoster(FourContacts);
        f.receivePresence(u"carol@localhost/a"_s);

        f.proxy.setHideOffline(true);
        QCOMPARE(f.proxyNames(), QStringList{u"Friends"_s});
        QCOMPARE(f.proxyNames(f.proxyGroup(u"Friends"_s)), QStringList{u"Carol C"_s});
        // A contact going online appears, with its group.
        f.receivePresence(u"dave@localhost/a"_s, u"<show>xa</show>"_s);
        QCOMPARE(f.proxyNames(), (QStringList{u"Friends"_s, u"Contacts"_s}));
        f.receivePresence(u"dave@localhost/a"_s, {}, u"unavailable"_s);
        QCOMPARE(f.proxyNames(), QStringList{u"Friends"_s});
        // A pending request stays visible while offline.
        f.receivePresence(u"eve@localhost"_s, {}, u"subscribe"_s);
        QCOMPARE(f.proxyNames(), (QStringList{u"Friends"_s, u"Work"_s}));

        f.proxy.setHideOffline(false);
        f.proxy.setFilterText(u"EVI"_s); // by name
        QCOMPARE(f.proxyNames(), QStringList{u"Work"_s});
        f.proxy.setFilterText(u"bob@"_s); // by JID
        QCOMPARE(f.proxyNames(), (QStringList{u"Friends"_s, u"Work"_s}));
        f.proxy.setFilterText(u"nobody"_s);
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setFilterText(QString());
        QCOMPARE(f.proxy.rowCount(), 3);
    }

    void presenceClearedWhenOffline()
    {
        Fixture f;
        f.loadRoster(FourContacts);
        f.receivePresence(u"bob@localhost/a"_s);
        f.receivePresence(u"carol@localhost/a"_s);
        QCOMPARE(f.model.groupIndex(u"Friends"_s).data(RosterModel::OnlineCountRole).toInt(), 2);
        Q_EMIT f.stream.onlineChanged(false);
        QCOMPARE(f.model.groupIndex(u"Friends"_s).data(RosterModel::OnlineCountRole).toInt(), 0);
        QCOMPARE(f.model.rowCount(f.contact(u"bob@localhost"_s)), 0);
    }
};

QTEST_GUILESS_MAIN(RosterModelTest)
#include "tst_rostermodel.moc"
