#pragma once

#include "muc/MucTypes.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Linnet {

class Room;

// The occupants of one room as a two-level tree: role groups (Moderators, Participants,
// Visitors — empty groups hidden) with occupants sorted by nick inside. Rows change
// incrementally: a presence change touches one row, a role change moves it.
class OccupantModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        NickRole = Qt::UserRole + 1,
        RoleRole,        // MucRole as int
        AffiliationRole, // MucAffiliation as int
        RealJidRole,     // QString, empty when hidden
        ShowRole,        // Presence::Show as int
        StatusRole,
        IsSelfRole,
        IsGroupRole,
        OccupantCountRole, // on group rows
        OccupantRole,      // Occupant as QVariant
    };

    explicit OccupantModel(Room *room, QObject *parent = nullptr);
    ~OccupantModel() override;

    // Qt::DisplayRole: the nick on occupant rows, "Moderators (3)" on group rows.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QString &nick) const;
    int occupantCount() const;
    // Nicks starting with prefix (case-insensitive), most recently active first, then by nick;
    // our own nick is left out: Tab completion.
    QStringList completions(const QString &prefix) const;

private:
    void resetFrom(const QList<Occupant> &occupants);
    void upsert(const Occupant &occupant);
    void removeNick(const QString &nick);

    struct Private;
    Private *d;
};

} // namespace Linnet
