#pragma once

#include <QPointer>
#include <QStyledItemDelegate>
#include <map>

namespace Linnet {

class AvatarImages;
class ConversationListModel;

// Paints RosterModel rows: a group header with "online/total"; a contact with its presence
// icon, name, and status text under the name, the account at the right of the status line
// while several accounts are shown, and a badge with the number of unread messages (from a
// ConversationListModel); with AvatarImages set, a contact that has an avatar shows it at the
// left with the presence icon on its corner; a resource with its icon, priority and client.
class ContactDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The texts a row shows, for tests and accessibility: group "Friends (1/3)", contact
    // "Name\nStatus", resource "phone (5) — Client".
    static QString groupText(const QModelIndex &index);
    static QString resourceText(const QModelIndex &index);
    // A contact's tooltip: its address, and "via <account>" while several accounts are shown.
    static QString contactToolTip(const QModelIndex &index);

    // Where unread counts come from (not owned); null shows no badges.
    void setConversations(ConversationListModel *conversations);
    // The unread messages of a contact row (0 for groups and resources).
    int unreadCount(const QModelIndex &index) const;

    // Where avatars come from (not owned); null shows none.
    void setAvatars(AvatarImages *avatars);
    // Where the rows of one account (RosterModel::AccountRole) take their unread counts and
    // avatars, with several accounts shown (not owned); rows of other accounts use the ones
    // set above.
    void setAccountSources(const QString &account, ConversationListModel *conversations,
                           AvatarImages *avatars);
    void removeAccountSources(const QString &account);
    // Where a contact row's avatar is painted.
    static QRect avatarRect(const QStyleOptionViewItem &option);

private:
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintContact(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
    void paintResource(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const;
    // Paints the account label at the right of rect; returns the width it took.
    int paintAccountLabel(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                          const QString &label) const;
    // Paints the badge at the right of rect; returns the width it took.
    int paintUnreadBadge(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                         int count) const;

    struct Sources
    {
        QPointer<ConversationListModel> conversations;
        QPointer<AvatarImages> avatars;
    };
    Sources sourcesOf(const QModelIndex &index) const;

    QPointer<ConversationListModel> m_conversations;
    QPointer<AvatarImages> m_avatars;
    std::map<QString, Sources> m_accounts;
};

} // namespace Linnet
