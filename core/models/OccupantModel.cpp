#include "models/OccupantModel.h"

#include "muc/Room.h"

// Stub of the contract: the manager helper replaces this.
namespace Linnet {

struct OccupantModel::Private
{
    QPointer<Room> room;
};

OccupantModel::OccupantModel(Room *room, QObject *parent)
    : QAbstractItemModel(parent), d(new Private{room})
{}

OccupantModel::~OccupantModel()
{
    delete d;
}

QModelIndex OccupantModel::index(int, int, const QModelIndex &) const
{
    return {};
}
QModelIndex OccupantModel::parent(const QModelIndex &) const
{
    return {};
}
int OccupantModel::rowCount(const QModelIndex &) const
{
    return 0;
}
int OccupantModel::columnCount(const QModelIndex &) const
{
    return 1;
}
QVariant OccupantModel::data(const QModelIndex &, int) const
{
    return {};
}
QHash<int, QByteArray> OccupantModel::roleNames() const
{
    return QAbstractItemModel::roleNames();
}
QModelIndex OccupantModel::indexOf(const QString &) const
{
    return {};
}
int OccupantModel::occupantCount() const
{
    return 0;
}
QStringList OccupantModel::completions(const QString &) const
{
    return {};
}

} // namespace Linnet
