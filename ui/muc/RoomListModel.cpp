#include "RoomListModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Linnet {

void RoomListModel::setRooms(const QList<RoomListing> &rooms)
{
    beginResetModel();
    m_rooms = rooms;
    endResetModel();
}

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rooms.size())
        return {};
    const RoomListing &room = m_rooms.at(index.row());
    switch (role) {
    case RoomJidRole:
        return room.jid.toString();
    case PasswordProtectedRole:
        return room.passwordProtected;
    case Qt::ToolTipRole: {
        QStringList lines{room.jid.toString()};
        if (!room.description.isEmpty())
            lines.append(room.description);
        if (room.passwordProtected)
            lines.append(tr("Password protected"));
        if (room.membersOnly)
            lines.append(tr("Members only"));
        return lines.join(u'\n');
    }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && room.passwordProtected)
            return QIcon::fromTheme(u"object-locked"_s, QApplication::style()->standardIcon(
                                                            QStyle::SP_MessageBoxWarning));
        return {};
    case SortRole:
        if (index.column() == OccupantsColumn)
            return room.occupants;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return room.name.isEmpty() ? room.jid.local() : room.name;
        case JidColumn:
            return room.jid.toString();
        case OccupantsColumn:
            return room.occupants < 0 ? QVariant(QString()) : QVariant(room.occupants);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OccupantsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RoomListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case JidColumn:
        return tr("Address");
    case OccupantsColumn:
        return tr("Occupants");
    }
    return {};
}

} // namespace Linnet
