#pragma once

#include <optional>

namespace Linnet {

// How long the user has not touched keyboard or mouse. Core knows no desktop: the desktop
// implementation lives with the application (app/linnet/idle/), tests use a fake.
class IdleSource
{
public:
    virtual ~IdleSource() = default;
    // False when the desktop cannot tell (no idle service); auto-away is then off.
    virtual bool isAvailable() const = 0;
    // Seconds since the last input, or nothing when unknown right now.
    virtual std::optional<int> idleSeconds() const = 0;
};

} // namespace Linnet
