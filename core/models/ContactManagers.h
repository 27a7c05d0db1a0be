#pragma once

namespace Linnet {

class Blocking;
class CapsManager;
class PresenceManager;
class Roster;
class Subscriptions;

// The managers a contact list works with, as an account (or a test, or the CLI) owns them.
// None is owned here; roster and presence are needed, the others may be null.
struct ContactManagers
{
    Roster *roster = nullptr;
    PresenceManager *presence = nullptr;
    Subscriptions *subscriptions = nullptr;
    Blocking *blocking = nullptr;
    CapsManager *caps = nullptr;

    bool isValid() const { return roster && presence; }
};

} // namespace Linnet
