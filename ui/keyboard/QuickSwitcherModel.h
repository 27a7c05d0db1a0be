#pragma once

#include "SwitcherEntries.h"

#include <QAbstractListModel>

namespace Linnet {

// The quick switcher's rows: the entries that match the filter, in their order, and, when
// the filter is an address (user@domain) none of them has, a row to start a chat with it.
class QuickSwitcherModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        JidRole = Qt::UserRole + 1, // QString
        KindRole,                   // int (SwitcherEntry::Kind)
        UnreadRole,                 // int
    };
    Q_ENUM(Role)

    explicit QuickSwitcherModel(QObject *parent = nullptr);

    void setEntries(const QList<SwitcherEntry> &entries);
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    SwitcherEntry entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();

    QList<SwitcherEntry> m_entries;
    QList<SwitcherEntry> m_rows;
    QString m_filter;
};

} // namespace Linnet
