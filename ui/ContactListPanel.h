#pragma once

#include "im/Jid.h"
#include "models/ContactManagers.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <memory>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace Linnet {

class AvatarImages;
class ContactActions;
class ContactListView;
class ConversationListModel;
class RosterModel;
class RosterSortFilterProxy;
class StatusSelector;
class Subscriptions;
class SubscriptionRequestPrompt;

// The main window's centre: our presence (StatusSelector, with the accounts it applies to
// when there are several), pending subscription requests of the current account, the search
// box with the hide-offline toggle and "add contact", and one contact list for every account
// with unread-message badges.
class ContactListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContactListPanel(QWidget *parent = nullptr);
    ~ContactListPanel() override;

    // Shows only these managers (as an account without an id); an empty ContactManagers shows
    // an empty list. Not owned.
    void setManagers(const ContactManagers &managers);
    // Adds an account's contacts to the list (or replaces them); not owned.
    void addAccount(const QString &account, const ContactManagers &managers);
    void removeAccount(const QString &account);
    QStringList accounts() const { return m_accountOrder; }
    // The account that "add contact" and the subscription requests are about.
    void setCurrentAccount(const QString &account);
    // Unread counts for the contacts' badges (not owned); null shows none. With several
    // accounts, the badges show the current account's counts.
    void setConversations(ConversationListModel *conversations);
    // Unread counts and avatars for the rows of one account (not owned).
    void setAccountSources(const QString &account, ConversationListModel *conversations,
                           AvatarImages *avatars);

    // The accounts the status selector acts on: all of them, or the one chosen in the box
    // beside it (shown while there are several accounts).
    QStringList statusScope() const;
    QComboBox *statusScopeBox() const { return m_scope; }

    StatusSelector *statusSelector() const { return m_status; }
    SubscriptionRequestPrompt *requestPrompt() const { return m_prompt; }
    ContactListView *view() const { return m_view; }
    RosterModel *model() const { return m_model.get(); }
    RosterSortFilterProxy *proxy() const { return m_proxy; }
    ContactActions *actions() const { return m_actions; }

Q_SIGNALS:
    // account: the id of the contact's account (empty for setManagers()).
    void openChatRequested(const Linnet::Jid &jid, const QString &account);
    void statusScopeChanged();

private:
    void refreshRequests();
    void refreshScope();
    void repaintOnUnread(ConversationListModel *conversations);
    void applyScope();

    QHash<QString, ContactManagers> m_accounts;
    QStringList m_accountOrder;
    QString m_current;
    QPointer<Subscriptions> m_subscriptions; // of the current account
    // The unread counts the badges show: every account's and the fallback (setConversations).
    // Each is watched once, for as long as it lives: the current account changing must not cut
    // another account's repaints.
    QSet<const QObject *> m_repaintSources;
    std::unique_ptr<RosterModel> m_model;
    RosterSortFilterProxy *m_proxy;
    StatusSelector *m_status;
    QComboBox *m_scope;
    SubscriptionRequestPrompt *m_prompt;
    QLineEdit *m_filter;
    QToolButton *m_hideOffline;
    QToolButton *m_addContact;
    ContactListView *m_view;
    ContactActions *m_actions;
};

} // namespace Linnet
