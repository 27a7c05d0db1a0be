#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace Linnet {

class AvatarImages;
class ConversationListModel;

// Paints RosterModel rows: a group header with "online/total"; a contact with its presence
// icon, name, and status text under the name, and a badge with the number of unread messages
// (from a ConversationListModel); with AvatarImages set, a contact that has an avatar shows it
// at the left with the presence icon on its corner; a resource with its icon, priority and client.
class ContactDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The texts a row shows, for tests and accessibility: group "Friends (1/3)", contact
    // "Name\nStatus", resource "phone (5) — Client".
    static QString groupText(const QModelIndex &index);
    static QString resourceText(const QModelIndex &index);

    // Where unread counts come from (not owned); null shows no badges.
    void setConversations(ConversationListModel *conversations);
    // The unread messages of a contact row (0 for groups and resources).
    int unreadCount(const QModelIndex &index) const;

    // Where avatars come from (not owned); null shows none.
    void setAvatars(AvatarImages *avatars);
    // Where a contact row's avatar is painted.
    static QRect avatarRect(const QStyleOptionViewItem &option);

private:
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintContact(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
    void paintResource(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const;
    // Paints the badge at the right of rect; returns the width it took.
    int paintUnreadBadge(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                         int count) const;

    QPointer<ConversationListModel> m_conversations;
    QPointer<AvatarImages> m_avatars;
};

} // namespace Linnet
