#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Linnet {

// Sorts and filters a RosterModel for display: groups by name with the default group last,
// contacts by availability (chat, online, away, xa, dnd, offline) then name, then account,
// resources by priority then name. The filter text matches a contact's name, JID or account
// (case-insensitive); hide-offline hides offline contacts except those with a pending request
// to answer. A group shows while any of its contacts does.
class RosterSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RosterSortFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    bool hideOffline() const { return m_hideOffline; }
    void setHideOffline(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool contactAccepted(const QModelIndex &contact) const;

    QString m_filterText;
    bool m_hideOffline = false;
    QCollator m_collator;
};

} // namespace Linnet
