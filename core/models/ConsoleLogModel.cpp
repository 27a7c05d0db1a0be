#include "models/ConsoleLogModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Linnet {

ConsoleLogModel::ConsoleLogModel(QObject *parent) : QAbstractListModel(parent) {}

void ConsoleLogModel::append(const ConsoleEntry &entry)
{
    if (m_paused) {
        m_pending.append(entry);
        if (m_pending.size() > m_maxEntries)
            m_pending.remove(0, m_pending.size() - m_maxEntries);
        Q_EMIT pendingCountChanged(int(m_pending.size()));
        return;
    }
    appendRows({entry});
}

void ConsoleLogModel::appendRows(const QList<ConsoleEntry> &entries)
{
    if (entries.isEmpty())
        return;
    // Only the newest maxEntries can stay, so older ones of a large batch are never inserted.
    const qsizetype skip = qMax<qsizetype>(0, entries.size() - m_maxEntries);
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size() - skip) - 1);
    m_entries.append(entries.mid(skip));
    endInsertRows();
    trim();
}

void ConsoleLogModel::trim()
{
    const int excess = int(m_entries.size()) - m_maxEntries;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_entries.remove(0, excess);
    endRemoveRows();
}

void ConsoleLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        Q_EMIT pendingCountChanged(0);
    }
}

void ConsoleLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        const QList<ConsoleEntry> pending = std::exchange(m_pending, {});
        appendRows(pending);
        Q_EMIT pendingCountChanged(0);
    }
    Q_EMIT pausedChanged(paused);
}

void ConsoleLogModel::setMaxEntries(int max)
{
    m_maxEntries = qMax(1, max);
    trim();
}

QString ConsoleLogModel::headerFor(const ConsoleEntry &entry)
{
    const bool incoming = entry.direction == ConsoleEntry::Direction::Incoming;
    // The arrows lead every header (the console's highlighter relies on them).
    QString header = (incoming ? u"← "_s + tr("received") : u"→ "_s + tr("sent")) + u"  "_s +
                     QLocale().toString(entry.time.time(), u"HH:mm:ss.zzz"_s);
    QString what = entry.name;
    if (!entry.type.isEmpty())
        what += u" "_s + entry.type;
    if (!what.isEmpty())
        header += u"  "_s + what;
    if (!entry.from.isEmpty())
        header += u"  "_s + tr("from %1").arg(entry.from);
    if (!entry.to.isEmpty())
        header += u"  "_s + tr("to %1").arg(entry.to);
    return header;
}

int ConsoleLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConsoleLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsoleEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(headerFor(entry) + u"\n"_s + entry.xml);
    case DirectionRole:
        return int(entry.direction);
    case KindRole:
        return int(entry.kind);
    case TimeRole:
        return entry.time;
    case FromRole:
        return entry.from;
    case ToRole:
        return entry.to;
    case NameRole:
        return entry.name;
    case HeaderRole:
        return headerFor(entry);
    case XmlRole:
        return entry.xml;
    }
    return {};
}

QHash<int, QByteArray> ConsoleLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DirectionRole, "direction");
    names.insert(KindRole, "kind");
    names.insert(TimeRole, "time");
    names.insert(FromRole, "from");
    names.insert(ToRole, "to");
    names.insert(NameRole, "name");
    names.insert(HeaderRole, "header");
    names.insert(XmlRole, "xml");
    return names;
}

ConsoleFilterProxy::ConsoleFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void ConsoleFilterProxy::setKindShown(ConsoleEntry::Kind kind, bool shown)
{
    const unsigned bit = 1u << unsigned(kind);
    const unsigned hidden = shown ? (m_hiddenKinds & ~bit) : (m_hiddenKinds | bit);
    if (hidden == m_hiddenKinds)
        return;
    m_hiddenKinds = hidden;
    invalidateFilter();
}

bool ConsoleFilterProxy::isKindShown(ConsoleEntry::Kind kind) const
{
    return !(m_hiddenKinds & (1u << unsigned(kind)));
}

void ConsoleFilterProxy::setJidFilter(const QString &text)
{
    if (text.trimmed() == m_jid)
        return;
    m_jid = text.trimmed();
    invalidateFilter();
}

void ConsoleFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

bool ConsoleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = ConsoleEntry::Kind(index.data(ConsoleLogModel::KindRole).toInt());
    if (!isKindShown(kind))
        return false;
    if (!m_jid.isEmpty()) {
        const bool matches =
            index.data(ConsoleLogModel::FromRole).toString().contains(m_jid, Qt::CaseInsensitive) ||
            index.data(ConsoleLogModel::ToRole).toString().contains(m_jid, Qt::CaseInsensitive);
        if (!matches)
            return false;
    }
    if (!m_search.isEmpty() &&
        !index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Linnet
