#include "models/ConversationListModel.h"

#include "im/DisplayText.h"
#include "models/FutureResult.h"
#include "storage/HistoryStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

// The most recent first; conversations without a message last; ties by JID.
bool sortsBefore(const ConversationSummary &a, const ConversationSummary &b)
{
    const qint64 ta = a.lastTimestamp.isValid() ? a.lastTimestamp.toMSecsSinceEpoch() : -1;
    const qint64 tb = b.lastTimestamp.isValid() ? b.lastTimestamp.toMSecsSinceEpoch() : -1;
    if (ta != tb)
        return ta > tb;
    return a.jid < b.jid;
}

} // namespace

ConversationListModel::ConversationListModel(HistoryStore &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    connect(&m_store, &HistoryStore::conversationChanged, this,
            &ConversationListModel::onConversationChanged);
    onResult(m_store.conversations(), this,
             [this](const QList<ConversationSummary> &summaries) { onLoaded(summaries); });
}

void ConversationListModel::setNameResolver(NameResolver resolver)
{
    m_names = std::move(resolver);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, NameRole});
}

void ConversationListModel::onLoaded(QList<ConversationSummary> summaries)
{
    m_loaded = true;
    if (m_rows.isEmpty() && !summaries.isEmpty()) {
        std::sort(summaries.begin(), summaries.end(), sortsBefore);
        beginInsertRows({}, 0, int(summaries.size()) - 1);
        m_rows = summaries;
        endInsertRows();
        for (const ConversationSummary &summary : std::as_const(m_rows)) {
            if (summary.unreadCount != 0)
                Q_EMIT unreadChanged(summary.jid, summary.unreadCount);
        }
    } else {
        for (const ConversationSummary &summary : std::as_const(summaries))
            apply(summary);
    }
    // The list may have been read before or after these: applying them again converges.
    for (const ConversationSummary &summary : std::exchange(m_changedWhileLoading, {}))
        apply(summary);
}

void ConversationListModel::onConversationChanged(const ConversationSummary &summary)
{
    if (!m_loaded)
        m_changedWhileLoading.append(summary);
    else
        apply(summary);
}

void ConversationListModel::apply(const ConversationSummary &summary)
{
    const int row = rowOf(summary.jid);
    const int oldUnread = row < 0 ? 0 : m_rows.at(row).unreadCount;
    // Where it goes among the other rows (which stay in order among themselves).
    int target = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != row && sortsBefore(m_rows.at(i), summary))
            ++target;
    }
    if (row < 0) {
        beginInsertRows({}, target, target);
        m_rows.insert(target, summary);
        endInsertRows();
    } else {
        if (target != row) {
            beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
            m_rows.move(row, target);
            endMoveRows();
        }
        m_rows[target] = summary;
        Q_EMIT dataChanged(index(target), index(target));
    }
    if (summary.unreadCount != oldUnread)
        Q_EMIT unreadChanged(summary.jid, summary.unreadCount);
}

int ConversationListModel::unreadCount(const QString &jid) const
{
    const int row = rowOf(jid);
    return row < 0 ? 0 : m_rows.at(row).unreadCount;
}

int ConversationListModel::totalUnread() const
{
    int total = 0;
    for (const ConversationSummary &summary : m_rows)
        total += summary.unreadCount;
    return total;
}

int ConversationListModel::rowOf(const QString &jid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).jid == jid)
            return row;
    }
    return -1;
}

QString ConversationListModel::nameOf(const QString &jid) const
{
    const QString name = m_names ? safeDisplayName(m_names(jid)) : QString();
    return name.isEmpty() ? jid : name;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &summary = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return nameOf(summary.jid);
    case JidRole:
        return summary.jid;
    case LastBodyRole:
        return summary.lastBody;
    case LastTimestampRole:
        return summary.lastTimestamp;
    case LastOwnRole:
        return summary.lastDirection == MessageDirection::Outgoing;
    case UnreadCountRole:
        return summary.unreadCount;
    case TypeRole:
        return int(summary.type);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QHash<int, QByteArray>{
        {JidRole, "jid"},
        {NameRole, "name"},
        {LastBodyRole, "lastBody"},
        {LastTimestampRole, "lastTimestamp"},
        {LastOwnRole, "lastOwn"},
        {UnreadCountRole, "unreadCount"},
        {TypeRole, "type"},
    });
    return names;
}

} // namespace Linnet
