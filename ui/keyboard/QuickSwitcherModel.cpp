#include "QuickSwitcherModel.h"

#include "im/Jid.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
// The typed text as the bare address of someone to chat with, or empty.
QString typedAddress(const QString &filter)
{
    const QString text = filter.trimmed();
    if (!text.contains(u'@') || text.contains(u' '))
        return {};
    const Jid jid = Jid::parse(text);
    if (!jid.isValid() || jid.local().isEmpty())
        return {};
    return jid.bareString();
}
} // namespace

QuickSwitcherModel::QuickSwitcherModel(QObject *parent) : QAbstractListModel(parent) {}

void QuickSwitcherModel::setEntries(const QList<SwitcherEntry> &entries)
{
    m_entries = entries;
    rebuild();
}

void QuickSwitcherModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void QuickSwitcherModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const SwitcherEntry &entry : std::as_const(m_entries)) {
        if (switcherEntryMatches(entry, m_filter))
            m_rows.append(entry);
    }
    const QString address = typedAddress(m_filter);
    const bool known =
        std::any_of(m_entries.cbegin(), m_entries.cend(), [&address](const SwitcherEntry &entry) {
            return entry.jid.compare(address, Qt::CaseInsensitive) == 0;
        });
    if (!address.isEmpty() && !known)
        m_rows.append({address, address, SwitcherEntry::Kind::NewAddress, 0});
    endResetModel();
}

SwitcherEntry QuickSwitcherModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : SwitcherEntry{};
}

int QuickSwitcherModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuickSwitcherModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SwitcherEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (entry.kind == SwitcherEntry::Kind::NewAddress)
            return tr("Chat with %1").arg(entry.jid);
        if (entry.unread > 0)
            return tr("%1 (%n unread)", nullptr, entry.unread).arg(entry.name);
        return entry.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (entry.kind == SwitcherEntry::Kind::Room)
            return tr("Group chat %1").arg(entry.jid);
        return entry.jid;
    case JidRole:
        return entry.jid;
    case KindRole:
        return int(entry.kind);
    case UnreadRole:
        return entry.unread;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuickSwitcherModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(JidRole, "jid");
    names.insert(KindRole, "kind");
    names.insert(UnreadRole, "unread");
    return names;
}

} // namespace Linnet
