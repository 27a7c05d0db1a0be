#pragma once

#include "console/ConsoleEntry.h"

#include <QAbstractListModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace Linnet {

// The XML console's log: the latest entries (maxEntries; the oldest go first), newest last.
// While paused, new entries wait in a buffer (as bounded) and arrive together on resume.
class ConsoleLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxEntries = 5000;

    enum Role {
        DirectionRole = Qt::UserRole + 1, // ConsoleEntry::Direction (int)
        KindRole,                         // ConsoleEntry::Kind (int)
        TimeRole,                         // QDateTime
        FromRole,                         // QString
        ToRole,                           // QString
        NameRole,                         // QString: the element's name
        HeaderRole,                       // QString: one line: direction, time, kind, addresses
        XmlRole,                          // QString: pretty-printed, secrets hidden
    };
    Q_ENUM(Role)

    explicit ConsoleLogModel(QObject *parent = nullptr);

    void append(const ConsoleEntry &entry);
    void clear();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int pendingCount() const { return int(m_pending.size()); }

    void setMaxEntries(int max);
    int maxEntries() const { return m_maxEntries; }

    const ConsoleEntry &entryAt(int row) const { return m_entries.at(row); }
    static QString headerFor(const ConsoleEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void pausedChanged(bool paused);
    void pendingCountChanged(int count);

private:
    void appendRows(const QList<ConsoleEntry> &entries);
    void trim();

    QList<ConsoleEntry> m_entries;
    QList<ConsoleEntry> m_pending;
    int m_maxEntries = DefaultMaxEntries;
    bool m_paused = false;
};

// What the console shows of the log: the kinds ticked, entries whose from or to contains the
// address filter, and entries whose text contains the search text (both case-insensitive).
class ConsoleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConsoleFilterProxy(QObject *parent = nullptr);

    void setKindShown(ConsoleEntry::Kind kind, bool shown);
    bool isKindShown(ConsoleEntry::Kind kind) const;
    void setJidFilter(const QString &text);
    QString jidFilter() const { return m_jid; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    unsigned m_hiddenKinds = 0; // bit per ConsoleEntry::Kind
    QString m_jid;
    QString m_search;
};

} // namespace Linnet
