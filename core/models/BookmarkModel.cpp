#include "models/BookmarkModel.h"

// Stub of the contract: the manager helper replaces this.
namespace Linnet {

struct BookmarkModel::Private
{
    Bookmarks *bookmarks = nullptr;
};

BookmarkModel::BookmarkModel(Bookmarks *bookmarks, QObject *parent)
    : QAbstractListModel(parent), d(new Private{bookmarks})
{}

BookmarkModel::~BookmarkModel()
{
    delete d;
}

int BookmarkModel::rowCount(const QModelIndex &) const
{
    return 0;
}
QVariant BookmarkModel::data(const QModelIndex &, int) const
{
    return {};
}
QHash<int, QByteArray> BookmarkModel::roleNames() const
{
    return QAbstractListModel::roleNames();
}

} // namespace Linnet
