#include "models/OccupantModel.h"

#include "im/DisplayText.h"
#include "muc/Room.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

// Group rows carry internalId 0; occupant rows carry their group's role (as 1..3).
constexpr MucRole GroupOrder[] = {MucRole::Moderator, MucRole::Participant, MucRole::Visitor};

bool nickLess(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

MucRole groupRoleOf(const Occupant &occupant)
{
    return occupant.role == MucRole::None ? MucRole::Visitor : occupant.role;
}

QString groupTitle(MucRole role)
{
    switch (role) {
    case MucRole::Moderator:
        return QCoreApplication::translate("Linnet::OccupantModel", "Moderators");
    case MucRole::Participant:
        return QCoreApplication::translate("Linnet::OccupantModel", "Participants");
    case MucRole::Visitor:
    case MucRole::None:
        break;
    }
    return QCoreApplication::translate("Linnet::OccupantModel", "Visitors");
}

} // namespace

struct OccupantModel::Private
{
    struct Group
    {
        MucRole role;
        QList<Occupant> occupants; // sorted by nick, case-insensitive
    };
    QPointer<Room> room;
    QList<Group> groups;               // only the non-empty ones, in GroupOrder
    QHash<QString, quint64> lastSpoke; // nick -> activity counter
    quint64 activity = 0;

    int groupRow(MucRole role) const
    {
        for (int i = 0; i < groups.size(); ++i) {
            if (groups.at(i).role == role)
                return i;
        }
        return -1;
    }
    // Where a group of this role goes among the visible ones.
    int groupInsertRow(MucRole role) const
    {
        int row = 0;
        for (MucRole ordered : GroupOrder) {
            if (ordered == role)
                return row;
            if (groupRow(ordered) >= 0)
                ++row;
        }
        return row;
    }
    // (group row, occupant row) of a nick, or (-1, -1).
    std::pair<int, int> find(const QString &nick) const
    {
        for (int g = 0; g < groups.size(); ++g) {
            const QList<Occupant> &list = groups.at(g).occupants;
            for (int i = 0; i < list.size(); ++i) {
                if (list.at(i).nick == nick)
                    return {g, i};
            }
        }
        return {-1, -1};
    }
};

OccupantModel::OccupantModel(Room *room, QObject *parent)
    : QAbstractItemModel(parent), d(new Private{room, {}, {}, 0})
{
    if (!room)
        return;
    connect(room, &Room::occupantJoined, this, &OccupantModel::upsert);
    connect(room, &Room::occupantChanged, this,
            [this](const Occupant &before, const Occupant &after) {
                if (d->find(before.nick).first >= 0 && before.nick != after.nick)
                    removeNick(before.nick);
                upsert(after);
            });
    connect(room, &Room::occupantLeft, this,
            [this](const Occupant &occupant, const QString &) { removeNick(occupant.nick); });
    connect(room, &Room::nickChanged, this,
            [this](const QString &oldNick, const QString &newNick, bool) {
                const auto [g, i] = d->find(oldNick);
                if (g < 0)
                    return;
                Occupant renamed = d->groups.at(g).occupants.at(i);
                renamed.nick = newNick;
                removeNick(oldNick);
                upsert(renamed);
                if (d->lastSpoke.contains(oldNick))
                    d->lastSpoke.insert(newNick, d->lastSpoke.take(oldNick));
            });
    connect(room, &Room::stateChanged, this, [this](Room::State state) {
        if (state == Room::State::NotJoined)
            resetFrom({});
        else if (state == Room::State::Joined && d->room)
            resetFrom(d->room->occupants());
    });
    connect(room, &Room::messageReceived, this, [this](const HistoryMessage &message) {
        if (!message.senderName.isEmpty())
            d->lastSpoke.insert(message.senderName, ++d->activity);
    });
    resetFrom(room->occupants());
}

OccupantModel::~OccupantModel()
{
    delete d;
}

// ---- changes ------------------------------------------------------------------------------

void OccupantModel::resetFrom(const QList<Occupant> &occupants)
{
    beginResetModel();
    d->groups.clear();
    for (MucRole role : GroupOrder) {
        Private::Group group{role, {}};
        for (const Occupant &occupant : occupants) {
            if (groupRoleOf(occupant) == role)
                group.occupants.append(occupant);
        }
        std::sort(group.occupants.begin(), group.occupants.end(),
                  [](const Occupant &a, const Occupant &b) { return nickLess(a.nick, b.nick); });
        if (!group.occupants.isEmpty())
            d->groups.append(group);
    }
    endResetModel();
}

void OccupantModel::upsert(const Occupant &occupant)
{
    const auto [g, i] = d->find(occupant.nick);
    if (g >= 0) {
        if (d->groups.at(g).role == groupRoleOf(occupant)) {
            d->groups[g].occupants[i] = occupant;
            const QModelIndex changed = createIndex(i, 0, quintptr(d->groups.at(g).role));
            Q_EMIT dataChanged(changed, changed);
            return;
        }
        removeNick(occupant.nick); // a role change moves it to another group
    }
    const MucRole role = groupRoleOf(occupant);
    int groupRow = d->groupRow(role);
    if (groupRow < 0) {
        groupRow = d->groupInsertRow(role);
        beginInsertRows({}, groupRow, groupRow);
        d->groups.insert(groupRow, Private::Group{role, {occupant}});
        endInsertRows();
        return;
    }
    QList<Occupant> &list = d->groups[groupRow].occupants;
    const auto at = std::lower_bound(
        list.cbegin(), list.cend(), occupant.nick,
        [](const Occupant &a, const QString &nick) { return nickLess(a.nick, nick); });
    const int row = int(at - list.cbegin());
    beginInsertRows(index(groupRow, 0), row, row);
    d->groups[groupRow].occupants.insert(row, occupant);
    endInsertRows();
    const QModelIndex group = index(groupRow, 0);
    Q_EMIT dataChanged(group, group);
}

void OccupantModel::removeNick(const QString &nick)
{
    const auto [g, i] = d->find(nick);
    if (g < 0)
        return;
    if (d->groups.at(g).occupants.size() == 1) {
        beginRemoveRows({}, g, g);
        d->groups.removeAt(g);
        endRemoveRows();
        return;
    }
    beginRemoveRows(index(g, 0), i, i);
    d->groups[g].occupants.removeAt(i);
    endRemoveRows();
    const QModelIndex group = index(g, 0);
    Q_EMIT dataChanged(group, group);
}

// ---- the model ----------------------------------------------------------------------------

QModelIndex OccupantModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < d->groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= d->groups.size())
        return {};
    const Private::Group &group = d->groups.at(parent.row());
    if (row >= group.occupants.size())
        return {};
    return createIndex(row, 0, quintptr(group.role));
}

QModelIndex OccupantModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int g = d->groupRow(MucRole(child.internalId()));
    return g < 0 ? QModelIndex() : createIndex(g, 0, quintptr(0));
}

int OccupantModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(d->groups.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= d->groups.size())
        return 0;
    return int(d->groups.at(parent.row()).occupants.size());
}

int OccupantModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant OccupantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Private::Group &group = d->groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return u"%1 (%2)"_s.arg(groupTitle(group.role)).arg(group.occupants.size());
        case RoleRole:
            return int(group.role);
        case IsGroupRole:
            return true;
        case OccupantCountRole:
            return int(group.occupants.size());
        default:
            return {};
        }
    }
    const int g = d->groupRow(MucRole(index.internalId()));
    if (g < 0 || index.row() >= d->groups.at(g).occupants.size())
        return {};
    const Occupant &occupant = d->groups.at(g).occupants.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return safeDisplayName(occupant.nick);
    case NickRole:
        return occupant.nick;
    case Qt::ToolTipRole:
        return occupant.realJid.isValid() ? occupant.realJid.toString() : occupant.status;
    case RoleRole:
        return int(occupant.role);
    case AffiliationRole:
        return int(occupant.affiliation);
    case RealJidRole:
        return occupant.realJid.isValid() ? occupant.realJid.toString() : QString();
    case ShowRole:
        return int(occupant.show);
    case StatusRole:
        return occupant.status;
    case IsSelfRole:
        return occupant.isSelf;
    case IsGroupRole:
        return false;
    case OccupantRole:
        return QVariant::fromValue(occupant);
    default:
        return {};
    }
}

QHash<int, QByteArray> OccupantModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NickRole, "nick");
    names.insert(RoleRole, "role");
    names.insert(AffiliationRole, "affiliation");
    names.insert(RealJidRole, "realJid");
    names.insert(ShowRole, "show");
    names.insert(StatusRole, "status");
    names.insert(IsSelfRole, "isSelf");
    names.insert(IsGroupRole, "isGroup");
    names.insert(OccupantCountRole, "occupantCount");
    names.insert(OccupantRole, "occupant");
    return names;
}

QModelIndex OccupantModel::indexOf(const QString &nick) const
{
    const auto [g, i] = d->find(nick);
    if (g < 0)
        return {};
    return createIndex(i, 0, quintptr(d->groups.at(g).role));
}

int OccupantModel::occupantCount() const
{
    int count = 0;
    for (const Private::Group &group : std::as_const(d->groups))
        count += int(group.occupants.size());
    return count;
}

QStringList OccupantModel::completions(const QString &prefix) const
{
    QList<const Occupant *> matches;
    for (const Private::Group &group : std::as_const(d->groups)) {
        for (const Occupant &occupant : group.occupants) {
            if (!occupant.isSelf && occupant.nick.startsWith(prefix, Qt::CaseInsensitive))
                matches.append(&occupant);
        }
    }
    std::sort(matches.begin(), matches.end(), [this](const Occupant *a, const Occupant *b) {
        const quint64 spokeA = d->lastSpoke.value(a->nick, 0);
        const quint64 spokeB = d->lastSpoke.value(b->nick, 0);
        if (spokeA != spokeB)
            return spokeA > spokeB; // the most recent speaker first
        return nickLess(a->nick, b->nick);
    });
    QStringList nicks;
    nicks.reserve(matches.size());
    for (const Occupant *occupant : std::as_const(matches))
        nicks.append(occupant->nick);
    return nicks;
}

} // namespace Linnet
