#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QMenu;
class QTabWidget;

namespace Linnet {

class ConversationWidget;

// The chat window: one closable, movable tab per conversation, or a conversation in its own
// window ("Detach Tab", and back with "Move to Tabs"). Ctrl+Tab / Ctrl+Shift+Tab and
// Ctrl+PgDown / Ctrl+PgUp switch tabs, Ctrl+W closes one; Ctrl+N (new chat), Ctrl+K (quick
// switcher) and Ctrl+J (join room) are asked of whoever listens. Every shortcut is in the
// window's menu. It reports which conversation the user looks at (frontConversation) and
// what the user wants; ChatController decides.
class ChatWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ChatWindow(QWidget *parent = nullptr);
    ~ChatWindow() override;

    // Takes the page (as a tab, or in its own window when detached).
    void addConversation(ConversationWidget *page, bool detached);
    // Gives the page back, out of any tab or window; the caller deletes it.
    void removeConversation(ConversationWidget *page);
    // Shows the page's window, makes the page current and the window active.
    void bringToFront(ConversationWidget *page);
    // Makes sure the page's window is on screen, without taking the focus.
    void showInBackground(ConversationWidget *page);
    void setTitle(ConversationWidget *page, const QString &name, int unread);
    void detach(ConversationWidget *page);
    void attach(ConversationWidget *page);
    bool isDetached(ConversationWidget *page) const;

    ConversationWidget *currentConversation() const;
    QList<ConversationWidget *> conversations() const;
    // The conversation the user has in front: the current tab of the active chat window, or
    // an active detached window; empty when neither.
    QString frontConversation() const;
    // The page of frontConversation(), or null. Controllers of several accounts share this
    // window, and two accounts may talk to the same address: they compare pages, not names.
    ConversationWidget *frontPage() const;
    // The setting: new conversations open in their own windows.
    bool opensSeparateWindows() const;

    QTabWidget *tabWidget() const { return m_tabs; }
    QAction *detachAction() const { return m_detach; }
    QAction *closeTabAction() const { return m_closeTab; }
    QAction *separateWindowsAction() const { return m_separateWindows; }
    QAction *searchAllAction() const { return m_searchAll; }
    QAction *joinRoomAction() const { return m_joinRoom; }
    QAction *nextTabAction() const { return m_nextTab; }
    QAction *previousTabAction() const { return m_previousTab; }
    QAction *newChatAction() const { return m_newChat; }
    QAction *quickSwitcherAction() const { return m_quickSwitcher; }
    // The corner button's menu with every action of the window and, when it opens, those of
    // the conversation in front (Find, a room's actions) with their shortcuts.
    QMenu *windowMenu() const { return m_menu; }

Q_SIGNALS:
    void closeRequested(Linnet::ConversationWidget *page);
    // frontConversation() may have changed.
    void frontChanged();
    void searchAllRequested();
    void joinRoomRequested();
    void newChatRequested();
    void quickSwitcherRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class DetachedWindow;
    void createActions();
    void showTabMenu(const QPoint &pos);
    void refreshWindowTitle();
    void switchTab(int step);
    void updatePageActions();

    QTabWidget *m_tabs;
    QHash<ConversationWidget *, DetachedWindow *> m_detached;
    QHash<ConversationWidget *, QString> m_titles; // tab titles with the unread count
    QAction *m_detach = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_separateWindows = nullptr;
    QAction *m_searchAll = nullptr;
    QAction *m_joinRoom = nullptr;
    QAction *m_nextTab = nullptr;
    QAction *m_previousTab = nullptr;
    QAction *m_newChat = nullptr;
    QAction *m_quickSwitcher = nullptr;
    QAction *m_pageSlot = nullptr; // where the current conversation's own actions go
    QList<QPointer<QAction>> m_shownPageActions;
    QMenu *m_menu = nullptr;
};

} // namespace Linnet
