#pragma once

#include <QListView>
#include <QPersistentModelIndex>
#include <QPointer>

class QUrl;

namespace Linnet {

class MessageDelegate;
class MessageModel;

// The messages of one conversation, painted by MessageDelegate. It keeps to the bottom while
// the user is there and holds the position otherwise; scrolled to the top it asks the model
// for the previous page. Links open on click; "Copy text" and Ctrl+C copy the selected
// messages; a failed message of ours offers "Retry".
class ConversationView : public QListView
{
    Q_OBJECT
public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    // The conversation's messages (not owned). The view never lets Qt fetch on its own:
    // Qt fetches when the last row shows, but MessageModel pages in older rows at the top.
    void setMessageModel(MessageModel *model);
    // Shows rows (not owned) that are model's messages merged with other lines (a room's
    // notices); model still pages older history in. rows must map row ids through
    // MessageModel::RowIdRole.
    void setTimeline(QAbstractItemModel *rows, MessageModel *model);
    MessageModel *messageModel() const;
    MessageDelegate *messageDelegate() const { return m_delegate; }
    // The preferences' font size (0: the font the view inherits) and message layout.
    void setFontPointSize(int points);
    int fontPointSize() const { return m_fontPointSize; }
    void setCompactLayout(bool compact);
    bool isCompactLayout() const;

    bool isAtBottom() const;
    // Scrolls to the message, paging older history in until it is there (or there is none).
    void revealMessage(qint64 rowId);
    // The text "Copy text" puts on the clipboard for the selected messages.
    QString selectedText() const;
    // The context menu's actions for the message at row (each carries its name).
    QList<QAction *> actionsFor(const QModelIndex &index, const QString &link, QObject *parent);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void retryRequested(qint64 rowId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QString linkAt(const QPoint &pos) const;
    void showContextMenu(const QPoint &pos);
    void copySelection();
    void rememberPosition();
    void restorePosition();
    void fetchOlderIfAtTop();
    void tryReveal();

    class NoAutoFetchProxy;
    NoAutoFetchProxy *m_proxy;
    MessageDelegate *m_delegate;
    QPointer<MessageModel> m_messages;
    bool m_stickToBottom = true;
    bool m_adjusting = false;
    QPersistentModelIndex m_anchor;
    int m_anchorOffset = 0;
    QPoint m_pressPos;
    qint64 m_revealRowId = 0;
    int m_revealFetches = 0;
    int m_fontPointSize = 0;
};

} // namespace Linnet
