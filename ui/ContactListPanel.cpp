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

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

ContactListPanel::ContactListPanel(QWidget *parent)
    : QWidget(parent), m_proxy(new RosterSortFilterProxy(this)), m_status(new StatusSelector(this)),
      m_prompt(new SubscriptionRequestPrompt(this)), m_filter(new QLineEdit(this)),
      m_hideOffline(new QToolButton(this)), m_addContact(new QToolButton(this)),
      m_view(new ContactListView(this)), m_actions(new ContactActions(this, this))
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

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_hideOffline);
    filterRow->addWidget(m_addContact);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_status);
    layout->addWidget(m_prompt);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    m_view->setModel(m_proxy);
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
    if (m_subscriptions)
        m_subscriptions->disconnect(this);
    m_subscriptions = managers.subscriptions;
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
    if (managers.isValid()) {
        m_model =
            std::make_unique<RosterModel>(managers.roster, managers.presence,
                                          managers.subscriptions, managers.blocking, managers.caps);
        m_proxy->setSourceModel(m_model.get());
        m_proxy->sort(0);
    }
    if (managers.subscriptions) {
        connect(managers.subscriptions, &Subscriptions::pendingRequestsChanged, this,
                &ContactListPanel::refreshRequests);
    }
    m_actions->setManagers(managers, m_model.get());
    m_status->setPresenceManager(managers.presence);
    m_addContact->setEnabled(managers.isValid());
    refreshRequests();
}

void ContactListPanel::setConversations(ConversationListModel *conversations)
{
    if (m_conversations)
        m_conversations->disconnect(this);
    m_conversations = conversations;
    if (auto *delegate = qobject_cast<ContactDelegate *>(m_view->itemDelegate()))
        delegate->setConversations(conversations);
    if (conversations) {
        const auto repaint = [this] { m_view->viewport()->update(); };
        connect(conversations, &ConversationListModel::unreadChanged, this, repaint);
        connect(conversations, &QAbstractItemModel::modelReset, this, repaint);
    }
    m_view->viewport()->update();
}

void ContactListPanel::refreshRequests()
{
    m_prompt->setRequests(m_subscriptions ? m_subscriptions->pendingRequests()
                                          : QList<SubscriptionRequest>());
}

} // namespace Linnet
