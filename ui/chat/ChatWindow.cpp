#include "ChatWindow.h"

#include "ChatTexts.h"
#include "ConversationWidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QMenu>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
const auto SeparateWindowsKey = u"chat/separateWindows"_s;

QString tabText(QString title)
{
    return title.replace(u'&', u"&&"_s); // not a mnemonic
}
} // namespace

// One conversation in a window of its own.
class ChatWindow::DetachedWindow : public QWidget
{
public:
    DetachedWindow(ConversationWidget *page, ChatWindow *owner)
        : QWidget(owner, Qt::Window), m_page(page), m_owner(owner)
    {
        setObjectName(u"detachedChatWindow"_s);
        auto *attach = new QToolButton(this);
        attach->setObjectName(u"moveToTabsButton"_s);
        attach->setText(ChatWindow::tr("Move to Tabs"));
        attach->setToolTip(
            ChatWindow::tr("Put this conversation back into the chat window's tabs"));
        auto *top = new QHBoxLayout;
        top->addStretch(1);
        top->addWidget(attach);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addLayout(top);
        layout->addWidget(page, 1);
        page->show();
        auto *attachAction = new QAction(attach->text(), this);
        attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        connect(attachAction, &QAction::triggered, attach, &QToolButton::click);
        connect(attach, &QToolButton::clicked, owner, [owner, page] { owner->attach(page); });

        auto *close = new QAction(ChatWindow::tr("Close"), this);
        close->setShortcuts(QKeySequence::keyBindings(QKeySequence::Close));
        connect(close, &QAction::triggered, this, &QWidget::close);
        auto *searchAll = new QAction(ChatWindow::tr("Search Messages…"), this);
        searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        connect(searchAll, &QAction::triggered, owner, &ChatWindow::searchAllRequested);
        addActions({attachAction, close, searchAll, owner->newChatAction(),
                    owner->quickSwitcherAction(), owner->joinRoomAction()});
        installEventFilter(owner);
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        // The controller closes the conversation, which takes this window away.
        event->ignore();
        Q_EMIT m_owner->closeRequested(m_page);
    }

private:
    ConversationWidget *m_page;
    ChatWindow *m_owner;
};

ChatWindow::ChatWindow(QWidget *parent) : QWidget(parent, Qt::Window), m_tabs(new QTabWidget(this))
{
    setObjectName(u"chatWindow"_s);
    setWindowTitle(tr("Chats"));
    m_tabs->setObjectName(u"chatTabs"_s);
    m_tabs->setAccessibleName(tr("Conversations"));
    m_tabs->tabBar()->setAccessibleName(tr("Conversation tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    createActions();
    resize(560, 620);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *page = qobject_cast<ConversationWidget *>(m_tabs->widget(index)))
            Q_EMIT closeRequested(page);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        refreshWindowTitle();
        if (ConversationWidget *page = currentConversation())
            page->focusComposer();
        Q_EMIT frontChanged();
    });
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this, &ChatWindow::showTabMenu);
}

ChatWindow::~ChatWindow()
{
    for (DetachedWindow *window : std::as_const(m_detached))
        window->removeEventFilter(this);
}

void ChatWindow::createActions()
{
    m_detach = new QAction(tr("&Detach Tab"), this);
    m_detach->setObjectName(u"detachTabAction"_s);
    m_detach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_detach, &QAction::triggered, this, [this] {
        if (ConversationWidget *page = currentConversation())
            detach(page);
    });
    m_closeTab = new QAction(tr("&Close Tab"), this);
    m_closeTab->setObjectName(u"closeTabAction"_s);
    m_closeTab->setShortcuts(QKeySequence::keyBindings(QKeySequence::Close));
    connect(m_closeTab, &QAction::triggered, this, [this] {
        if (ConversationWidget *page = currentConversation())
            Q_EMIT closeRequested(page);
    });
    m_nextTab = new QAction(tr("Next Tab"), this);
    m_nextTab->setObjectName(u"nextTabAction"_s);
    m_nextTab->setShortcuts(QKeySequence::keyBindings(QKeySequence::NextChild) +
                            QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(m_nextTab, &QAction::triggered, this, [this] { switchTab(1); });
    m_previousTab = new QAction(tr("Previous Tab"), this);
    m_previousTab->setObjectName(u"previousTabAction"_s);
    m_previousTab->setShortcuts(QKeySequence::keyBindings(QKeySequence::PreviousChild) +
                                QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(m_previousTab, &QAction::triggered, this, [this] { switchTab(-1); });
    m_newChat = new QAction(QIcon(u":/icons/actions/new-chat.svg"_s), tr("&New Chat…"), this);
    m_newChat->setObjectName(u"chatNewChatAction"_s);
    m_newChat->setShortcut(QKeySequence::New);
    connect(m_newChat, &QAction::triggered, this, &ChatWindow::newChatRequested);
    m_quickSwitcher = new QAction(QIcon(u":/icons/actions/quick-switcher.svg"_s),
                                  tr("&Go to Conversation…"), this);
    m_quickSwitcher->setObjectName(u"chatQuickSwitcherAction"_s);
    m_quickSwitcher->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_quickSwitcher, &QAction::triggered, this, &ChatWindow::quickSwitcherRequested);
    m_separateWindows = new QAction(tr("Open Chats in &Separate Windows"), this);
    m_separateWindows->setObjectName(u"separateWindowsAction"_s);
    m_separateWindows->setCheckable(true);
    m_separateWindows->setChecked(QSettings().value(SeparateWindowsKey, false).toBool());
    connect(m_separateWindows, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(SeparateWindowsKey, on); });
    m_searchAll =
        new QAction(QIcon(u":/icons/actions/search.svg"_s), tr("Search &Messages…"), this);
    m_searchAll->setObjectName(u"searchAllAction"_s);
    m_searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAll, &QAction::triggered, this, &ChatWindow::searchAllRequested);
    m_joinRoom = new QAction(QIcon(u":/icons/actions/join-room.svg"_s), tr("&Join Room…"), this);
    m_joinRoom->setObjectName(u"chatJoinRoomAction"_s);
    m_joinRoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_joinRoom, &QAction::triggered, this, &ChatWindow::joinRoomRequested);
    addActions({m_detach, m_closeTab, m_nextTab, m_previousTab, m_searchAll, m_joinRoom, m_newChat,
                m_quickSwitcher});

    auto *menuButton = new QToolButton(this);
    menuButton->setObjectName(u"chatMenuButton"_s);
    menuButton->setText(tr("Menu"));
    menuButton->setAccessibleName(tr("Chat menu"));
    menuButton->setAutoRaise(true);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menu = new QMenu(menuButton);
    m_menu->setObjectName(u"chatWindowMenu"_s);
    m_menu->setTitle(tr("Chat menu"));
    m_menu->addActions({m_newChat, m_quickSwitcher, m_joinRoom});
    m_menu->addSeparator();
    m_menu->addActions({m_nextTab, m_previousTab, m_detach, m_closeTab});
    m_pageSlot = m_menu->addSeparator();
    m_menu->addActions({m_searchAll, m_separateWindows});
    connect(m_menu, &QMenu::aboutToShow, this, &ChatWindow::updatePageActions);
    menuButton->setMenu(m_menu);
    m_tabs->setCornerWidget(menuButton, Qt::TopRightCorner);
}

void ChatWindow::addConversation(ConversationWidget *page, bool detached)
{
    m_titles.insert(page, page->title());
    if (detached) {
        auto *window = new DetachedWindow(page, this);
        m_detached.insert(page, window);
        window->setWindowTitle(page->title());
        window->resize(size());
        return;
    }
    m_tabs->addTab(page, tabText(page->title()));
}

void ChatWindow::removeConversation(ConversationWidget *page)
{
    m_titles.remove(page);
    if (DetachedWindow *window = m_detached.take(page)) {
        window->removeEventFilter(this);
        window->hide();
        page->setParent(nullptr);
        window->deleteLater();
        Q_EMIT frontChanged();
        return;
    }
    const int index = m_tabs->indexOf(page);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    page->setParent(nullptr);
    if (m_tabs->count() == 0)
        hide();
}

void ChatWindow::bringToFront(ConversationWidget *page)
{
    QWidget *window = m_detached.value(page, nullptr);
    if (!window) {
        m_tabs->setCurrentWidget(page);
        window = this;
    }
    if (window->isMinimized())
        window->showNormal();
    window->show();
    window->raise();
    window->activateWindow();
    page->focusComposer();
    Q_EMIT frontChanged();
}

void ChatWindow::showInBackground(ConversationWidget *page)
{
    QWidget *window = m_detached.value(page, nullptr);
    if (!window)
        window = this;
    if (window->isVisible())
        return;
    window->setAttribute(Qt::WA_ShowWithoutActivating);
    window->show();
    window->setAttribute(Qt::WA_ShowWithoutActivating, false);
}

void ChatWindow::setTitle(ConversationWidget *page, const QString &name, int unread)
{
    const QString title = ChatTexts::titleWithUnread(name, unread);
    m_titles.insert(page, title);
    if (DetachedWindow *window = m_detached.value(page, nullptr)) {
        window->setWindowTitle(title);
        return;
    }
    const int index = m_tabs->indexOf(page);
    if (index < 0)
        return;
    m_tabs->setTabText(index, tabText(title));
    m_tabs->setTabToolTip(index, page->conversation());
    m_tabs->tabBar()->setTabTextColor(index,
                                      unread > 0 ? palette().color(QPalette::Link) : QColor());
    refreshWindowTitle();
}

void ChatWindow::detach(ConversationWidget *page)
{
    const int index = m_tabs->indexOf(page);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    auto *window = new DetachedWindow(page, this);
    m_detached.insert(page, window);
    window->setWindowTitle(m_titles.value(page, page->title()));
    window->resize(size());
    if (m_tabs->count() == 0)
        hide();
    bringToFront(page);
}

void ChatWindow::attach(ConversationWidget *page)
{
    DetachedWindow *window = m_detached.take(page);
    if (!window)
        return;
    window->removeEventFilter(this);
    m_tabs->addTab(page, tabText(m_titles.value(page, page->title())));
    window->hide();
    window->deleteLater();
    bringToFront(page);
}

bool ChatWindow::isDetached(ConversationWidget *page) const
{
    return m_detached.contains(page);
}

ConversationWidget *ChatWindow::currentConversation() const
{
    return qobject_cast<ConversationWidget *>(m_tabs->currentWidget());
}

QList<ConversationWidget *> ChatWindow::conversations() const
{
    QList<ConversationWidget *> pages;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ConversationWidget *>(m_tabs->widget(i)))
            pages.append(page);
    }
    pages += m_detached.keys();
    return pages;
}

QString ChatWindow::frontConversation() const
{
    const ConversationWidget *page = frontPage();
    return page ? page->conversation() : QString();
}

ConversationWidget *ChatWindow::frontPage() const
{
    const auto inFront = [](const QWidget *window) {
        return window->isVisible() && window->isActiveWindow() && !window->isMinimized();
    };
    if (inFront(this)) {
        if (ConversationWidget *page = currentConversation())
            return page;
    }
    for (auto it = m_detached.cbegin(); it != m_detached.cend(); ++it) {
        if (inFront(it.value()))
            return it.key();
    }
    return nullptr;
}

bool ChatWindow::opensSeparateWindows() const
{
    return m_separateWindows->isChecked();
}

void ChatWindow::switchTab(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void ChatWindow::updatePageActions()
{
    // The conversation owns these (Find for its search bar, a room's actions) and answers
    // their shortcuts; the menu shows them so that they can be found.
    for (const QPointer<QAction> &action : std::as_const(m_shownPageActions)) {
        if (action)
            m_menu->removeAction(action);
    }
    m_shownPageActions.clear();
    ConversationWidget *page = currentConversation();
    if (!page)
        return;
    for (QAction *action : page->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        m_menu->insertAction(m_pageSlot, action);
        m_shownPageActions.append(action);
    }
}

void ChatWindow::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    auto *page = qobject_cast<ConversationWidget *>(m_tabs->widget(index));
    if (!page)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Detach Tab"), this, [this, page] { detach(page); });
    menu.addAction(tr("&Close Tab"), this, [this, page] { Q_EMIT closeRequested(page); });
    menu.exec(m_tabs->tabBar()->mapToGlobal(pos));
}

void ChatWindow::refreshWindowTitle()
{
    ConversationWidget *page = currentConversation();
    setWindowTitle(page ? tr("%1 — Chats").arg(m_titles.value(page, page->title())) : tr("Chats"));
}

void ChatWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange)
        Q_EMIT frontChanged();
}

bool ChatWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange)
        Q_EMIT frontChanged();
    return QWidget::eventFilter(watched, event);
}

void ChatWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window ends its conversations, as closing every tab would.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *page = qobject_cast<ConversationWidget *>(m_tabs->widget(i)))
            Q_EMIT closeRequested(page);
    }
    event->accept();
}

} // namespace Linnet
