#include "ChatController.h"

#include "ChatTexts.h"
#include "ChatWindow.h"
#include "Composer.h"
#include "ConversationView.h"
#include "ConversationWidget.h"
#include "FutureCallback.h"
#include "MessageDelegate.h"
#include "MessageSearchPanel.h"
#include "MessageSearchWindow.h"
#include "Notifier.h"
#include "SearchSnippet.h"
#include "im/ChatManager.h"
#include "im/ChatStateNotifier.h"
#include "im/Roster.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "storage/HistoryStore.h"

#include <QDesktopServices>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr int SearchLimit = 200;

// Trailing white space and blank lines are not part of what the user meant to send.
QString withoutTrailingSpace(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}
} // namespace

struct ChatController::Conversation
{
    QString jid;
    QPointer<ConversationWidget> page; // in the window's tab or detached window
    std::unique_ptr<MessageModel> model;
    std::unique_ptr<ChatStateNotifier> states;
    bool archiveComplete = false;
    // A sent message carries <active/> itself; the notifier's "active" is not sent again.
    bool sending = false;
};

ChatController::ChatController(ChatWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_serviceContext(std::make_unique<QObject>()),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    connect(window, &ChatWindow::closeRequested, this,
            [this](ConversationWidget *page) { closePage(page, true); });
    connect(window, &ChatWindow::frontChanged, this, &ChatController::onFrontChanged);
    connect(window, &ChatWindow::searchAllRequested, this, &ChatController::showSearchWindow);
}

ChatController::~ChatController()
{
    m_serviceContext.reset();
    m_services = ChatServices();
    closeAll(false);
}

ChatWindow *ChatController::window() const
{
    return m_window;
}

bool ChatController::hasServices() const
{
    return m_services.isValid();
}

void ChatController::setServices(const ChatServices &services)
{
    // Cut off first: closing the pages must not reach the services being replaced.
    m_serviceContext = std::make_unique<QObject>();
    m_services = ChatServices();
    closeAll(false);
    if (!services.isValid()) {
        Q_EMIT totalUnreadChanged(0);
        return;
    }
    m_services = services;
    QObject *context = m_serviceContext.get();
    // They go with their account (the models reading the store must go before it).
    for (QObject *service : std::initializer_list<QObject *>{m_services.history, m_services.chats,
                                                             m_services.conversations}) {
        connect(service, &QObject::destroyed, context, [this] { setServices({}); });
    }
    if (m_services.roster) {
        connect(m_services.roster, &QObject::destroyed, context,
                [this] { m_services.roster = nullptr; });
    }
    connect(m_services.chats, &ChatManager::messageReceived, context,
            [this](const HistoryMessage &message) { onMessageReceived(message); });
    connect(m_services.chats, &ChatManager::peerChatStateChanged, context,
            [this](const QString &conversation, ChatState state) {
                onPeerChatState(conversation, state);
            });
    connect(m_services.chats, &ChatManager::olderFetched, context,
            [this](const QString &conversation, int, bool complete) {
                if (Conversation *c = find(conversation); c && complete)
                    c->archiveComplete = true;
            });
    connect(
        m_services.conversations, &ConversationListModel::unreadChanged, context,
        [this](const QString &conversation, int count) { onUnreadChanged(conversation, count); });
    connect(m_services.conversations, &QAbstractItemModel::modelReset, context, [this] {
        refreshTitles();
        Q_EMIT totalUnreadChanged(totalUnread());
    });
    if (Roster *roster = m_services.roster) {
        connect(roster, &Roster::itemAdded, context, [this] { refreshTitles(); });
        connect(roster, &Roster::itemChanged, context, [this] { refreshTitles(); });
        connect(roster, &Roster::itemRemoved, context, [this] { refreshTitles(); });
        connect(roster, &Roster::rosterReset, context, [this] { refreshTitles(); });
    }
    Q_EMIT totalUnreadChanged(totalUnread());
}

void ChatController::setNotifier(Notifier *notifier)
{
    if (m_notifier)
        m_notifier->disconnect(this);
    m_notifier = notifier;
    if (notifier) {
        connect(notifier, &Notifier::activated, this,
                [this](const QString &conversation) { openChat(Jid::parse(conversation)); });
    }
}

void ChatController::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void ChatController::setRoomOpener(std::function<bool(const Jid &)> opener)
{
    m_openRoom = std::move(opener);
}

QString ChatController::displayName(const QString &bareJid) const
{
    // A private conversation with a room occupant is keyed by the occupant's full JID.
    if (const Jid occupant = Jid::parse(bareJid); occupant.isFull()) {
        const Jid room = occupant.bare();
        return tr("%1 (in %2)", "private chat with a room occupant: nick (in room)")
            .arg(occupant.resource(), room.local().isEmpty() ? room.toString() : room.local());
    }
    if (m_services.roster) {
        if (const auto item = m_services.roster->item(Jid::parse(bareJid));
            item && !item->name.isEmpty())
            return item->name;
    }
    return bareJid;
}

int ChatController::unreadCount(const QString &conversation) const
{
    return m_services.conversations ? m_services.conversations->unreadCount(conversation) : 0;
}

int ChatController::totalUnread() const
{
    return m_services.conversations ? m_services.conversations->totalUnread() : 0;
}

ChatController::Conversation *ChatController::find(const QString &conversation) const
{
    const auto it = m_conversations.find(conversation);
    return it == m_conversations.end() ? nullptr : it->second.get();
}

ConversationWidget *ChatController::conversationWidget(const QString &conversation) const
{
    const Conversation *c = find(conversation);
    return c ? c->page : nullptr;
}

MessageModel *ChatController::messageModel(const QString &conversation) const
{
    const Conversation *c = find(conversation);
    return c ? c->model.get() : nullptr;
}

ChatStateNotifier *ChatController::stateNotifier(const QString &conversation) const
{
    const Conversation *c = find(conversation);
    return c ? c->states.get() : nullptr;
}

ChatController::Conversation *ChatController::ensure(const QString &conversation)
{
    if (Conversation *c = find(conversation))
        return c;
    if (!m_window || !m_services.isValid() || !Jid::parse(conversation).isValid())
        return nullptr;
    auto c = std::make_unique<Conversation>();
    c->jid = conversation;
    c->model = std::make_unique<MessageModel>(*m_services.history, conversation);
    c->states = std::make_unique<ChatStateNotifier>();
    c->page = new ConversationWidget(conversation);
    c->page->setTitle(displayName(conversation));
    c->page->setMessageModel(c->model.get());
    // In a private conversation with a room occupant the peer is the occupant's nick.
    const Jid peer = Jid::parse(conversation);
    const QString occupantNick = peer.isFull() ? peer.resource() : QString();
    c->page->view()->messageDelegate()->setNameResolver(
        [this, occupantNick](const QString &bareJid, bool own) {
            if (own)
                return ChatTexts::ownName();
            return occupantNick.isEmpty() ? displayName(bareJid) : occupantNick;
        });
    c->page->view()->messageDelegate()->setAvatars(m_services.avatars);
    c->page->setTypingText(ChatTexts::chatStateSentence(
        displayName(conversation), m_services.chats->peerChatState(conversation)));
    Conversation *raw = c.get();
    m_conversations.emplace(conversation, std::move(c));
    connectPage(raw);
    m_window->addConversation(raw->page, m_window->opensSeparateWindows());
    refreshTitle(conversation);
    return raw;
}

void ChatController::connectPage(Conversation *c)
{
    const QString jid = c->jid;
    ConversationWidget *page = c->page;
    connect(c->states.get(), &ChatStateNotifier::stateToSend, this, [this, jid](ChatState state) {
        const Conversation *c = find(jid);
        if (m_services.chats && c && !(c->sending && state == ChatState::Active))
            m_services.chats->sendChatState(Jid::parse(jid), state);
    });
    connect(c->model.get(), &MessageModel::olderHistoryWanted, this, [this, jid] {
        const Conversation *c = find(jid);
        if (m_services.chats && c && !c->archiveComplete)
            m_services.chats->fetchOlder(jid);
    });
    ChatStateNotifier *states = c->states.get();
    connect(page, &ConversationWidget::typed, states, &ChatStateNotifier::userTyped);
    connect(page, &ConversationWidget::composerFocusChanged, states,
            &ChatStateNotifier::focusChanged);
    connect(page, &ConversationWidget::sendRequested, this,
            [this, jid](const QString &text) { send(jid, text); });
    connect(page, &ConversationWidget::correctionRequested, this,
            [this, jid](const QString &text) { correct(jid, text); });
    connect(page, &ConversationWidget::lastMessageWanted, this,
            [this, jid] { editLastMessage(jid); });
    connect(page, &ConversationWidget::retryRequested, this, [this](qint64 rowId) {
        if (m_services.chats)
            m_services.chats->retry(rowId);
    });
    connect(page, &ConversationWidget::linkActivated, this, &ChatController::openLink);
    connect(page, &ConversationWidget::searchRequested, this,
            [this, page, jid](const QString &text) { search(page->searchPanel(), text, jid); });
}

void ChatController::openChat(const Jid &jid)
{
    if (m_openRoom && jid.isBare() && m_openRoom(jid))
        return;
    const QString key =
        m_services.chats ? m_services.chats->conversationKey(jid) : jid.bareString();
    if (Conversation *c = ensure(key); c && c->page) {
        m_window->bringToFront(c->page);
        onFrontChanged();
    }
}

void ChatController::openMessage(const QString &conversation, qint64 rowId)
{
    openChat(Jid::parse(conversation));
    if (ConversationWidget *page = conversationWidget(conversation))
        page->view()->revealMessage(rowId);
}

void ChatController::closeChat(const QString &conversation)
{
    if (ConversationWidget *page = conversationWidget(conversation))
        closePage(page, true);
}

void ChatController::closePage(ConversationWidget *page, bool sayGone)
{
    const auto it = std::find_if(m_conversations.begin(), m_conversations.end(),
                                 [page](const auto &entry) { return entry.second->page == page; });
    if (it == m_conversations.end())
        return;
    std::unique_ptr<Conversation> c = std::move(it->second);
    m_conversations.erase(it);
    if (sayGone)
        c->states->closed();
    if (m_window && page)
        m_window->removeConversation(page);
    delete page; // before the model it shows
}

void ChatController::closeAll(bool sayGone)
{
    while (!m_conversations.empty()) {
        if (ConversationWidget *page = m_conversations.begin()->second->page)
            closePage(page, sayGone);
        else
            m_conversations.erase(m_conversations.begin()); // its window took it
    }
}

void ChatController::send(const QString &conversation, const QString &text)
{
    Conversation *c = find(conversation);
    const QString body = withoutTrailingSpace(text);
    if (!c || !m_services.chats || body.trimmed().isEmpty())
        return;
    m_services.chats->sendMessage(Jid::parse(conversation), body);
    c->sending = true;
    c->states->messageSent();
    c->sending = false;
}

void ChatController::correct(const QString &conversation, const QString &text)
{
    Conversation *c = find(conversation);
    const QString body = withoutTrailingSpace(text);
    if (!c || !m_services.chats || body.trimmed().isEmpty())
        return;
    m_services.chats->correctLastMessage(Jid::parse(conversation), body);
    c->sending = true;
    c->states->messageSent();
    c->sending = false;
}

void ChatController::editLastMessage(const QString &conversation)
{
    Conversation *c = find(conversation);
    if (!c || !m_services.history)
        return;
    QPointer<ConversationWidget> page = c->page;
    whenReady(m_services.history->lastOwnMessage(conversation), page,
              [page](const HistoryMessage &last) {
                  // The user may have started typing meanwhile: that text wins.
                  if (page && last.rowId != 0 && page->composer()->document()->isEmpty())
                      page->beginCorrection(last.body);
              });
}

void ChatController::onMessageReceived(const HistoryMessage &message)
{
    const QString conversation = message.conversation;
    Conversation *c = ensure(conversation);
    if (c && frontConversation() == conversation) {
        markSeen(conversation);
        return;
    }
    if (c && c->page)
        m_window->showInBackground(c->page);
    if (m_notifier)
        m_notifier->notify({conversation, displayName(conversation), message.body});
}

void ChatController::onPeerChatState(const QString &conversation, ChatState state)
{
    if (Conversation *c = find(conversation); c && c->page)
        c->page->setTypingText(ChatTexts::chatStateSentence(displayName(conversation), state));
}

void ChatController::onUnreadChanged(const QString &conversation, int count)
{
    refreshTitle(conversation);
    Q_EMIT totalUnreadChanged(totalUnread());
    if (count > 0 && frontConversation() == conversation)
        markSeen(conversation);
}

void ChatController::setSiblingPages(std::function<bool(const ConversationWidget *)> isSibling)
{
    m_isSibling = std::move(isSibling);
}

QString ChatController::frontConversation() const
{
    const ConversationWidget *page = m_window ? m_window->frontPage() : nullptr;
    if (!page)
        return {};
    if (m_isSibling && m_isSibling(page))
        return page->conversation();
    const Conversation *c = find(page->conversation());
    return c && c->page == page ? page->conversation() : QString();
}

void ChatController::onFrontChanged()
{
    const QString front = frontConversation();
    if (!front.isEmpty())
        markSeen(front);
}

void ChatController::markSeen(const QString &conversation)
{
    if (m_notifier)
        m_notifier->withdraw(conversation);
    if (m_services.chats && unreadCount(conversation) > 0)
        m_services.chats->markDisplayed(Jid::parse(conversation));
}

void ChatController::refreshTitles()
{
    for (const auto &[jid, c] : m_conversations)
        refreshTitle(jid);
}

void ChatController::refreshTitle(const QString &conversation)
{
    Conversation *c = find(conversation);
    if (!c || !c->page || !m_window)
        return;
    const QString name = displayName(conversation);
    c->page->setTitle(name);
    c->page->view()->viewport()->update();
    m_window->setTitle(c->page, name, unreadCount(conversation));
}

MessageSearchWindow *ChatController::searchWindow() const
{
    return m_searchWindow;
}

void ChatController::showSearchWindow()
{
    if (!m_searchWindow) {
        m_searchWindow = new MessageSearchWindow(m_window);
        MessageSearchPanel *panel = m_searchWindow->panel();
        connect(panel, &MessageSearchPanel::searchRequested, this,
                [this, panel](const QString &text) { search(panel, text, QString()); });
        connect(panel, &MessageSearchPanel::resultActivated, this, &ChatController::openMessage);
    }
    m_searchWindow->present();
}

void ChatController::search(MessageSearchPanel *panel, const QString &text,
                            const QString &conversation)
{
    if (!m_services.history) {
        panel->setError(tr("Messages can be searched once an account is signed in."));
        return;
    }
    whenReady(m_services.history->search(text, conversation, SearchLimit), panel,
              [this, panel, text](const QList<HistoryMessage> &found) {
                  QList<MessageSearchResult> results;
                  results.reserve(found.size());
                  for (const HistoryMessage &message : found) {
                      const QString sender =
                          message.isOwn()
                              ? ChatTexts::ownName()
                              : (message.senderName.isEmpty() ? displayName(message.conversation)
                                                              : message.senderName);
                      results.append({message.conversation, displayName(message.conversation),
                                      sender, message.timestamp,
                                      SearchSnippet::toHtml(message.body, text), message.rowId});
                  }
                  panel->setResults(text, results);
              });
}

void ChatController::openLink(const QUrl &url)
{
    if (url.scheme().compare(u"xmpp", Qt::CaseInsensitive) == 0) {
        const Jid jid = Jid::parse(url.path());
        if (jid.isValid() && url.query().isEmpty()) {
            openChat(jid);
            return;
        }
    }
    if (m_openUrl)
        m_openUrl(url);
}

} // namespace Linnet
