// DiscoModel over a real DiscoClient on a recording stream: the lazily expanded tree, info on
// demand, errors that stay on their row, thousands of children in one insertion, refresh.
// QAbstractItemModelTester fetches every row it can while it checks, so the tests that count
// requests run without it and one test walks everything under it.
#include "DiscoFeed.h"
#include "disco/DiscoClient.h"
#include "models/DiscoModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

using State = DiscoModel::State;

struct Fixture
{
    explicit Fixture(bool withTester = false) : disco(stream), model(&disco), feed(stream)
    {
        if (withTester)
            tester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.info[DiscoFeed::key(u"localhost"_s)] =
            u"<identity category='server' type='im' name='Prosody'/>"
            u"<feature var='http://jabber.org/protocol/disco#info'/>"
            u"<feature var='http://jabber.org/protocol/disco#items'/>"_s;
        feed.items[DiscoFeed::key(u"localhost"_s)] =
            u"<item jid='conference.localhost' name='Chatrooms'/>"
            u"<item jid='pubsub.localhost'/>"
            u"<item jid='gone.localhost'/>"
            u"<item jid='upload.localhost' name='Uploads'/>"_s;
        feed.info[DiscoFeed::key(u"conference.localhost"_s)] =
            u"<identity category='conference' type='text' name='Chatrooms'/>"
            u"<feature var='http://jabber.org/protocol/muc'/>"_s;
        feed.items[DiscoFeed::key(u"conference.localhost"_s)] =
            u"<item jid='lobby@conference.localhost' name='Lobby'/>"_s;
        feed.itemsErrors[DiscoFeed::key(u"gone.localhost"_s)] = u"item-not-found"_s;
        feed.infoErrors[DiscoFeed::key(u"gone.localhost"_s)] = u"remote-server-not-found"_s;
    }

    // Answers and lets cached answers (delivered from the event loop) arrive, until quiet.
    void settle()
    {
        do {
            feed.answerAll();
            QCoreApplication::processEvents();
        } while (feed.answer() > 0);
    }

    QModelIndex child(const QString &jid) const
    {
        const QModelIndex root = model.rootIndex();
        for (int row = 0; row < model.rowCount(root); ++row) {
            const QModelIndex index = model.index(row, 0, root);
            if (index.data(DiscoModel::JidRole).toString() == jid)
                return index;
        }
        return {};
    }

    RecordingStream stream;
    DiscoClient disco;
    DiscoModel model;
    std::optional<QAbstractItemModelTester> tester;
    DiscoFeed feed;
};

} // namespace

class TestDiscoModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rootShowsTheServerAndItsItems()
    {
        Fixture f;
        f.model.setRoot(Jid::parse(u"localhost"));
        QCOMPARE(f.model.rowCount(), 1);
        const QModelIndex root = f.model.rootIndex();
        QCOMPARE(root.data(DiscoModel::JidRole).toString(), u"localhost"_s);
        QCOMPARE(f.model.itemsState(root), State::Loading);
        QCOMPARE(root.siblingAtColumn(DiscoModel::KindColumn).data().toString(),
                 DiscoModel::tr("Loading…"));
        QVERIFY(f.model.hasChildren(root));
        QCOMPARE(f.stream.sent.size(), 2); // info and items of the root

        QCOMPARE(f.feed.answer(), 2);
        QCOMPARE(f.model.rowCount(root), 4);
        QCOMPARE(f.model.itemsState(root), State::Loaded);
        QCOMPARE(root.data(DiscoModel::DescriptionRole).toString(), u"Chat server"_s);
        QCOMPARE(root.siblingAtColumn(DiscoModel::KindColumn).data().toString(), u"Chat server"_s);
        QCOMPARE(root.data().toString(), u"Prosody"_s); // no item name: the identity's
        QCOMPARE(f.model.index(0, 0, root).data().toString(), u"Chatrooms"_s);
        QCOMPARE(f.model.index(1, 0, root).data().toString(), u"pubsub.localhost"_s);
        QCOMPARE(f.model.index(3, DiscoModel::JidColumn, root).data().toString(),
                 u"upload.localhost"_s);
        // Nothing asked for the children yet: they are fetched on demand.
        QVERIFY(f.stream.sent.isEmpty());
        QCOMPARE(f.model.infoState(f.child(u"pubsub.localhost"_s)), State::NotLoaded);
        QVERIFY(f.model.canFetchMore(f.child(u"pubsub.localhost"_s)));
    }

    void errorsStayOnTheirRow()
    {
        Fixture f;
        f.model.setRoot(Jid::parse(u"localhost"));
        f.feed.answer();
        const QModelIndex gone = f.child(u"gone.localhost"_s);
        const QModelIndex conference = f.child(u"conference.localhost"_s);
        f.model.fetchMore(gone);
        f.model.fetchMore(conference);
        f.model.fetchInfo(gone);
        f.model.fetchInfo(conference);
        QCOMPARE(f.feed.answer(), 4);

        QCOMPARE(f.model.itemsState(gone), State::Failed);
        QVERIFY(!f.model.hasChildren(gone));
        QVERIFY(!f.model.canFetchMore(gone));
        const QString error = gone.data(DiscoModel::ErrorRole).toString();
        QVERIFY(!error.isEmpty());
        QCOMPARE(gone.siblingAtColumn(DiscoModel::KindColumn).data().toString(), error);
        QCOMPARE(f.model.infoState(gone), State::Failed);

        QCOMPARE(f.model.itemsState(conference), State::Loaded);
        QCOMPARE(f.model.rowCount(conference), 1);
        QCOMPARE(f.model.index(0, 0, conference).data().toString(), u"Lobby"_s);
        QCOMPARE(conference.data(DiscoModel::DescriptionRole).toString(),
                 u"Multi-user chat service"_s);
        QVERIFY(f.model.info(conference).hasFeature(u"http://jabber.org/protocol/muc"));
        QVERIFY(conference.data(DiscoModel::ErrorRole).toString().isEmpty());
    }

    void infoIsAskedOnceAndOnDemand()
    {
        Fixture f;
        f.model.setRoot(Jid::parse(u"localhost"));
        f.feed.answer();
        const QModelIndex conference = f.child(u"conference.localhost"_s);
        QSignalSpy infoChanged(&f.model, &DiscoModel::infoChanged);
        f.model.fetchInfo(conference);
        f.model.fetchInfo(conference); // already loading: no second request
        QCOMPARE(f.stream.sent.size(), 1);
        QCOMPARE(f.model.infoState(conference), State::Loading);
        f.feed.answer();
        QCOMPARE(infoChanged.size(), 1);
        QCOMPARE(infoChanged.first().first().toModelIndex(), conference);
        f.model.fetchInfo(conference);
        QVERIFY(f.stream.sent.isEmpty());
        f.model.fetchInfo(conference, true);
        QCOMPARE(f.stream.sent.size(), 1); // a refresh bypasses the cache
    }

    void thousandsOfChildrenArriveInOneInsertion()
    {
        Fixture f;
        QString nodes;
        for (int i = 0; i < 5000; ++i)
            nodes += u"<item jid='pubsub.localhost' node='node-%1' name='Node %1'/>"_s.arg(i);
        f.feed.items[DiscoFeed::key(u"pubsub.localhost"_s)] = nodes;
        f.model.setRoot(Jid::parse(u"localhost"));
        f.feed.answer();
        const QModelIndex pubsub = f.child(u"pubsub.localhost"_s);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        f.model.fetchMore(pubsub);
        f.feed.answer();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 4999);
        QCOMPARE(f.model.rowCount(pubsub), 5000);
        const QModelIndex last = f.model.index(4999, 0, pubsub);
        QCOMPARE(last.data().toString(), u"Node 4999"_s);
        QCOMPARE(last.data(DiscoModel::NodeRole).toString(), u"node-4999"_s);
        QCOMPARE(f.model.parent(last), pubsub);
        QVERIFY(f.stream.sent.isEmpty()); // no info asked for rows nobody looks at
    }

    void refreshAsksAgainAndReplacesTheChildren()
    {
        Fixture f;
        f.model.setRoot(Jid::parse(u"localhost"));
        f.feed.answer();
        const QModelIndex conference = f.child(u"conference.localhost"_s);
        f.model.fetchMore(conference);
        f.feed.answer();
        QCOMPARE(f.model.rowCount(conference), 1);

        f.feed.items[DiscoFeed::key(u"conference.localhost"_s)] =
            u"<item jid='lobby@conference.localhost' name='Lobby'/>"
            u"<item jid='dev@conference.localhost' name='Developers'/>"_s;
        f.model.refresh(conference);
        QCOMPARE(f.model.rowCount(conference), 0);
        QCOMPARE(f.model.itemsState(conference), State::Loading);
        QCOMPARE(f.stream.sent.size(), 2); // info and items again, despite the cache
        f.feed.answer();
        QCOMPARE(f.model.rowCount(conference), 2);
        QCOMPARE(f.model.index(1, 0, conference).data().toString(), u"Developers"_s);
    }

    void lateAnswersForAnOldTreeAreIgnored()
    {
        Fixture f;
        f.model.setRoot(Jid::parse(u"localhost"));
        f.feed.answer();
        f.model.fetchMore(f.child(u"conference.localhost"_s));
        f.model.setRoot(Jid::parse(u"conference.localhost"));
        QCOMPARE(f.model.rowCount(), 1);
        f.feed.answerAll(); // the old row's answer arrives after it is gone
        const QModelIndex root = f.model.rootIndex();
        QCOMPARE(root.data(DiscoModel::JidRole).toString(), u"conference.localhost"_s);
        QCOMPARE(f.model.rowCount(root), 1);
        QCOMPARE(root.data(DiscoModel::DescriptionRole).toString(), u"Multi-user chat service"_s);
    }

    void staysConsistentUnderTheModelTester()
    {
        Fixture f(true);
        QString nodes;
        for (int i = 0; i < 2000; ++i)
            nodes += u"<item jid='pubsub.localhost' node='n%1'/>"_s.arg(i);
        f.feed.items[DiscoFeed::key(u"pubsub.localhost"_s)] = nodes;
        f.model.setRoot(Jid::parse(u"localhost"));
        f.settle();
        const QModelIndex root = f.model.rootIndex();
        QCOMPARE(f.model.rowCount(root), 4);
        const QModelIndex pubsub = f.child(u"pubsub.localhost"_s);
        f.model.fetchMore(pubsub);
        f.settle();
        QCOMPARE(f.model.rowCount(pubsub), 2000);
        QCOMPARE(f.model.itemsState(f.child(u"gone.localhost"_s)), State::Failed);
        f.model.refresh(f.child(u"conference.localhost"_s));
        f.settle();
        QCOMPARE(f.model.rowCount(f.child(u"conference.localhost"_s)), 1);
        f.model.refresh(root);
        f.settle();
        QCOMPARE(f.model.rowCount(f.model.rootIndex()), 4);
        f.model.setRoot(Jid::parse(u"conference.localhost"));
        f.settle();
        f.stream.endSession(u"gone"_s); // everything still pending fails, row by row
        f.model.setRoot(Jid());
        QCOMPARE(f.model.rowCount(), 0);
    }

    void nodesAreWalkedToo()
    {
        Fixture f;
        f.feed.items[DiscoFeed::key(u"pubsub.localhost"_s, u"princely_musings"_s)] =
            u"<item jid='pubsub.localhost' node='princely_musings/1' name='First'/>"_s;
        f.model.setRoot(Jid::parse(u"pubsub.localhost"), u"princely_musings"_s);
        f.feed.answer();
        const QModelIndex root = f.model.rootIndex();
        QCOMPARE(f.model.rootNode(), u"princely_musings"_s);
        QCOMPARE(root.siblingAtColumn(DiscoModel::NodeColumn).data().toString(),
                 u"princely_musings"_s);
        QCOMPARE(f.model.rowCount(root), 1);
        QCOMPARE(f.model.index(0, 0, root).data(DiscoModel::NodeRole).toString(),
                 u"princely_musings/1"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiscoModel)
#include "tst_discomodel.moc"
