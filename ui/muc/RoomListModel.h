#pragma once

#include "muc/MucTypes.h"

#include <QAbstractTableModel>

namespace Linnet {

// The rooms a MUC service lists (MucManager::listRooms) as a table: name, address, occupants.
// A password-protected room carries a lock icon and says so in its tooltip.
class RoomListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, JidColumn, OccupantsColumn, ColumnCount };
    enum Roles {
        RoomJidRole = Qt::UserRole + 1,
        PasswordProtectedRole,
        SortRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRooms(const QList<RoomListing> &rooms);
    const QList<RoomListing> &rooms() const { return m_rooms; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RoomListing> m_rooms;
};

} // namespace Linnet
