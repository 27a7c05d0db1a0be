#include "ContactListPanel.h"

#include "ContactActions.h"
#include "ContactDelegate.h"
#include "ContactListView.h"
#include "StatusSelector.h"
#include "SubscriptionRequestPrompt.h"
#include "im/Subscriptions.h"
#include "models/ConversationListModel.h"
#include "models/RosterModel.h"
#include "models/RosterSortFilterProxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

ContactListPanel::ContactListPanel(QWidget *parent)
    : QWidget(parent), m_model(std::make_unique<RosterModel>()),
      m_proxy(new RosterSortFilterProxy(this)), m_status(new StatusSelector(this)),
      m_scope(new QComboBox(this)), m_prompt(new SubscriptionRequestPrompt(this)),
      m_filter(new QLineEdit(this)), m_hideOffline(new QToolButton(this)),
      m_addContact(new QToolButton(this)), m_view(new ContactListView(this)),
      m_actions(new ContactActions(this, this))
{
    setObjectName(u"contactListPanel"_s);
    m_filter->setObjectName(u"contactFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Search contacts"));
    m_filter->setAccessibleName(tr("Search contacts"));
    m_view->setAccessibleName(tr("Contacts"));
    m_filter->setClearButtonEnabled(true);
    m_hideOffline->setObjectName(u"hideOfflineButton"_s);
    m_hideOffline->setText(tr("Hide Offline"));
    m_hideOffline->setToolTip(tr("Show only contacts who are online"));
    m_hideOffline->setCheckable(true);
    m_addContact->setObjectName(u"addContactButton"_s);
    m_addContact->setText(tr("Add…"));
    m_addContact->setToolTip(tr("Add a contact"));
    m_addContact->setEnabled(false);

    m_scope->setObjectName(u"statusScopeBox"_s);
    m_scope->setAccessibleName(tr("Accounts the status applies to"));
    m_scope->setToolTip(tr("The accounts your status applies to"));
    m_scope->setVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_scope);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_hideOffline);
    filterRow->addWidget(m_addContact);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(statusRow);
    layout->addWidget(m_prompt);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(0);
    m_actions->setModel(m_model.get());
    m_view->setModel(m_proxy);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ContactListPanel::applyScope);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RosterSortFilterProxy::setFilterText);
    connect(m_hideOffline, &QToolButton::toggled, m_proxy, &RosterSortFilterProxy::setHideOffline);
    connect(m_addContact, &QToolButton::clicked, m_actions, &ContactActions::showAddContactDialog);
    connect(m_view, &ContactListView::openChatRequested, this,
            &ContactListPanel::openChatRequested);
    connect(m_view, &ContactListView::actionRequested, m_actions, &ContactActions::perform);
    connect(m_prompt, &SubscriptionRequestPrompt::approveRequested, m_actions,
            &ContactActions::approve);
    connect(m_prompt, &SubscriptionRequestPrompt::denyRequested, m_actions, &ContactActions::deny);
    connect(m_prompt, &SubscriptionRequestPrompt::addBackRequested, m_actions,
            &ContactActions::addBack);
}

ContactListPanel::~ContactListPanel()
{
    m_proxy->setSourceModel(nullptr);
}

void ContactListPanel::setManagers(const ContactManagers &managers)
{
    for (const QString &account : QStringList(m_accountOrder))
        removeAccount(account);
    if (managers.isValid()) {
        addAccount(QString(), managers);
        setCurrentAccount(QString());
    }
}

void ContactListPanel::addAccount(const QString &account, const ContactManagers &managers)
{
    if (!managers.isValid())
        return;
    if (!m_accounts.contains(account))
        m_accountOrder.append(account);
    m_accounts.insert(account, managers);
    m_model->addAccount(account, managers);
    m_actions->addAccount(account, managers);
    if (m_accountOrder.size() == 1)
        setCurrentAccount(account);
    refreshScope();
}

void ContactListPanel::removeAccount(const QString &account)
{
    if (!m_accounts.contains(account))
        return;
    m_accounts.remove(account);
    m_accountOrder.removeAll(account);
    m_model->removeAccount(account);
    m_actions->removeAccount(account);
    if (auto *delegate = qobject_cast<ContactDelegate *>(m_view->itemDelegate()))
        delegate->removeAccountSources(account);
    if (account == m_current)
        setCurrentAccount(m_accountOrder.value(0));
    refreshScope();
}

void ContactListPanel::setCurrentAccount(const QString &account)
{
    m_current = account;
    m_actions->setCurrentAccount(account);
    if (m_subscriptions)
        m_subscriptions->disconnect(this);
    const ContactManagers managers = m_accounts.value(account);
    m_subscriptions = managers.subscriptions;
    if (m_subscriptions) {
        connect(m_subscriptions, &Subscriptions::pendingRequestsChanged, this,
                &ContactListPanel::refreshRequests);
    }
    m_addContact->setEnabled(managers.isValid());
    refreshRequests();
    applyScope();
}

QStringList ContactListPanel::statusScope() const
{
    const QString chosen = m_scope->currentData().toString();
    if (m_accountOrder.size() > 1 && !chosen.isEmpty() && m_accounts.contains(chosen))
        return {chosen};
    return m_accountOrder;
}

void ContactListPanel::refreshScope()
{
    const QString chosen = m_scope->currentData().toString();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("All accounts"), QString());
        for (const QString &account : std::as_const(m_accountOrder))
            m_scope->addItem(account, account);
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(chosen)));
    }
    m_scope->setVisible(m_accountOrder.size() > 1);
    applyScope();
}

void ContactListPanel::applyScope()
{
    QList<PresenceManager *> presences;
    for (const QString &account : statusScope()) {
        if (PresenceManager *presence = m_accounts.value(account).presence)
            presences.append(presence);
    }
    m_status->setPresenceManagers(presences);
    Q_EMIT statusScopeChanged();
}

void ContactListPanel::setConversations(ConversationListModel *conversations)
{
    if (auto *delegate = qobject_cast<ContactDelegate *>(m_view->itemDelegate()))
        delegate->setConversations(conversations);
    repaintOnUnread(conversations);
    m_view->viewport()->update();
}

void ContactListPanel::setAccountSources(const QString &account,
                                         ConversationListModel *conversations,
                                         AvatarImages *avatars)
{
    if (auto *delegate = qobject_cast<ContactDelegate *>(m_view->itemDelegate()))
        delegate->setAccountSources(account, conversations, avatars);
    repaintOnUnread(conversations);
    m_view->viewport()->update();
}

void ContactListPanel::repaintOnUnread(ConversationListModel *conversations)
{
    if (!conversations || m_repaintSources.contains(conversations))
        return;
    m_repaintSources.insert(conversations);
    const auto repaint = [this] { m_view->viewport()->update(); };
    connect(conversations, &ConversationListModel::unreadChanged, this, repaint);
    connect(conversations, &QAbstractItemModel::modelReset, this, repaint);
    connect(conversations, &QObject::destroyed, this,
            [this, conversations] { m_repaintSources.remove(conversations); });
}

void ContactListPanel::refreshRequests()
{
    m_prompt->setRequests(m_subscriptions ? m_subscriptions->pendingRequests()
                                          : QList<SubscriptionRequest>());
}

} // namespace Linnet
