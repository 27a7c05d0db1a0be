#include "models/BookmarkModel.h"

#include "im/DisplayText.h"

#include <QPointer>

namespace Linnet {

namespace {

QString titleOf(const Bookmark &bookmark)
{
    const QString name = safeDisplayName(bookmark.name);
    return name.isEmpty() ? bookmark.room.toString() : name;
}

bool sortsBefore(const Bookmark &a, const Bookmark &b)
{
    const int byTitle = QString::compare(titleOf(a), titleOf(b), Qt::CaseInsensitive);
    if (byTitle != 0)
        return byTitle < 0;
    return a.room.toString() < b.room.toString();
}

} // namespace

struct BookmarkModel::Private
{
    QPointer<Bookmarks> bookmarks;
    QList<Bookmark> rows; // sorted by sortsBefore

    int rowOf(const Jid &room) const
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).room == room)
                return i;
        }
        return -1;
    }
    int insertRowFor(const Bookmark &bookmark) const
    {
        return int(std::lower_bound(rows.cbegin(), rows.cend(), bookmark, sortsBefore) -
                   rows.cbegin());
    }
};

BookmarkModel::BookmarkModel(Bookmarks *bookmarks, QObject *parent)
    : QAbstractListModel(parent), d(new Private{bookmarks, {}})
{
    if (!bookmarks)
        return;
    d->rows = bookmarks->bookmarks();
    std::sort(d->rows.begin(), d->rows.end(), sortsBefore);
    connect(bookmarks, &Bookmarks::bookmarkChanged, this, &BookmarkModel::upsert);
    connect(bookmarks, &Bookmarks::bookmarkRemoved, this, &BookmarkModel::removeRoom);
}

BookmarkModel::~BookmarkModel()
{
    delete d;
}

void BookmarkModel::upsert(const Bookmark &bookmark)
{
    const int old = d->rowOf(bookmark.room);
    if (old >= 0) {
        const bool staysPut =
            (old == 0 || !sortsBefore(bookmark, d->rows.at(old - 1))) &&
            (old + 1 >= d->rows.size() || !sortsBefore(d->rows.at(old + 1), bookmark));
        if (staysPut) {
            d->rows[old] = bookmark;
            const QModelIndex changed = index(old);
            Q_EMIT dataChanged(changed, changed);
            return;
        }
        removeRoom(bookmark.room);
    }
    const int row = d->insertRowFor(bookmark);
    beginInsertRows({}, row, row);
    d->rows.insert(row, bookmark);
    endInsertRows();
}

void BookmarkModel::removeRoom(const Jid &room)
{
    const int row = d->rowOf(room);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    d->rows.removeAt(row);
    endRemoveRows();
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bookmark &bookmark = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return titleOf(bookmark);
    case Qt::ToolTipRole:
    case RoomJidRole:
        return bookmark.room.toString();
    case NameRole:
        return bookmark.name;
    case NickRole:
        return bookmark.nick;
    case AutojoinRole:
        return bookmark.autojoin;
    case HasPasswordRole:
        return !bookmark.password.isEmpty();
    case BookmarkRole:
        return QVariant::fromValue(bookmark);
    default:
        return {};
    }
}

QHash<int, QByteArray> BookmarkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RoomJidRole, "roomJid");
    names.insert(NameRole, "name");
    names.insert(NickRole, "nick");
    names.insert(AutojoinRole, "autojoin");
    names.insert(HasPasswordRole, "hasPassword");
    names.insert(BookmarkRole, "bookmark");
    return names;
}

} // namespace Linnet
