#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;
class QTimer;

namespace Linnet {

// One message found by a search, ready to show.
struct MessageSearchResult
{
    QString conversation; // bare JID
    QString conversationName;
    QString senderName;
    QDateTime timestamp;
    QString snippetHtml; // escaped, with the matches highlighted (SearchSnippet)
    qint64 rowId = 0;
};

// A search box over messages and the list of what it found: conversation, time and a snippet
// with the match highlighted. It asks for searches (Return, or a pause in typing) and reports
// which result the user opened; ChatController runs the searches.
class MessageSearchPanel : public QWidget
{
    Q_OBJECT
public:
    enum Role {
        ConversationRole = Qt::UserRole + 1, // QString
        RowIdRole,                           // qint64
        SnippetRole,                         // QString: rich text
        HeaderRole,                          // QString: "Alice · Bob · 12 May 2024 10:00"
    };

    // showConversation: results name their conversation (the search over all of them).
    explicit MessageSearchPanel(bool showConversation, QWidget *parent = nullptr);

    QString query() const;
    void setResults(const QString &query, const QList<MessageSearchResult> &results);
    void setError(const QString &sentence);
    void clear();
    void focusSearch();

    QLineEdit *searchEdit() const { return m_edit; }
    QListView *resultsView() const { return m_results; }
    QStandardItemModel *resultsModel() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void searchRequested(const QString &text);
    void resultActivated(const QString &conversation, qint64 rowId);
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestSearch();

    bool m_showConversation;
    QLineEdit *m_edit;
    QListView *m_results;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QTimer *m_typingPause;
};

} // namespace Linnet
