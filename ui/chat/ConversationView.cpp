#include "ConversationView.h"

#include "ChatTexts.h"
#include "MessageDelegate.h"
#include "MessageRichText.h"
#include "models/MessageModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
// How many older pages revealMessage() pulls in before it gives up.
constexpr int MaxRevealFetches = 40;
// A press and release this close together is a click on a link, not a selection drag.
constexpr int ClickSlop = 4;
} // namespace

class ConversationView::NoAutoFetchProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};

ConversationView::ConversationView(QWidget *parent)
    : QListView(parent), m_proxy(new NoAutoFetchProxy(this)), m_delegate(new MessageDelegate(this))
{
    setObjectName(u"conversationView"_s);
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    setModel(m_proxy);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setMouseTracking(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalScrollBar()->setSingleStep(20);
    connect(this, &QWidget::customContextMenuRequested, this, &ConversationView::showContextMenu);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &ConversationView::restorePosition);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_adjusting)
            return;
        rememberPosition();
        fetchOlderIfAtTop();
    });
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &ConversationView::rememberPosition);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &ConversationView::rememberPosition);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        // Rows are laid out later; restore then too, in case the range did not change.
        QTimer::singleShot(0, this, &ConversationView::restorePosition);
        tryReveal();
    });
}

ConversationView::~ConversationView()
{
    m_proxy->setSourceModel(nullptr);
}

void ConversationView::setFontPointSize(int points)
{
    if (points == m_fontPointSize)
        return;
    m_fontPointSize = points;
    QFont font; // only the size is set: everything else still comes from the parent
    if (points > 0)
        font.setPointSize(points);
    setFont(font); // a font change lays the rows out again
}

void ConversationView::setCompactLayout(bool compact)
{
    if (compact == m_delegate->isCompact())
        return;
    m_delegate->setCompact(compact);
    scheduleDelayedItemsLayout();
    viewport()->update();
}

bool ConversationView::isCompactLayout() const
{
    return m_delegate->isCompact();
}

void ConversationView::setMessageModel(MessageModel *model)
{
    setTimeline(model, model);
}

void ConversationView::setTimeline(QAbstractItemModel *rows, MessageModel *model)
{
    if (m_messages)
        m_messages->disconnect(this);
    m_messages = model;
    m_proxy->setSourceModel(rows);
    m_stickToBottom = true;
    m_revealRowId = 0;
    if (model)
        connect(model, &MessageModel::loaded, this, &ConversationView::restorePosition);
}

MessageModel *ConversationView::messageModel() const
{
    return m_messages;
}

bool ConversationView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

void ConversationView::rememberPosition()
{
    m_stickToBottom = isAtBottom();
    m_anchor = indexAt(QPoint(viewport()->width() / 2, 1));
    m_anchorOffset = m_anchor.isValid() ? visualRect(m_anchor).top() : 0;
}

void ConversationView::restorePosition()
{
    if (m_adjusting)
        return;
    m_adjusting = true;
    // Lays pending rows out first: that changes the range, and the anchor's place with it.
    executeDelayedItemsLayout();
    QScrollBar *bar = verticalScrollBar();
    if (m_stickToBottom) {
        bar->setValue(bar->maximum());
    } else if (m_anchor.isValid()) {
        const int moved = visualRect(m_anchor).top() - m_anchorOffset;
        bar->setValue(bar->value() + moved);
    }
    m_adjusting = false;
    fetchOlderIfAtTop();
}

void ConversationView::fetchOlderIfAtTop()
{
    if (!m_messages || !m_messages->isLoaded() || !isVisible())
        return;
    if (verticalScrollBar()->value() > verticalScrollBar()->minimum())
        return;
    if (m_messages->canFetchMore({}))
        m_messages->fetchMore({});
}

void ConversationView::revealMessage(qint64 rowId)
{
    m_revealRowId = rowId;
    m_revealFetches = 0;
    tryReveal();
}

void ConversationView::tryReveal()
{
    if (!m_revealRowId || !m_messages)
        return;
    int row = m_messages->rowOf(m_revealRowId);
    if (row >= 0 && m_proxy->sourceModel() != m_messages) {
        const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), MessageModel::RowIdRole,
                                                     m_revealRowId, 1, Qt::MatchExactly);
        row = found.isEmpty() ? -1 : found.constFirst().row();
    }
    if (row >= 0) {
        m_revealRowId = 0;
        const QModelIndex index = m_proxy->index(row, 0);
        m_stickToBottom = false;
        setCurrentIndex(index);
        scrollTo(index, QAbstractItemView::PositionAtCenter);
        // The layout of the rows above may still change; aim again once it has.
        QTimer::singleShot(0, this, [this, target = QPersistentModelIndex(index)] {
            if (target.isValid()) {
                scrollTo(target, QAbstractItemView::PositionAtCenter);
                rememberPosition();
            }
        });
        return;
    }
    if (m_messages->isLoaded() && m_messages->canFetchMore({}) &&
        m_revealFetches++ < MaxRevealFetches) {
        m_messages->fetchMore({});
    }
}

QString ConversationView::selectedText() const
{
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (indexes.size() == 1)
        return indexes.constFirst().data(MessageModel::BodyRole).toString();
    QStringList lines;
    for (const QModelIndex &index : std::as_const(indexes)) {
        lines.append(
            tr("[%1] %2: %3", "copied message: [time] sender: text")
                .arg(ChatTexts::timeLabel(index.data(MessageModel::TimestampRole).toDateTime()),
                     m_delegate->senderName(index), index.data(MessageModel::BodyRole).toString()));
    }
    return lines.join(u'\n');
}

void ConversationView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QList<QAction *> ConversationView::actionsFor(const QModelIndex &index, const QString &link,
                                              QObject *parent)
{
    QList<QAction *> actions;
    auto *copy = new QAction(tr("&Copy Text"), parent);
    copy->setObjectName(u"copyTextAction"_s);
    connect(copy, &QAction::triggered, this, &ConversationView::copySelection);
    actions.append(copy);
    if (!link.isEmpty()) {
        auto *copyLink = new QAction(tr("Copy &Link Address"), parent);
        copyLink->setObjectName(u"copyLinkAction"_s);
        connect(copyLink, &QAction::triggered, this,
                [link] { QApplication::clipboard()->setText(link); });
        actions.append(copyLink);
    }
    if (index.data(MessageModel::OwnRole).toBool() &&
        DeliveryState(index.data(MessageModel::DeliveryStateRole).toInt()) ==
            DeliveryState::Failed) {
        auto *retry = new QAction(tr("&Retry"), parent);
        retry->setObjectName(u"retryAction"_s);
        const qint64 rowId = index.data(MessageModel::RowIdRole).toLongLong();
        connect(retry, &QAction::triggered, this, [this, rowId] { Q_EMIT retryRequested(rowId); });
        actions.append(retry);
    }
    return actions;
}

void ConversationView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return;
    if (!selectionModel()->isSelected(index))
        setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions(actionsFor(index, linkAt(pos), &menu));
    menu.exec(viewport()->mapToGlobal(pos));
}

QString ConversationView::linkAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->anchorAt(option, index, pos);
}

void ConversationView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    QListView::keyPressEvent(event);
}

void ConversationView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QListView::mousePressEvent(event);
}

void ConversationView::wheelEvent(QWheelEvent *event)
{
    QListView::wheelEvent(event);
    // At the top the scroll bar does not move, so it reports nothing.
    if (event->angleDelta().y() > 0)
        fetchOlderIfAtTop();
}

void ConversationView::mouseMoveEvent(QMouseEvent *event)
{
    if (linkAt(event->position().toPoint()).isEmpty())
        viewport()->unsetCursor();
    else
        viewport()->setCursor(Qt::PointingHandCursor);
    QListView::mouseMoveEvent(event);
}

void ConversationView::mouseReleaseEvent(QMouseEvent *event)
{
    QListView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || event->modifiers() != Qt::NoModifier)
        return;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() > ClickSlop)
        return;
    const QString link = linkAt(pos);
    const QUrl url(link);
    if (!link.isEmpty() && MessageRichText::isAllowedLink(url))
        Q_EMIT linkActivated(url);
}

} // namespace Linnet
