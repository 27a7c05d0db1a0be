#pragma once

#include "muc/Bookmarks.h"

#include <QAbstractListModel>

namespace Linnet {

// The account's bookmarks as a flat list sorted by name (room JID when unnamed).
class BookmarkModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        RoomJidRole = Qt::UserRole + 1,
        NameRole,
        NickRole,
        AutojoinRole,
        HasPasswordRole,
        BookmarkRole, // Bookmark as QVariant
    };

    explicit BookmarkModel(Bookmarks *bookmarks, QObject *parent = nullptr);
    ~BookmarkModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void upsert(const Bookmark &bookmark);
    void removeRoom(const Jid &room);

    struct Private;
    Private *d;
};

} // namespace Linnet
