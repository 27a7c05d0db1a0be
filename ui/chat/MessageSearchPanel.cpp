#include "MessageSearchPanel.h"

#include "ChatTexts.h"
#include "SearchResultDelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr int TypingPauseMs = 300;
} // namespace

MessageSearchPanel::MessageSearchPanel(bool showConversation, QWidget *parent)
    : QWidget(parent), m_showConversation(showConversation), m_edit(new QLineEdit(this)),
      m_results(new QListView(this)), m_model(new QStandardItemModel(this)),
      m_status(new QLabel(this)), m_typingPause(new QTimer(this))
{
    setObjectName(u"messageSearchPanel"_s);
    m_edit->setObjectName(u"messageSearchEdit"_s);
    m_edit->setAccessibleName(tr("Search messages"));
    m_edit->setPlaceholderText(showConversation ? tr("Search all conversations")
                                                : tr("Search this conversation"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_results->setObjectName(u"messageSearchResults"_s);
    m_results->setAccessibleName(tr("Messages found"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setWordWrap(true);
    m_status->setObjectName(u"messageSearchStatus"_s);
    m_status->setEnabled(false);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_edit, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &MessageSearchPanel::requestSearch);
    connect(m_typingPause, &QTimer::timeout, this, &MessageSearchPanel::requestSearch);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT resultActivated(index.data(ConversationRole).toString(),
                               index.data(RowIdRole).toLongLong());
    });
    clear();
}

QString MessageSearchPanel::query() const
{
    return m_edit->text().trimmed();
}

void MessageSearchPanel::requestSearch()
{
    m_typingPause->stop();
    const QString text = query();
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_status->setText(tr("Searching…"));
    Q_EMIT searchRequested(text);
}

void MessageSearchPanel::clear()
{
    m_model->clear();
    m_status->setText(tr("Type to search, Enter to search now."));
}

void MessageSearchPanel::setResults(const QString &query, const QList<MessageSearchResult> &results)
{
    if (query != this->query())
        return; // the user has typed on; a newer search follows
    m_model->clear();
    for (const MessageSearchResult &result : results) {
        QStringList header;
        if (m_showConversation)
            header.append(result.conversationName);
        if (!result.senderName.isEmpty() && result.senderName != result.conversationName)
            header.append(result.senderName);
        header.append(ChatTexts::fullTimestamp(result.timestamp));
        const QString headerText = header.join(u" · "_s);
        const QString snippet = QTextDocumentFragment::fromHtml(result.snippetHtml).toPlainText();
        auto *item = new QStandardItem(
            tr("%1: %2", "search result: header: snippet").arg(headerText, snippet));
        item->setData(result.conversation, ConversationRole);
        item->setData(result.rowId, RowIdRole);
        item->setData(result.snippetHtml, SnippetRole);
        item->setData(headerText, HeaderRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_status->setText(results.isEmpty() ? tr("No messages found.")
                                        : tr("%n message(s) found.", nullptr, int(results.size())));
}

void MessageSearchPanel::setError(const QString &sentence)
{
    m_model->clear();
    m_status->setText(sentence);
}

void MessageSearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool MessageSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closeRequested();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Linnet
