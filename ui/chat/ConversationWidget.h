#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QToolButton;
class QVBoxLayout;
class QUrl;

namespace Linnet {

class Composer;
class ConversationView;
class MessageModel;
class MessageSearchPanel;

// One conversation: its search bar (Ctrl+F), the messages, the typing indicator, the
// "Correcting" bar and the composer. It shows what it is given and emits what the user wants;
// ChatController acts.
class ConversationWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationWidget(const QString &conversation, QWidget *parent = nullptr);

    QString conversation() const { return m_conversation; }
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    void setMessageModel(MessageModel *model);

    void setTypingText(const QString &sentence);
    // Shows the "Correcting" bar and puts text in the composer; the next send corrects.
    void beginCorrection(const QString &text);
    void cancelCorrection();
    bool isCorrecting() const { return m_correcting; }
    void showSearch();
    void hideSearch();
    void focusComposer();

    // Room pages add to the one-on-one layout: widgets above the messages (subject, banner)
    // and a panel beside them (the occupants) in a splitter.
    void addTopWidget(QWidget *widget);
    void setSidePanel(QWidget *panel);
    QSplitter *splitter() const { return m_splitter; }

    ConversationView *view() const { return m_view; }
    Composer *composer() const { return m_composer; }
    MessageSearchPanel *searchPanel() const { return m_search; }
    QLabel *typingLabel() const { return m_typing; }
    QWidget *correctionBar() const { return m_correctionBar; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void correctionRequested(const QString &text);
    void lastMessageWanted();
    void retryRequested(qint64 rowId);
    void linkActivated(const QUrl &url);
    void typed(bool composerEmpty);
    void composerFocusChanged(bool focused);
    void searchRequested(const QString &text);

private:
    void submit(const QString &text);
    void onEscape();

    QString m_conversation;
    QString m_title;
    MessageSearchPanel *m_search;
    ConversationView *m_view;
    QLabel *m_typing;
    QWidget *m_correctionBar;
    QToolButton *m_cancelCorrection;
    Composer *m_composer;
    QVBoxLayout *m_layout;
    QSplitter *m_splitter = nullptr;
    int m_topWidgets = 0;
    bool m_correcting = false;
};

} // namespace Linnet
