#pragma once

#include "muc/MucTypes.h"

#include <QPointer>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace Linnet {

class AvatarImages;

// Paints OccupantModel rows: group rows bold, occupant rows with the presence icon, the nick
// (ours bold) and the affiliation as a small dim badge at the right. The tooltip tells the
// real JID when the room shows it, the role, the affiliation and the status.
// With AvatarImages set, an occupant with an avatar (its occupant JID's, else its real JID's)
// shows it before the presence icon.
class OccupantDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The badge of an occupant row ("owner", "admin", "member"), or empty.
    static QString badge(const QModelIndex &index);
    static QString toolTip(const QModelIndex &index);

    // Where avatars come from (not owned) and the room whose occupants these are.
    void setAvatars(AvatarImages *avatars, const Jid &room);
    // The avatar of an occupant row, or a null image.
    QImage avatarOf(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QPointer<AvatarImages> m_avatars;
    Jid m_room;
};

// The occupants of a room grouped by role (an OccupantModel), groups kept expanded. A
// double-click or Enter on someone asks for a private message; the context menu is asked for
// with the occupant under the mouse (the page builds it from what the room allows).
class OccupantListView : public QTreeView
{
    Q_OBJECT
public:
    explicit OccupantListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Shows occupants' avatars from avatars (not owned) for the occupants of room.
    void setAvatars(AvatarImages *avatars, const Jid &room);
    // The occupant at an index, when it is an occupant row.
    static std::optional<Occupant> occupantAt(const QModelIndex &index);

Q_SIGNALS:
    void privateMessageRequested(const Linnet::Occupant &occupant);
    void menuRequested(const Linnet::Occupant &occupant, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Linnet
