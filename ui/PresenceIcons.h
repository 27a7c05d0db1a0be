#pragma once

#include "models/RosterModel.h"

#include <QIcon>
#include <QString>

class QModelIndex;

namespace Linnet {

// The presence icons (resources/icons/presence-*.svg) and the words for each state.
namespace PresenceIcons {

QIcon forState(RosterModel::State state);
// Waiting for a subscription answer, either way.
QIcon pending();
// The icon a contact or resource row of a RosterModel shows.
QIcon forIndex(const QModelIndex &index);
// The icon's name, e.g. "away" or "pending" (for tests and accessibility).
QString nameForIndex(const QModelIndex &index);
// "Free for chat", "Online", "Away", "Extended away", "Do not disturb", "Offline".
QString label(RosterModel::State state);

} // namespace PresenceIcons
} // namespace Linnet
