#pragma once

#include "im/Jid.h"
#include "models/ContactManagers.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLineEdit;
class QToolButton;

namespace Linnet {

class ContactActions;
class ContactListView;
class ConversationListModel;
class RosterModel;
class RosterSortFilterProxy;
class StatusSelector;
class Subscriptions;
class SubscriptionRequestPrompt;

// The main window's centre: our presence (StatusSelector), pending subscription requests,
// the search box with the hide-offline toggle and "add contact", and the contact list with
// unread-message badges.
class ContactListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContactListPanel(QWidget *parent = nullptr);
    ~ContactListPanel() override;

    // The managers to show; an empty ContactManagers shows an empty list. Not owned.
    void setManagers(const ContactManagers &managers);
    // Unread counts for the contacts' badges (not owned); null shows none.
    void setConversations(ConversationListModel *conversations);

    StatusSelector *statusSelector() const { return m_status; }
    SubscriptionRequestPrompt *requestPrompt() const { return m_prompt; }
    ContactListView *view() const { return m_view; }
    RosterModel *model() const { return m_model.get(); }
    RosterSortFilterProxy *proxy() const { return m_proxy; }
    ContactActions *actions() const { return m_actions; }

Q_SIGNALS:
    void openChatRequested(const Linnet::Jid &jid);

private:
    void refreshRequests();

    QPointer<Subscriptions> m_subscriptions;
    QPointer<ConversationListModel> m_conversations;
    std::unique_ptr<RosterModel> m_model;
    RosterSortFilterProxy *m_proxy;
    StatusSelector *m_status;
    SubscriptionRequestPrompt *m_prompt;
    QLineEdit *m_filter;
    QToolButton *m_hideOffline;
    QToolButton *m_addContact;
    ContactListView *m_view;
    ContactActions *m_actions;
};

} // namespace Linnet
