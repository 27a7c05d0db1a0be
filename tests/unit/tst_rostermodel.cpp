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

// Names of the rows under parent, in display order.
QStringList namesUnder(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data(RosterModel::NameRole).toString());
    return names;
}

QModelIndex groupNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(RosterModel::NameRole).toString() == name)
            return index;
    }
    return {};
}

// One account's managers over a recording stream, and ways to feed them what a server sends.
struct AccountFeed
{
    explicit AccountFeed(const QString &bound = u"alice@localhost/desk"_s)
        : stream(Jid::parse(bound)), roster(stream), presence(&stream),
          subscriptions(stream, nullptr, &roster), blocking(stream)
    {}

    ContactManagers managers() { return {&roster, &presence, &subscriptions, &blocking, nullptr}; }

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
        stream.receive(
            stanzaFromXml(u"<iq type='set' id='p%1' to='%2'>"
                          u"<query xmlns='jabber:iq:roster'>%3</query></iq>"_s.arg(
                              QString::number(++pushes), stream.boundJid().full(), itemXml)));
    }

    void receivePresence(const QString &from, const QString &inner = {}, const QString &type = {})
    {
        const QString typeAttribute = type.isEmpty() ? QString() : u" type='%1'"_s.arg(type);
        stream.receive(stanzaFromXml(
            u"<presence from='%1'%2>%3</presence>"_s.arg(from, typeAttribute, inner)));
    }

    // Answers the block list fetch with these <item/>s.
    void loadBlocklist(const QString &itemsXml)
    {
        stream.sent.clear();
        blocking.fetch();
        QVERIFY(!stream.sent.isEmpty());
        const QString id = stream.sent.takeLast().attribute(u"id");
        stream.receive(
            stanzaFromXml(u"<iq type='result' id='%1'><blocklist "
                          u"xmlns='urn:xmpp:blocking'>%2</blocklist></iq>"_s.arg(id, itemsXml)));
    }

    RecordingStream stream;
    Roster roster;
    PresenceManager presence;
    Subscriptions subscriptions;
    Blocking blocking;
    int pushes = 0;
};

// One account through the one-account constructor, a model and a proxy, each under a model
// tester.
struct Fixture : AccountFeed
{
    Fixture() : model(&roster, &presence, &subscriptions, &blocking)
    {
        proxy.setSourceModel(&model);
    }

    QModelIndex contact(const QString &jid, int which = 0) const
    {
        const QModelIndexList found = model.contactIndexes(Jid::parse(jid));
        return which < found.size() ? found.at(which) : QModelIndex();
    }

    QStringList proxyNames(const QModelIndex &parent = {}) const
    {
        return namesUnder(proxy, parent);
    }
    QModelIndex proxyGroup(const QString &name) const { return groupNamed(proxy, name); }

    RosterModel model;
    RosterSortFilterProxy proxy;
    QAbstractItemModelTester modelTester{&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
};

const QString FourContacts =
    u"<item jid='bob@localhost' "
    u"subscription='both'><group>Friends</group><group>Work</group></item>"
    u"<item jid='carol@localhost' name='Carol C' subscription='both'><group>Friends</group></item>"
    u"<item jid='dave@localhost' subscription='to'/>"
    u"<item jid='eve@localhost' name='Evie' subscription='none' ask='subscribe'>"
    u"<group>Work</group></item>"_s;

const QString AccountA = u"alice@localhost"_s;
const QString AccountB = u"alice@example.org"_s; // sorts before AccountA

// bob is in both accounts: in Friends and Work in A, in Friends in B.
const QString RosterA = u"<item jid='bob@localhost' subscription='both'>"
                        u"<group>Friends</group><group>Work</group></item>"
                        u"<item jid='carol@localhost' name='Carol C' subscription='both'>"
                        u"<group>Friends</group></item>"_s;
const QString RosterB = u"<item jid='bob@localhost' subscription='to'><group>Friends</group></item>"
                        u"<item jid='zoe@localhost' subscription='both'><group>Band</group></item>"
                        u"<item jid='dave@localhost' subscription='both'/>"_s;

// Two accounts' managers, one model over both, a proxy, each under a model tester.
struct TwoAccounts
{
    TwoAccounts() { proxy.setSourceModel(&model); }

    // Both rosters loaded, then both accounts added.
    void addBoth()
    {
        a.loadRoster(RosterA);
        b.loadRoster(RosterB);
        model.addAccount(AccountA, a.managers());
        model.addAccount(AccountB, b.managers());
    }

    QModelIndex contact(const QString &jid, const QString &account, int which = 0) const
    {
        return model.contactIndexes(Jid::parse(jid), account).value(which);
    }

    QStringList proxyNames(const QModelIndex &parent = {}) const
    {
        return namesUnder(proxy, parent);
    }
    QModelIndex proxyGroup(const QString &name) const { return groupNamed(proxy, name); }

    int groupCount(const QString &group, int role) const
    {
        return model.groupIndex(group).data(role).toInt();
    }

    // Every row of the model with its parents, as persistent indexes.
    QList<QPersistentModelIndex> rowsOf(const QString &account) const
    {
        QList<QPersistentModelIndex> rows;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int c = 0; c < model.rowCount(group); ++c) {
                const QModelIndex contact = model.index(c, 0, group);
                if (contact.data(RosterModel::AccountRole).toString() != account)
                    continue;
                rows.append(contact);
                for (int r = 0; r < model.rowCount(contact); ++r)
                    rows.append(model.index(r, 0, contact));
            }
        }
        return rows;
    }

    AccountFeed a{u"alice@localhost/desk"_s};
    AccountFeed b{u"alice@example.org/laptop"_s};
    RosterModel model;
    RosterSortFilterProxy proxy;
    QAbstractItemModelTester modelTester{&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// What a persistent row showed, to compare after changes elsewhere.
QStringList describe(const QList<QPersistentModelIndex> &rows)
{
    QStringList out;
    for (const QPersistentModelIndex &row : rows) {
        out.append(row.isValid() ? row.data(RosterModel::AccountRole).toString() + u' ' +
                                       row.data(RosterModel::JidRole).toString() + u" in "_s +
                                       row.parent().data(RosterModel::NameRole).toString()
                                 : u"invalid"_s);
    }
    return out;
}

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

    // --- several accounts ----------------------------------------------------------------

    void oneAccountHasNoLabel()
    {
        Fixture f;
        f.loadRoster(FourContacts);
        QCOMPARE(f.model.accounts(), QStringList{QString()});
        const QModelIndex bob = f.contact(u"bob@localhost"_s);
        QCOMPARE(bob.data(RosterModel::AccountRole).toString(), QString());
        QCOMPARE(bob.data(RosterModel::AccountLabelRole).toString(), QString());
        QCOMPARE(bob.data(Qt::AccessibleTextRole).toString(), u"bob"_s);

        RosterModel empty;
        QAbstractItemModelTester tester(&empty,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(empty.rowCount(), 0);
        QCOMPARE(empty.contactCount(), 0);
        QVERIFY(empty.accounts().isEmpty());
        QTest::ignoreMessage(QtWarningMsg, "RosterModel: account x has no roster");
        empty.addAccount(u"x"_s, {});
        QVERIFY(empty.accounts().isEmpty());
    }

    void mergesGroupsOverAccounts()
    {
        TwoAccounts f;
        f.a.loadRoster(RosterA);
        f.b.loadRoster(RosterB);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        f.model.addAccount(AccountA, f.a.managers());
        QCOMPARE(resets.size(), 1); // the only account
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.contact(u"carol@localhost"_s, AccountA).data(RosterModel::AccountLabelRole),
                 QString());

        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.addAccount(AccountB, f.b.managers());
        QCOMPARE(resets.size(), 1); // B's rows were inserted
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(f.model.accounts(), (QStringList{AccountA, AccountB}));
        QCOMPARE(f.model.rowCount(), 4); // Friends, Work, Band, Contacts
        QCOMPARE(f.model.contactCount(), 5);
        QCOMPARE(f.groupCount(u"Friends"_s, RosterModel::TotalCountRole), 3);
        QCOMPARE(f.groupCount(u"Work"_s, RosterModel::TotalCountRole), 1);
        QCOMPARE(f.groupCount(u"Band"_s, RosterModel::TotalCountRole), 1);
        QCOMPARE(f.groupCount(QString(), RosterModel::TotalCountRole), 1);

        // bob twice in Friends, once per account.
        const QModelIndex friends = f.model.groupIndex(u"Friends"_s);
        QStringList bobs;
        for (int row = 0; row < f.model.rowCount(friends); ++row) {
            const QModelIndex contact = f.model.index(row, 0, friends);
            if (contact.data(RosterModel::JidRole).toString() == u"bob@localhost"_s)
                bobs.append(contact.data(RosterModel::AccountRole).toString());
        }
        QCOMPARE(bobs, (QStringList{AccountA, AccountB}));
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"bob@localhost/x")).size(), 3);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"bob@localhost"), AccountA).size(), 2);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"bob@localhost"), AccountB).size(), 1);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"bob@localhost"), u"other"_s).size(), 0);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"zoe@localhost"), AccountA).size(), 0);
        const QModelIndex bobB = f.contact(u"bob@localhost"_s, AccountB);
        QCOMPARE(bobB.data(RosterModel::AccountRole).toString(), AccountB);
        QCOMPARE(bobB.data(RosterModel::SubscriptionRole).toString(), u"to"_s);
        QCOMPARE(f.contact(u"bob@localhost"_s, AccountA).data(RosterModel::SubscriptionRole),
                 u"both"_s);

        // The labels show now, and A's rows said so.
        const QModelIndex carol = f.contact(u"carol@localhost"_s, AccountA);
        QCOMPARE(carol.data(RosterModel::AccountLabelRole).toString(), AccountA);
        QCOMPARE(bobB.data(RosterModel::AccountLabelRole).toString(), AccountB);
        QCOMPARE(carol.data(Qt::AccessibleTextRole).toString(), u"Carol C, via alice@localhost"_s);
        bool carolRelabelled = false;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex from = args.at(0).toModelIndex();
            const QModelIndex to = args.at(1).toModelIndex();
            const auto roles = args.at(2).value<QList<int>>();
            if (from.parent() == carol.parent() && from.row() <= carol.row() &&
                to.row() >= carol.row() && roles.contains(RosterModel::AccountLabelRole))
                carolRelabelled = true;
        }
        QVERIFY(carolRelabelled);
    }

    void presenceTouchesOnlyItsAccount()
    {
        TwoAccounts f;
        f.addBoth();
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.a.receivePresence(u"bob@localhost/phone"_s, u"<show>away</show>"_s);

        for (const QModelIndex &bob : f.model.contactIndexes(Jid::parse(u"bob@localhost"))) {
            const bool inA = bob.data(RosterModel::AccountRole).toString() == AccountA;
            QCOMPARE(bob.data(RosterModel::StateRole).toInt(),
                     int(inA ? State::Away : State::Offline));
            QCOMPARE(f.model.rowCount(bob), inA ? 1 : 0);
        }
        const QModelIndex bobB = f.contact(u"bob@localhost"_s, AccountB);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex index = args.at(0).toModelIndex();
            QVERIFY(index != bobB);
            if (index.data(RosterModel::KindRole).value<RosterModel::Kind>() !=
                RosterModel::Kind::Group)
                QCOMPARE(index.data(RosterModel::AccountRole).toString(), AccountA);
        }
        QCOMPARE(f.groupCount(u"Friends"_s, RosterModel::OnlineCountRole), 1);
        QCOMPARE(f.groupCount(u"Work"_s, RosterModel::OnlineCountRole), 1);

        f.b.receivePresence(u"bob@localhost/tablet"_s);
        QCOMPARE(bobB.data(RosterModel::StateRole).toInt(), int(State::Online));
        QCOMPARE(f.model.index(0, 0, bobB).data(RosterModel::JidRole).toString(),
                 u"bob@localhost/tablet"_s);
        QCOMPARE(f.model.index(0, 0, bobB).data(RosterModel::AccountRole).toString(), AccountB);
        QCOMPARE(f.contact(u"bob@localhost"_s, AccountA).data(RosterModel::StateRole).toInt(),
                 int(State::Away));
        QCOMPARE(f.groupCount(u"Friends"_s, RosterModel::OnlineCountRole), 2);

        // A goes offline: only A's presence is cleared.
        Q_EMIT f.a.stream.onlineChanged(false);
        QCOMPARE(f.contact(u"bob@localhost"_s, AccountA).data(RosterModel::StateRole).toInt(),
                 int(State::Offline));
        QCOMPARE(bobB.data(RosterModel::StateRole).toInt(), int(State::Online));
        QCOMPARE(f.groupCount(u"Friends"_s, RosterModel::OnlineCountRole), 1);
        QCOMPARE(f.groupCount(u"Work"_s, RosterModel::OnlineCountRole), 0);
        QCOMPARE(resets.size(), 0);
    }

    void pushAndResetOfOneAccountLeaveTheOtherAlone()
    {
        TwoAccounts f;
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        f.model.addAccount(AccountA, f.a.managers());
        f.model.addAccount(AccountB, f.b.managers());
        QCOMPARE(f.model.rowCount(), 0); // nothing loaded yet
        f.b.loadRoster(RosterB);
        f.a.loadRoster(RosterA);
        f.b.receivePresence(u"bob@localhost/tablet"_s);
        const int resetsWhileFilling = int(resets.size());
        QCOMPARE(resetsWhileFilling, 1); // A was the only account then
        QCOMPARE(f.model.contactCount(), 5);

        const QList<QPersistentModelIndex> rowsOfB = f.rowsOf(AccountB);
        QCOMPARE(rowsOfB.size(), 4); // bob (and his resource), zoe, dave
        const QStringList before = describe(rowsOfB);

        f.a.push(u"<item jid='frank@localhost' subscription='none'><group>Band</group></item>"_s);
        QCOMPARE(f.groupCount(u"Band"_s, RosterModel::TotalCountRole), 2);
        f.a.push(u"<item jid='bob@localhost' subscription='remove'/>"_s);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"bob@localhost"), AccountA).size(), 0);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"bob@localhost"), AccountB).size(), 1);
        QVERIFY(!f.model.groupIndex(u"Work"_s).isValid()); // only A's bob was in it
        QCOMPARE(describe(rowsOfB), before);

        // A's whole roster again, different: A's rows go and come, B's stay where they were.
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        f.a.loadRoster(u"<item jid='zed@localhost' subscription='both'><group>Band</group></item>"
                       u"<item jid='bob@localhost' subscription='both'><group>Friends</group>"
                       u"<group>Work</group></item>"_s);
        QCOMPARE(resets.size(), resetsWhileFilling);
        QVERIFY(!removed.isEmpty());
        QCOMPARE(describe(rowsOfB), before);
        for (const QPersistentModelIndex &row : rowsOfB)
            QVERIFY(row.isValid());
        QCOMPARE(f.model.contactCount(), 5);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"carol@localhost")).size(), 0);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"frank@localhost")).size(), 0);
        QCOMPARE(f.groupCount(u"Friends"_s, RosterModel::TotalCountRole), 2);  // bob in A and B
        QCOMPARE(f.groupCount(u"Friends"_s, RosterModel::OnlineCountRole), 1); // B's bob
        QCOMPARE(f.groupCount(u"Band"_s, RosterModel::TotalCountRole), 2);     // zoe B, zed A
        QCOMPARE(f.groupCount(u"Work"_s, RosterModel::TotalCountRole), 1);
        QCOMPARE(f.contact(u"zed@localhost"_s, AccountA).data(RosterModel::AccountLabelRole),
                 AccountA);
    }

    void removeAccountRemovesOnlyItsRows()
    {
        TwoAccounts f;
        f.addBoth();
        f.b.receivePresence(u"bob@localhost/tablet"_s);
        f.a.receivePresence(u"carol@localhost/a"_s);
        const QList<QPersistentModelIndex> rowsOfB = f.rowsOf(AccountB);
        const QStringList before = describe(rowsOfB);
        const QPersistentModelIndex carol = f.contact(u"carol@localhost"_s, AccountA);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);

        f.model.removeAccount(AccountA);
        QCOMPARE(resets.size(), 0);
        int removedRows = 0;
        for (const QList<QVariant> &args : std::as_const(removed))
            removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        QCOMPARE(removedRows, 4); // bob twice, carol, and the Work group
        QCOMPARE(f.model.accounts(), QStringList{AccountB});
        QCOMPARE(f.model.contactCount(), 3);
        QVERIFY(!carol.isValid());
        QVERIFY(!f.model.groupIndex(u"Work"_s).isValid());
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.groupCount(u"Friends"_s, RosterModel::TotalCountRole), 1);
        QCOMPARE(f.groupCount(u"Friends"_s, RosterModel::OnlineCountRole), 1);
        QCOMPARE(describe(rowsOfB), before);

        // One account left: no labels, and the views were told.
        const QModelIndex bobB = f.contact(u"bob@localhost"_s, AccountB);
        QCOMPARE(bobB.data(RosterModel::AccountRole).toString(), AccountB);
        QCOMPARE(bobB.data(RosterModel::AccountLabelRole).toString(), QString());
        const bool told = std::any_of(changed.cbegin(), changed.cend(), [](const auto &args) {
            return args.at(2).template value<QList<int>>().contains(RosterModel::AccountLabelRole);
        });
        QVERIFY(told);

        // A's managers reach the model no more.
        changed.clear();
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        f.a.receivePresence(u"bob@localhost/phone"_s);
        f.a.push(u"<item jid='yan@localhost' subscription='both'/>"_s);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 0);

        f.model.removeAccount(u"unknown"_s);
        QCOMPARE(f.model.contactCount(), 3);
        f.model.removeAccount(AccountB);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.contactCount(), 0);
        QVERIFY(f.model.accounts().isEmpty());
    }

    void blockingAndRequestsStayInTheirAccount()
    {
        TwoAccounts f;
        f.addBoth();
        f.a.loadBlocklist(u"<item jid='bob@localhost'/>"_s);
        for (const QModelIndex &bob : f.model.contactIndexes(Jid::parse(u"bob@localhost"))) {
            QCOMPARE(bob.data(RosterModel::BlockedRole).toBool(),
                     bob.data(RosterModel::AccountRole).toString() == AccountA);
        }
        f.b.receivePresence(u"bob@localhost"_s, {}, u"subscribe"_s);
        QVERIFY(f.contact(u"bob@localhost"_s, AccountB)
                    .data(RosterModel::IncomingRequestRole)
                    .toBool());
        QVERIFY(!f.contact(u"bob@localhost"_s, AccountA)
                     .data(RosterModel::IncomingRequestRole)
                     .toBool());
    }

    void addingAnAccountAgainReplacesIt()
    {
        TwoAccounts f;
        f.addBoth();
        AccountFeed other(u"alice@localhost/other"_s);
        other.loadRoster(u"<item jid='yan@localhost' subscription='both'>"
                         u"<group>Work</group></item>"_s);
        const QList<QPersistentModelIndex> rowsOfB = f.rowsOf(AccountB);
        const QStringList before = describe(rowsOfB);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);

        f.model.addAccount(AccountA, other.managers());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(f.model.accounts(), (QStringList{AccountA, AccountB}));
        QCOMPARE(f.model.contactCount(), 4);
        QCOMPARE(f.model.contactIndexes(Jid::parse(u"bob@localhost"), AccountA).size(), 0);
        QCOMPARE(f.contact(u"yan@localhost"_s, AccountA).parent(), f.model.groupIndex(u"Work"_s));
        QCOMPARE(describe(rowsOfB), before);

        // The replaced managers are not heard any more; the new ones are.
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.a.receivePresence(u"yan@localhost/x"_s);
        QCOMPARE(changed.size(), 0);
        other.receivePresence(u"yan@localhost/x"_s);
        QCOMPARE(f.contact(u"yan@localhost"_s, AccountA).data(RosterModel::StateRole).toInt(),
                 int(State::Online));
    }

    void managersMayGoAwayFirst()
    {
        RecordingStream stream;
        Roster roster(stream);
        auto presence = std::make_unique<PresenceManager>(&stream);
        auto blocking = std::make_unique<Blocking>(stream);
        RosterModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addAccount(AccountA, {&roster, presence.get(), nullptr, blocking.get(), nullptr});
        stream.sent.clear();
        roster.fetch();
        const QString id = stream.sent.takeLast().attribute(u"id");
        stream.receive(stanzaFromXml(u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster'>"
                                     u"<item jid='bob@localhost' subscription='both'/>"
                                     u"</query></iq>"_s.arg(id)));
        stream.receive(stanzaFromXml(u"<presence from='bob@localhost/a'/>"_s));
        const QModelIndex bob = model.contactIndexes(Jid::parse(u"bob@localhost")).value(0);
        QCOMPARE(model.rowCount(bob), 1);

        presence.reset();
        blocking.reset();
        QCOMPARE(bob.data(RosterModel::PresenceErrorRole).toString(), QString());
        QCOMPARE(model.index(0, 0, bob).data(RosterModel::StateRole).toInt(), int(State::Offline));
        QVERIFY(!bob.data(RosterModel::BlockedRole).toBool());
        stream.receive(stanzaFromXml(u"<iq type='set' id='p1'><query xmlns='jabber:iq:roster'>"
                                     u"<item jid='carl@localhost' subscription='both'/>"
                                     u"</query></iq>"_s));
        QCOMPARE(model.contactCount(), 2);
    }

    void proxySortsEqualNamesByAccountAndFiltersByAccount()
    {
        TwoAccounts f;
        f.addBoth();
        QModelIndex friends = f.proxyGroup(u"Friends"_s);
        QCOMPARE(f.proxyNames(friends), (QStringList{u"bob"_s, u"bob"_s, u"Carol C"_s}));
        QCOMPARE(f.proxy.index(0, 0, friends).data(RosterModel::AccountRole).toString(), AccountB);
        QCOMPARE(f.proxy.index(1, 0, friends).data(RosterModel::AccountRole).toString(), AccountA);

        f.proxy.setFilterText(u"EXAMPLE.org"_s); // only B's account id has it
        QCOMPARE(f.proxyNames(), (QStringList{u"Band"_s, u"Friends"_s, u"Contacts"_s}));
        friends = f.proxyGroup(u"Friends"_s);
        QCOMPARE(f.proxy.rowCount(friends), 1);
        QCOMPARE(f.proxy.index(0, 0, friends).data(RosterModel::AccountRole).toString(), AccountB);
    }
};

QTEST_GUILESS_MAIN(RosterModelTest)
#include "tst_rostermodel.moc"
