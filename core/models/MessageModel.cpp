#include "models/MessageModel.h"

#include "models/FutureResult.h"
#include "storage/HistoryStore.h"

#include <QScopedValueRollback>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

constexpr qint64 GroupGapMs = 5 * 60 * 1000;

std::pair<qint64, qint64> keyOf(const HistoryMessage &message)
{
    return {message.timestamp.toMSecsSinceEpoch(), message.rowId};
}

bool sortsBefore(const HistoryMessage &a, const HistoryMessage &b)
{
    return keyOf(a) < keyOf(b);
}

// Who a run of messages is from: us; a room occupant by nick; a contact by bare JID (its
// resources may change within one conversation).
QString senderKey(const HistoryMessage &message)
{
    if (message.isOwn())
        return {};
    if (message.type == MessageType::Groupchat)
        return message.senderJid + u'\n' + message.senderName;
    const qsizetype slash = message.senderJid.indexOf(u'/');
    return u'\n' + (slash < 0 ? message.senderJid : message.senderJid.left(slash));
}

} // namespace

MessageModel::MessageModel(HistoryStore &store, const QString &conversation, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_conversation(conversation)
{
    connect(&m_store, &HistoryStore::messagesAdded, this, &MessageModel::onMessagesAdded);
    connect(&m_store, &HistoryStore::messageChanged, this, &MessageModel::onMessageChanged);
    connect(&m_store, &HistoryStore::messageMoved, this, &MessageModel::onMessageMoved);
    requestPage();
}

void MessageModel::requestPage()
{
    m_fetching = true;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constFirst().rowId;
    onResult(m_store.page(m_conversation, before, PageSize), this,
             [this](const QList<HistoryMessage> &page) { onPage(page); });
}

void MessageModel::onPage(const QList<HistoryMessage> &page)
{
    m_fetching = false;
    const bool first = !m_loaded;
    m_loaded = true;
    // Views (and the model tester) call fetchMore from the insert signals: not before this
    // page and what came meanwhile are in.
    const QScopedValueRollback applying(m_applyingPage, true);
    const bool exhausted = page.size() < PageSize;
    if (exhausted)
        m_atStart = true;
    insertSorted(page);
    for (const QList<HistoryMessage> gone = std::exchange(m_movedAwayMeanwhile, {});
         const HistoryMessage &message : gone)
        removeShown(message);
    onMessagesAdded(std::exchange(m_addedMeanwhile, {}));
    for (const QList<HistoryMessage> changed = std::exchange(m_changedMeanwhile, {});
         const HistoryMessage &message : changed)
        onMessageChanged(message);
    if (first)
        Q_EMIT loaded();
    if (exhausted && m_atStart)
        Q_EMIT olderHistoryWanted(m_conversation);
}

void MessageModel::onMessagesAdded(const QList<HistoryMessage> &messages)
{
    QList<HistoryMessage> mine;
    for (const HistoryMessage &message : messages) {
        if (message.conversation == m_conversation)
            mine.append(message);
    }
    if (mine.isEmpty())
        return;
    if (m_fetching)
        m_addedMeanwhile.append(mine);
    if (!m_loaded)
        return;
    QList<HistoryMessage> toInsert;
    bool older = false;
    for (const HistoryMessage &message : std::as_const(mine)) {
        if (!m_rows.isEmpty() && sortsBefore(message, m_rows.constFirst())) {
            // Older than the window: a later page brings it, unless the window starts at the
            // beginning of the stored history already.
            if (!m_atStart)
                continue;
            older = true;
        }
        toInsert.append(message);
    }
    insertSorted(toInsert);
    if (older)
        m_atStart = false; // there may be more of them: fetchMore looks again
}

void MessageModel::onMessageChanged(const HistoryMessage &message)
{
    if (message.conversation != m_conversation)
        return;
    if (m_fetching)
        m_changedMeanwhile.append(message);
    const int row = lowerBound(message);
    if (row >= m_rows.size() || m_rows.at(row).rowId != message.rowId)
        return;
    m_rows[row] = message;
    Q_EMIT dataChanged(index(row), index(row));
}

void MessageModel::onMessageMoved(const HistoryMessage &from, const HistoryMessage &to)
{
    if (from.conversation != m_conversation)
        return;
    if (m_fetching)
        m_movedAwayMeanwhile.append(from);
    removeShown(from);
    onMessagesAdded({to});
}

void MessageModel::removeShown(const HistoryMessage &message)
{
    const int row = lowerBound(message);
    if (row >= m_rows.size() || m_rows.at(row).rowId != message.rowId)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    // The row that followed has a new neighbour: its header and day separator may change.
    if (row < m_rows.size())
        Q_EMIT dataChanged(index(row), index(row), {FirstInGroupRole, NewDayRole});
}

int MessageModel::lowerBound(const HistoryMessage &message) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), message, sortsBefore) -
               m_rows.cbegin());
}

void MessageModel::insertSorted(QList<HistoryMessage> messages)
{
    std::sort(messages.begin(), messages.end(), sortsBefore);
    qsizetype i = 0;
    while (i < messages.size()) {
        const int row = lowerBound(messages.at(i));
        const bool hasNext = row < m_rows.size();
        if (hasNext && m_rows.at(row).rowId == messages.at(i).rowId) {
            ++i; // here already
            continue;
        }
        // The run of new messages that all go before the row now at row.
        QList<HistoryMessage> run;
        while (i < messages.size() && (!hasNext || sortsBefore(messages.at(i), m_rows.at(row)))) {
            if (run.isEmpty() || run.constLast().rowId != messages.at(i).rowId)
                run.append(messages.at(i));
            ++i;
        }
        beginInsertRows({}, row, row + int(run.size()) - 1);
        if (row == 0) { // an older page: QList keeps room at the front
            for (qsizetype k = run.size() - 1; k >= 0; --k)
                m_rows.prepend(std::move(run[k]));
        } else if (row == m_rows.size()) {
            m_rows.append(std::move(run));
        } else {
            m_rows = m_rows.first(row) + run + m_rows.sliced(row);
        }
        endInsertRows();
        // The row after the run has a new neighbour: its header and day separator may go.
        if (hasNext) {
            const QModelIndex next = index(row + int(run.size()));
            Q_EMIT dataChanged(next, next, {FirstInGroupRole, NewDayRole});
        }
    }
}

int MessageModel::rowOf(qint64 rowId) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).rowId == rowId)
            return row;
    }
    return -1;
}

bool MessageModel::isNewDay(int row) const
{
    if (row == 0)
        return true;
    return m_rows.at(row - 1).timestamp.toLocalTime().date() !=
           m_rows.at(row).timestamp.toLocalTime().date();
}

bool MessageModel::isFirstInGroup(int row) const
{
    if (row == 0 || isNewDay(row))
        return true;
    const HistoryMessage &previous = m_rows.at(row - 1);
    const HistoryMessage &current = m_rows.at(row);
    return senderKey(previous) != senderKey(current) ||
           previous.timestamp.msecsTo(current.timestamp) > GroupGapMs;
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryMessage &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case RowIdRole:
        return m.rowId;
    case SenderJidRole:
        return m.senderJid;
    case SenderNameRole:
        return m.senderName;
    case OwnRole:
        return m.isOwn();
    case TimestampRole:
        return m.timestamp;
    case DeliveryStateRole:
        return int(m.state);
    case EditedRole:
        return m.edited;
    case ErrorTextRole:
        return m.errorText;
    case TypeRole:
        return int(m.type);
    case FirstInGroupRole:
        return isFirstInGroup(index.row());
    case NewDayRole:
        return isNewDay(index.row());
    case MessageIdRole:
        return m.messageId;
    case OriginalBodyRole:
        return m.originalBody;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QHash<int, QByteArray>{
        {RowIdRole, "rowId"},
        {BodyRole, "body"},
        {SenderJidRole, "senderJid"},
        {SenderNameRole, "senderName"},
        {OwnRole, "own"},
        {TimestampRole, "timestamp"},
        {DeliveryStateRole, "deliveryState"},
        {EditedRole, "edited"},
        {ErrorTextRole, "errorText"},
        {TypeRole, "type"},
        {FirstInGroupRole, "firstInGroup"},
        {NewDayRole, "newDay"},
        {MessageIdRole, "messageId"},
        {OriginalBodyRole, "originalBody"},
    });
    return names;
}

bool MessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_fetching && !m_applyingPage && !m_atStart;
}

void MessageModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

} // namespace Linnet
