// MessageModel over a real HistoryStore: the first page, paging older pages in, the request
// for archive history, live and archived insertion in order, row changes, and the grouping
// roles. Every model here runs under QAbstractItemModelTester.
#include "HistoryTestSupport.h"
#include "models/MessageModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const QString Bob = u"bob@example.org"_s;
const QDateTime Start = at(u"2024-01-01T12:00:00"_s);

struct ModelFixture : HistoryFixture
{
    // count messages from Bob, one a minute, bodies "m0", "m1", ... (oldest first).
    void fill(int count, const QString &conversation = Bob)
    {
        for (int i = 0; i < count; ++i)
            store->add(incoming(conversation, u"m%1"_s.arg(i), Start.addSecs(i * 60)));
        settle();
    }

    void open()
    {
        model = std::make_unique<MessageModel>(*store, Bob);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model->isLoaded());
    }

    QStringList bodies() const
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row).data(MessageModel::BodyRole).toString());
        return list;
    }

    QVariant role(int row, int role) const { return model->index(row).data(role); }

    std::unique_ptr<MessageModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class MessageModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theNewestPageArrivesFirst()
    {
        ModelFixture f;
        f.fill(120);
        f.model = std::make_unique<MessageModel>(*f.store, Bob);
        QSignalSpy loaded(f.model.get(), &MessageModel::loaded);
        f.tester = std::make_unique<QAbstractItemModelTester>(
            f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.model->rowCount(), 0); // nothing waits for the database
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(f.model->rowCount(), MessageModel::PageSize);
        QCOMPARE(f.role(0, MessageModel::BodyRole).toString(), u"m70"_s);
        QCOMPARE(f.role(49, Qt::DisplayRole).toString(), u"m119"_s);
        QVERIFY(f.model->canFetchMore({}));
    }

    void olderPagesAreInsertedAtTheTopUntilTheHistoryEnds()
    {
        ModelFixture f;
        f.fill(120);
        f.open();
        QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy wanted(f.model.get(), &MessageModel::olderHistoryWanted);
        f.model->fetchMore({});
        QVERIFY(!f.model->canFetchMore({})); // one request at a time
        QTRY_COMPARE(f.model->rowCount(), 100);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 49);
        QCOMPARE(f.role(0, MessageModel::BodyRole).toString(), u"m20"_s);
        QVERIFY(f.model->canFetchMore({}));
        QCOMPARE(wanted.size(), 0);

        f.model->fetchMore({});
        QTRY_COMPARE(f.model->rowCount(), 120);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.at(0).at(0).toString(), Bob);
        QVERIFY(!f.model->canFetchMore({}));
        f.model->fetchMore({}); // nothing more to ask for, and no second request
        QTest::qWait(30);
        QCOMPARE(wanted.size(), 1);
        QStringList expected;
        for (int i = 0; i < 120; ++i)
            expected.append(u"m%1"_s.arg(i));
        QCOMPARE(f.bodies(), expected);
    }

    void aShortHistoryAsksForTheArchiveAndTakesWhatArrives()
    {
        ModelFixture f;
        f.fill(3);
        f.model = std::make_unique<MessageModel>(*f.store, Bob);
        QSignalSpy older(f.model.get(), &MessageModel::olderHistoryWanted);
        f.tester = std::make_unique<QAbstractItemModelTester>(
            f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(f.model->isLoaded());
        QTRY_COMPARE(older.size(), 1);
        QVERIFY(!f.model->canFetchMore({}));

        // The archive answers with older messages (and one between two we have).
        QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
        f.store->add(incoming(Bob, u"archived 2"_s, Start.addSecs(-60)));
        f.store->add(incoming(Bob, u"archived 1"_s, Start.addSecs(-120)));
        f.store->add(incoming(Bob, u"between"_s, Start.addSecs(30)));
        f.settle();
        QTRY_COMPARE(f.model->rowCount(), 6);
        QCOMPARE(f.bodies(), (QStringList{u"archived 1"_s, u"archived 2"_s, u"m0"_s, u"between"_s,
                                          u"m1"_s, u"m2"_s}));
        QCOMPARE(inserted.size(), 2); // the two older ones in one run
        // New older rows: the model may look for more, finds none, and asks again.
        QVERIFY(f.model->canFetchMore({}));
        f.model->fetchMore({});
        QTRY_COMPARE(older.size(), 2);
        QCOMPARE(f.model->rowCount(), 6);
    }

    void olderMessagesOutsideTheWindowWaitForTheirPage()
    {
        ModelFixture f;
        f.fill(120);
        f.open();
        f.store->add(incoming(Bob, u"old archived"_s, Start.addSecs(-3600)));
        f.store->add(incoming(Bob, u"in the gap"_s, Start.addSecs(10 * 60 + 30)));
        f.settle();
        QTest::qWait(30);
        QCOMPARE(f.model->rowCount(), 50); // both are older than the window
        f.model->fetchMore({});
        QTRY_COMPARE(f.model->rowCount(), 100);
        f.model->fetchMore({});
        QTRY_COMPARE(f.model->rowCount(), 122);
        QCOMPARE(f.role(0, MessageModel::BodyRole).toString(), u"old archived"_s);
        QCOMPARE(f.model->rowOf(f.role(12, MessageModel::RowIdRole).toLongLong()), 12);
        QCOMPARE(f.role(12, MessageModel::BodyRole).toString(), u"in the gap"_s);
    }

    void liveMessagesAreAppended()
    {
        ModelFixture f;
        f.fill(5);
        f.open();
        QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
        f.store->add(outgoing(Bob, u"reply"_s, Start.addSecs(3600), u"o1"_s));
        f.store->add(incoming(u"carol@example.org"_s, u"elsewhere"_s, Start.addSecs(3600)));
        f.settle();
        QTRY_COMPARE(f.model->rowCount(), 6);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 5);
        QCOMPARE(f.role(5, MessageModel::BodyRole).toString(), u"reply"_s);
        QVERIFY(f.role(5, MessageModel::OwnRole).toBool());
        QCOMPARE(f.role(5, MessageModel::DeliveryStateRole).toInt(), int(DeliveryState::Queued));
        QCOMPARE(f.role(5, MessageModel::MessageIdRole).toString(), u"o1"_s);
        QCOMPARE(f.role(5, MessageModel::TimestampRole).toDateTime(), Start.addSecs(3600));
        QCOMPARE(f.role(5, MessageModel::TypeRole).toInt(), int(MessageType::Chat));
        QCOMPARE(f.role(5, MessageModel::SenderJidRole).toString(), u"me@example.org/desk"_s);
    }

    // An archive catch-up finds the first copy of a resent message: the row leaves the end
    // of the view and shows at its place, once, also when the move lands while the first page
    // is being read.
    void aMovedMessageLeavesItsOldRow()
    {
        for (const bool whileLoading : {false, true}) {
            ModelFixture f;
            HistoryMessage first = incoming(Bob, u"m0"_s, Start);
            first.serverId = u"s0"_s;
            f.store->add(first);
            HistoryMessage resend = incoming(Bob, u"resent"_s, Start.addSecs(3700));
            resend.serverId = u"s1b"_s;
            resend.originId = u"o1"_s;
            f.store->add(resend);
            f.store->add(incoming(Bob, u"live"_s, Start.addSecs(3660)));
            f.settle();
            if (!whileLoading) {
                f.open();
                QCOMPARE(f.bodies(), (QStringList{u"m0"_s, u"live"_s, u"resent"_s}));
            }
            HistoryMessage copy = resend;
            copy.serverId = u"s1"_s;
            copy.timestamp = Start.addSecs(1);
            HistoryStore::ArchivePlacementHint hint;
            hint.afterServerId = u"s0"_s;
            f.store->addArchivedPage({copy}, hint);
            if (whileLoading) {
                f.model = std::make_unique<MessageModel>(*f.store, Bob);
                f.tester = std::make_unique<QAbstractItemModelTester>(
                    f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            }
            f.settle();
            QTRY_VERIFY(f.model->isLoaded());
            QTRY_COMPARE(f.bodies(), (QStringList{u"m0"_s, u"resent"_s, u"live"_s}));
            QTest::qWait(30);
            QCOMPARE(f.model->rowCount(), 3);
        }
    }

    void messagesCommittedAroundTheFirstPageAppearOnce()
    {
        ModelFixture f;
        f.fill(3);
        f.store->add(incoming(Bob, u"waiting"_s, Start.addSecs(3600))); // not committed yet
        f.model = std::make_unique<MessageModel>(*f.store, Bob);
        f.tester = std::make_unique<QAbstractItemModelTester>(
            f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.store->add(incoming(Bob, u"after"_s, Start.addSecs(7200)));
        f.settle();
        QTRY_VERIFY(f.model->isLoaded());
        QTRY_COMPARE(f.model->rowCount(), 5);
        QTest::qWait(30);
        QCOMPARE(f.bodies(), (QStringList{u"m0"_s, u"m1"_s, u"m2"_s, u"waiting"_s, u"after"_s}));
    }

    void deliveryAndCorrectionChangeOneRow()
    {
        ModelFixture f;
        f.fill(5);
        f.store->add(outgoing(Bob, u"teh reply"_s, Start.addSecs(3600), u"o1"_s));
        f.settle();
        f.open();
        QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
        f.store->updateDelivery(Bob, u"o1"_s, DeliveryState::Failed, u"Bob is offline."_s);
        f.settle();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
        QCOMPARE(f.role(5, MessageModel::DeliveryStateRole).toInt(), int(DeliveryState::Failed));
        QCOMPARE(f.role(5, MessageModel::ErrorTextRole).toString(), u"Bob is offline."_s);

        f.store->applyCorrection(Bob, MessageDirection::Outgoing, u"me@example.org"_s, u"o1"_s,
                                 u"the reply"_s);
        f.settle();
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(f.role(5, MessageModel::BodyRole).toString(), u"the reply"_s);
        QVERIFY(f.role(5, MessageModel::EditedRole).toBool());
        QCOMPARE(f.role(5, MessageModel::OriginalBodyRole).toString(), u"teh reply"_s);
    }

    void groupsAndDaysFollowTheNeighbours()
    {
        ModelFixture f;
        const auto from = [](const QString &who, const QString &body, const QDateTime &t) {
            HistoryMessage m = incoming(Bob, body, t);
            m.senderJid = Bob + u'/' + who;
            return m;
        };
        f.store->add(from(u"phone"_s, u"a1"_s, Start));
        f.store->add(from(u"laptop"_s, u"a2"_s, Start.addSecs(60))); // same contact
        f.store->add(outgoing(Bob, u"me1"_s, Start.addSecs(120), u"o1"_s));
        f.store->add(outgoing(Bob, u"me2"_s, Start.addSecs(120 + 6 * 60), u"o2"_s)); // gap
        f.store->add(from(u"phone"_s, u"next day"_s, Start.addDays(1)));
        f.settle();
        f.open();
        const auto flags = [&f](int role) {
            QList<bool> list;
            for (int row = 0; row < f.model->rowCount(); ++row)
                list.append(f.role(row, role).toBool());
            return list;
        };
        QCOMPARE(flags(MessageModel::FirstInGroupRole),
                 (QList<bool>{true, false, true, true, true}));
        QCOMPARE(flags(MessageModel::NewDayRole), (QList<bool>{true, false, false, false, true}));

        // One of ours between a1 and a2: a2 starts a new group, and the view hears of it.
        QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
        f.store->add(outgoing(Bob, u"me0"_s, Start.addSecs(30), u"o0"_s));
        f.settle();
        QTRY_COMPARE(f.model->rowCount(), 6);
        QCOMPARE(f.bodies().at(1), u"me0"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(MessageModel::FirstInGroupRole));
        QCOMPARE(flags(MessageModel::FirstInGroupRole),
                 (QList<bool>{true, true, true, true, true, true}));
    }

    void roleNamesAreComplete()
    {
        ModelFixture f;
        f.open();
        const QHash<int, QByteArray> names = f.model->roleNames();
        for (int role = MessageModel::RowIdRole; role <= MessageModel::OriginalBodyRole; ++role)
            QVERIFY2(names.contains(role), qPrintable(QString::number(role)));
        QCOMPARE(names.value(MessageModel::FirstInGroupRole), QByteArray("firstInGroup"));
        QCOMPARE(f.model->rowOf(12345), -1);
    }
};

QTEST_GUILESS_MAIN(MessageModelTest)
#include "tst_messagemodel.moc"
