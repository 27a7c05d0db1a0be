#pragma once

#include "im/Jid.h"

#include <QSet>
#include <QTreeView>

namespace Linnet {

// The contact list: a tree of a RosterSortFilterProxy over a RosterModel, painted by
// ContactDelegate. Groups start expanded and remember being collapsed; contacts' resources
// start collapsed. It only emits what the user asks for (ContactActions acts on it).
class ContactListView : public QTreeView
{
    Q_OBJECT
public:
    enum class Action {
        Rename,
        EditGroups,
        Remove,
        Block,
        Unblock,
        RequestSubscription, // ask to see their presence
        ApproveSubscription, // let them see ours
        CancelSubscription,  // stop them seeing ours
        Unsubscribe,         // stop seeing theirs, or withdraw our request
        ShowInfo,
    };
    Q_ENUM(Action)

    explicit ContactListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // The context menu's actions for a contact row (each carries its Action as data()).
    QList<QAction *> actionsFor(const QModelIndex &index, QObject *parent);
    // The bare JID of the contact at a row (a resource row gives its contact).
    static Jid contactJid(const QModelIndex &index);

Q_SIGNALS:
    // account: the id of the account the row belongs to (RosterModel::AccountRole).
    void openChatRequested(const Linnet::Jid &jid, const QString &account);
    void actionRequested(Linnet::ContactListView::Action action, const Linnet::Jid &jid,
                         const QString &account);

private:
    void showContextMenu(const QPoint &pos);
    void onActivated(const QModelIndex &index);
    void expandGroups(const QModelIndex &parent, int first, int last);

    QSet<QString> m_collapsedGroups;
};

} // namespace Linnet
