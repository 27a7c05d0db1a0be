#include "PresenceIcons.h"

#include <QCoreApplication>
#include <QModelIndex>

using namespace Qt::StringLiterals;

namespace Linnet::PresenceIcons {

namespace {
QString stateName(RosterModel::State state)
{
    switch (state) {
    case RosterModel::State::Chat:
        return u"chat"_s;
    case RosterModel::State::Online:
        return u"online"_s;
    case RosterModel::State::Away:
        return u"away"_s;
    case RosterModel::State::Xa:
        return u"xa"_s;
    case RosterModel::State::Dnd:
        return u"dnd"_s;
    case RosterModel::State::Offline:
        break;
    }
    return u"offline"_s;
}

QIcon load(const QString &name)
{
    return QIcon(u":/icons/presence-%1.svg"_s.arg(name));
}
} // namespace

QIcon forState(RosterModel::State state)
{
    return load(stateName(state));
}

QIcon pending()
{
    return load(u"pending"_s);
}

QString nameForIndex(const QModelIndex &index)
{
    const auto state = RosterModel::State(index.data(RosterModel::StateRole).toInt());
    const bool waiting = index.data(RosterModel::OutgoingRequestRole).toBool() ||
                         index.data(RosterModel::IncomingRequestRole).toBool();
    if (state == RosterModel::State::Offline && waiting)
        return u"pending"_s;
    return stateName(state);
}

QIcon forIndex(const QModelIndex &index)
{
    return load(nameForIndex(index));
}

QString label(RosterModel::State state)
{
    switch (state) {
    case RosterModel::State::Chat:
        return QCoreApplication::translate("PresenceIcons", "Free for chat");
    case RosterModel::State::Online:
        return QCoreApplication::translate("PresenceIcons", "Online");
    case RosterModel::State::Away:
        return QCoreApplication::translate("PresenceIcons", "Away");
    case RosterModel::State::Xa:
        return QCoreApplication::translate("PresenceIcons", "Extended away");
    case RosterModel::State::Dnd:
        return QCoreApplication::translate("PresenceIcons", "Do not disturb");
    case RosterModel::State::Offline:
        break;
    }
    return QCoreApplication::translate("PresenceIcons", "Offline");
}

} // namespace Linnet::PresenceIcons
