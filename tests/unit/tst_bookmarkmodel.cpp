// BookmarkModel under QAbstractItemModelTester: a flat list sorted by name (room JID when
// unnamed), following Bookmarks' changes row by row.
#include "RecordingStream.h"
#include "models/BookmarkModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

Bookmark bookmark(const QString &room, const QString &name, bool autojoin = false)
{
    return {Jid::parse(room), name, {}, {}, autojoin};
}

QStringList titles(const BookmarkModel &model)
{
    QStringList result;
    for (int i = 0; i < model.rowCount(); ++i)
        result.append(model.index(i).data().toString());
    return result;
}

} // namespace

class BookmarkModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortedAndIncremental()
    {
        RecordingStream stream;
        Bookmarks bookmarks(stream);
        BookmarkModel model(&bookmarks);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        bookmarks.set(bookmark(u"coven@chat.shakespeare.lit"_s, u"The coven"_s));
        bookmarks.set(bookmark(u"heath@chat.shakespeare.lit"_s, u"a lonely heath"_s, true));
        bookmarks.set(bookmark(u"castle@chat.shakespeare.lit"_s, {}));
        QCOMPARE(titles(model), (QStringList{u"a lonely heath"_s, u"castle@chat.shakespeare.lit"_s,
                                             u"The coven"_s}));
        const QModelIndex heath = model.index(0);
        QCOMPARE(heath.data(BookmarkModel::RoomJidRole).toString(),
                 u"heath@chat.shakespeare.lit"_s);
        QVERIFY(heath.data(BookmarkModel::AutojoinRole).toBool());
        QVERIFY(!heath.data(BookmarkModel::HasPasswordRole).toBool());
        QCOMPARE(heath.data(BookmarkModel::BookmarkRole).value<Bookmark>().name,
                 u"a lonely heath"_s);

        // A change in place touches one row; a rename moves it.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Bookmark withPassword = bookmark(u"castle@chat.shakespeare.lit"_s, {});
        withPassword.password = u"secret"_s;
        bookmarks.set(withPassword);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1).data(BookmarkModel::HasPasswordRole).toBool());
        bookmarks.set(bookmark(u"castle@chat.shakespeare.lit"_s, u"Zed castle"_s));
        QCOMPARE(titles(model),
                 (QStringList{u"a lonely heath"_s, u"The coven"_s, u"Zed castle"_s}));
        bookmarks.remove(Jid::parse(u"coven@chat.shakespeare.lit"));
        QCOMPARE(titles(model), (QStringList{u"a lonely heath"_s, u"Zed castle"_s}));
    }

    void startsFromWhatIsLoaded()
    {
        RecordingStream stream;
        Bookmarks bookmarks(stream);
        bookmarks.set(bookmark(u"b@chat.example"_s, u"B"_s));
        bookmarks.set(bookmark(u"a@chat.example"_s, u"A"_s));
        BookmarkModel model(&bookmarks);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(titles(model), (QStringList{u"A"_s, u"B"_s}));
    }
};

QTEST_GUILESS_MAIN(BookmarkModelTest)
#include "tst_bookmarkmodel.moc"
