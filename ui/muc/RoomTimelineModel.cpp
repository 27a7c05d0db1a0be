#include "RoomTimelineModel.h"

#include "chat/MessageDelegate.h"
#include "models/MessageModel.h"
#include "muc/Mentions.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

RoomTimelineModel::RoomTimelineModel(MessageModel *messages, QObject *parent)
    : QAbstractListModel(parent), m_messages(messages)
{
    connect(messages, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(messages, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
    connect(messages, &QAbstractItemModel::dataChanged, this, &RoomTimelineModel::onDataChanged);
    connect(messages, &QAbstractItemModel::modelReset, this, &RoomTimelineModel::rebuild);
    connect(messages, &QAbstractItemModel::layoutChanged, this, &RoomTimelineModel::rebuild);
    connect(messages, &QAbstractItemModel::rowsMoved, this, &RoomTimelineModel::rebuild);
    rebuild();
}

RoomTimelineModel::~RoomTimelineModel() = default;

MessageModel *RoomTimelineModel::messages() const
{
    return m_messages;
}

bool RoomTimelineModel::mentions(const QString &body, const QString &nick)
{
    // The same rule as the notifications (MucManager::mentioned).
    return mentionsNick(body, nick);
}

void RoomTimelineModel::setOwnNick(const QString &nick)
{
    if (nick == m_nick)
        return;
    m_nick = nick;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {MessageDelegate::MentionRole});
}

QDateTime RoomTimelineModel::timeOf(const Row &row) const
{
    if (row.notice)
        return m_notices[size_t(row.index)].when;
    return m_messages->index(row.index).data(MessageModel::TimestampRole).toDateTime();
}

void RoomTimelineModel::addNotice(const QString &sentence, const QDateTime &when)
{
    const int noticeIndex = int(m_notices.size());
    m_notices.push_back({sentence, when, -1 - qint64(noticeIndex)});
    // After every row not later than it: notices usually go at the end.
    int position = int(m_rows.size());
    while (position > 0 && timeOf(m_rows[size_t(position - 1)]) > when)
        --position;
    beginInsertRows({}, position, position);
    m_rows.insert(m_rows.begin() + position, Row{true, noticeIndex});
    endInsertRows();
    neighbourChanged(position + 1);
}

QStringList RoomTimelineModel::notices() const
{
    QStringList sentences;
    for (const Row &row : m_rows) {
        if (row.notice)
            sentences.append(m_notices[size_t(row.index)].sentence);
    }
    return sentences;
}

void RoomTimelineModel::rebuild()
{
    beginResetModel();
    std::vector<Row> rows;
    const int count = m_messages ? m_messages->rowCount() : 0;
    rows.reserve(size_t(count) + m_notices.size());
    for (int i = 0; i < count; ++i)
        rows.push_back({false, i});
    m_rows = std::move(rows);
    for (int i = 0; i < int(m_notices.size()); ++i) {
        int position = int(m_rows.size());
        while (position > 0 && timeOf(m_rows[size_t(position - 1)]) > m_notices[size_t(i)].when)
            --position;
        m_rows.insert(m_rows.begin() + position, Row{true, i});
    }
    endResetModel();
}

int RoomTimelineModel::positionOfMessage(int sourceRow) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [sourceRow](const Row &row) {
        return !row.notice && row.index == sourceRow;
    });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void RoomTimelineModel::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    // Where the old neighbours are: the new run goes between them, after the notices between
    // them that are not later than its first message.
    int after = first > 0 ? positionOfMessage(first - 1) : -1;
    int before = positionOfMessage(first); // the old row at first, not yet shifted
    if (before < 0)
        before = int(m_rows.size());
    for (Row &row : m_rows) {
        if (!row.notice && row.index >= first)
            row.index += count;
    }
    const QDateTime firstTime =
        m_messages->index(first).data(MessageModel::TimestampRole).toDateTime();
    int position = after + 1;
    while (position < before && m_rows[size_t(position)].notice &&
           timeOf(m_rows[size_t(position)]) <= firstTime)
        ++position;
    beginInsertRows({}, position, position + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(m_rows.begin() + position + i, Row{false, first + i});
    endInsertRows();
    neighbourChanged(position + count);
}

void RoomTimelineModel::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const Row &entry = m_rows[size_t(row)];
        if (!entry.notice && entry.index >= first && entry.index <= last) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    for (Row &row : m_rows) {
        if (!row.notice && row.index > last)
            row.index -= count;
    }
}

void RoomTimelineModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    for (int source = topLeft.row(); source <= bottomRight.row(); ++source) {
        if (const int row = positionOfMessage(source); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), roles);
    }
}

bool RoomTimelineModel::isNewDay(int row) const
{
    const QDate day = timeOf(m_rows[size_t(row)]).toLocalTime().date();
    return row == 0 || timeOf(m_rows[size_t(row - 1)]).toLocalTime().date() != day;
}

void RoomTimelineModel::neighbourChanged(int row)
{
    if (row >= 0 && row < int(m_rows.size()))
        Q_EMIT dataChanged(index(row), index(row),
                           {MessageModel::FirstInGroupRole, MessageModel::NewDayRole});
}

int RoomTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoomTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || !m_messages)
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (row.notice) {
        const Notice &notice = m_notices[size_t(row.index)];
        switch (role) {
        case MessageDelegate::NoticeRole:
            return true;
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
        case MessageModel::BodyRole:
            return notice.sentence;
        case MessageModel::TimestampRole:
            return notice.when;
        case MessageModel::RowIdRole:
            return notice.id;
        case MessageModel::NewDayRole:
            return isNewDay(index.row());
        case MessageModel::OwnRole:
        case MessageModel::FirstInGroupRole:
        case MessageDelegate::MentionRole:
            return false;
        default:
            return {};
        }
    }
    const QModelIndex source = m_messages->index(row.index);
    switch (role) {
    case MessageDelegate::NoticeRole:
        return false;
    case MessageDelegate::MentionRole:
        return !source.data(MessageModel::OwnRole).toBool() &&
               mentions(source.data(MessageModel::BodyRole).toString(), m_nick);
    case MessageModel::NewDayRole:
        return isNewDay(index.row());
    case MessageModel::FirstInGroupRole:
        // After a notice line the sender is named again.
        if (index.row() > 0 && m_rows[size_t(index.row() - 1)].notice)
            return true;
        return source.data(role);
    default:
        return source.data(role);
    }
}

QHash<int, QByteArray> RoomTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = m_messages ? m_messages->roleNames() : QHash<int, QByteArray>();
    names.insert(MessageDelegate::NoticeRole, "notice");
    names.insert(MessageDelegate::MentionRole, "mention");
    return names;
}

} // namespace Linnet
