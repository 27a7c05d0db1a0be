// ConversationListModel over a real HistoryStore: loading, rows inserted and moved as messages
// arrive, unread counts, names, roles. The model runs under QAbstractItemModelTester.
#include "HistoryTestSupport.h"
#include "models/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const QString Bob = u"bob@example.org"_s;
const QString Carol = u"carol@example.org"_s;
const QString Room = u"room@muc.example.org"_s;
const QDateTime Start = at(u"2024-01-01T12:00:00"_s);

struct ListFixture : HistoryFixture
{
    void open()
    {
        model = std::make_unique<ConversationListModel>(*store);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    QStringList jids() const
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row).data(ConversationListModel::JidRole).toString());
        return list;
    }

    QVariant role(const QString &jid, int role) const
    {
        return model->index(model->rowOf(jid)).data(role);
    }

    std::unique_ptr<ConversationListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class ConversationListModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsTheStoredConversationsMostRecentFirst()
    {
        ListFixture f;
        f.store->add(incoming(Bob, u"b"_s, Start));
        f.store->add(incoming(Carol, u"c"_s, Start.addSecs(60)));
        f.store->add(incoming(Carol, u"c2"_s, Start.addSecs(90)));
        f.settle();
        f.open();
        QSignalSpy unread(f.model.get(), &ConversationListModel::unreadChanged);
        QTRY_COMPARE(f.model->rowCount(), 2);
        QCOMPARE(f.jids(), (QStringList{Carol, Bob}));
        QCOMPARE(f.model->unreadCount(Carol), 2);
        QCOMPARE(f.model->totalUnread(), 3);
        QCOMPARE(unread.size(), 2);
        QCOMPARE(f.role(Carol, ConversationListModel::LastBodyRole).toString(), u"c2"_s);
        QCOMPARE(f.role(Carol, ConversationListModel::LastTimestampRole).toDateTime(),
                 Start.addSecs(90));
    }

    void newConversationsAreInsertedAndActiveOnesMoveUp()
    {
        ListFixture f;
        f.store->add(incoming(Bob, u"b"_s, Start));
        f.store->add(incoming(Carol, u"c"_s, Start.addSecs(60)));
        f.settle();
        f.open();
        QTRY_COMPARE(f.model->rowCount(), 2);

        QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(f.model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy resets(f.model.get(), &QAbstractItemModel::modelReset);
        HistoryMessage room = incoming(Room, u"hello room"_s, Start.addSecs(120));
        room.type = MessageType::Groupchat;
        room.senderJid = Room + u"/nick"_s;
        room.senderName = u"nick"_s;
        f.store->add(room);
        f.settle();
        QTRY_COMPARE(f.model->rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(f.jids(), (QStringList{Room, Carol, Bob}));
        QCOMPARE(f.role(Room, ConversationListModel::TypeRole).toInt(),
                 int(MessageType::Groupchat));

        f.store->add(outgoing(Bob, u"my answer"_s, Start.addSecs(180), u"o1"_s));
        f.settle();
        QTRY_COMPARE(moved.size(), 1);
        QCOMPARE(f.jids(), (QStringList{Bob, Room, Carol}));
        QCOMPARE(f.role(Bob, ConversationListModel::LastBodyRole).toString(), u"my answer"_s);
        QVERIFY(f.role(Bob, ConversationListModel::LastOwnRole).toBool());

        // An archived old message changes nothing about the order.
        f.store->add(incoming(Carol, u"ancient"_s, Start.addSecs(-3600)));
        f.settle();
        QTRY_COMPARE(f.model->unreadCount(Carol), 2);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(f.jids(), (QStringList{Bob, Room, Carol}));
        QCOMPARE(resets.size(), 0);
    }

    void unreadCountsFollowTheStore()
    {
        ListFixture f;
        f.open();
        QTRY_VERIFY(f.model->rowCount() == 0);
        QSignalSpy unread(f.model.get(), &ConversationListModel::unreadChanged);
        QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
        f.store->add(incoming(Bob, u"1"_s, Start));
        f.store->add(incoming(Bob, u"2"_s, Start.addSecs(1)));
        f.settle();
        QTRY_COMPARE(unread.size(), 1);
        QCOMPARE(unread.at(0).at(0).toString(), Bob);
        QCOMPARE(unread.at(0).at(1).toInt(), 2);
        QCOMPARE(f.role(Bob, ConversationListModel::UnreadCountRole).toInt(), 2);

        f.store->markRead(Bob);
        f.settle();
        QTRY_COMPARE(unread.size(), 2);
        QCOMPARE(unread.at(1).at(1).toInt(), 0);
        QCOMPARE(f.model->totalUnread(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.model->unreadCount(u"nobody@example.org"_s), 0);
        QCOMPARE(f.model->rowOf(u"nobody@example.org"_s), -1);
    }

    // A message in one conversation leaves the unread count of another alone (seen once in a
    // GUI test while the history writer was being reworked).
    void unreadCountsAreKeptPerConversation()
    {
        ListFixture f;
        f.open();
        QTRY_VERIFY(f.model->rowCount() == 0);
        f.store->add(incoming(Bob, u"b1"_s, Start));
        f.settle();
        QTRY_COMPARE(f.role(Bob, ConversationListModel::UnreadCountRole).toInt(), 1);
        f.store->add(incoming(Carol, u"c1"_s, Start.addSecs(1)));
        f.settle();
        QTRY_COMPARE(f.role(Carol, ConversationListModel::UnreadCountRole).toInt(), 1);
        QCOMPARE(f.role(Bob, ConversationListModel::UnreadCountRole).toInt(), 1);
        QCOMPARE(f.model->totalUnread(), 2);
        f.store->add(incoming(Carol, u"c2"_s, Start.addSecs(2)));
        f.store->add(incoming(Bob, u"b2"_s, Start.addSecs(3)));
        f.settle();
        QTRY_COMPARE(f.model->totalUnread(), 4);
        QCOMPARE(f.role(Bob, ConversationListModel::UnreadCountRole).toInt(), 2);
        QCOMPARE(f.role(Carol, ConversationListModel::UnreadCountRole).toInt(), 2);
    }

    void namesComeFromTheResolver()
    {
        ListFixture f;
        f.store->add(incoming(Bob, u"b"_s, Start));
        f.store->add(incoming(Carol, u"c"_s, Start.addSecs(60)));
        f.settle();
        f.open();
        QTRY_COMPARE(f.model->rowCount(), 2);
        QCOMPARE(f.role(Bob, Qt::DisplayRole).toString(), Bob);
        QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
        f.model->setNameResolver(
            [](const QString &jid) { return jid == Bob ? u"Bob Builder"_s : QString(); });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.role(Bob, Qt::DisplayRole).toString(), u"Bob Builder"_s);
        QCOMPARE(f.role(Bob, ConversationListModel::NameRole).toString(), u"Bob Builder"_s);
        QCOMPARE(f.role(Carol, ConversationListModel::NameRole).toString(), Carol);
        const QHash<int, QByteArray> names = f.model->roleNames();
        for (int role = ConversationListModel::JidRole; role <= ConversationListModel::TypeRole;
             ++role)
            QVERIFY(names.contains(role));
    }
};

QTEST_GUILESS_MAIN(ConversationListModelTest)
#include "tst_conversationlistmodel.moc"
