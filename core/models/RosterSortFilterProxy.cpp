#include "models/RosterSortFilterProxy.h"

#include "models/RosterModel.h"

namespace Linnet {

namespace {
RosterModel::Kind kindOf(const QModelIndex &index)
{
    return index.data(RosterModel::KindRole).value<RosterModel::Kind>();
}
} // namespace

RosterSortFilterProxy::RosterSortFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    sort(0);
}

void RosterSortFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

void RosterSortFilterProxy::setHideOffline(bool hide)
{
    if (hide == m_hideOffline)
        return;
    m_hideOffline = hide;
    invalidateFilter();
}

bool RosterSortFilterProxy::contactAccepted(const QModelIndex &contact) const
{
    if (m_hideOffline &&
        contact.data(RosterModel::StateRole).toInt() == int(RosterModel::State::Offline) &&
        !contact.data(RosterModel::IncomingRequestRole).toBool())
        return false;
    if (m_filterText.isEmpty())
        return true;
    for (const int role : {RosterModel::NameRole, RosterModel::JidRole, RosterModel::AccountRole}) {
        if (contact.data(role).toString().contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RosterSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Groups are never accepted for themselves: recursive filtering shows a group while one
    // of its contacts is accepted.
    if (!sourceParent.isValid())
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (kindOf(index) == RosterModel::Kind::Resource)
        return contactAccepted(sourceParent);
    return contactAccepted(index);
}

bool RosterSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (kindOf(left)) {
    case RosterModel::Kind::Group: {
        const bool leftDefault = left.data(RosterModel::DefaultGroupRole).toBool();
        const bool rightDefault = right.data(RosterModel::DefaultGroupRole).toBool();
        if (leftDefault != rightDefault)
            return rightDefault;
        break;
    }
    case RosterModel::Kind::Contact: {
        const int leftState = left.data(RosterModel::StateRole).toInt();
        const int rightState = right.data(RosterModel::StateRole).toInt();
        if (leftState != rightState)
            return leftState < rightState;
        break;
    }
    case RosterModel::Kind::Resource: {
        const int leftPriority = left.data(RosterModel::PriorityRole).toInt();
        const int rightPriority = right.data(RosterModel::PriorityRole).toInt();
        if (leftPriority != rightPriority)
            return leftPriority > rightPriority;
        break;
    }
    }
    const int byName = m_collator.compare(left.data(RosterModel::NameRole).toString(),
                                          right.data(RosterModel::NameRole).toString());
    if (byName != 0)
        return byName < 0;
    const QString leftAccount = left.data(RosterModel::AccountRole).toString();
    const QString rightAccount = right.data(RosterModel::AccountRole).toString();
    if (leftAccount != rightAccount)
        return leftAccount < rightAccount;
    return left.data(RosterModel::JidRole).toString() < right.data(RosterModel::JidRole).toString();
}

} // namespace Linnet
