#pragma once

// The one machine-readable line every benchmark prints per figure, besides its own output:
//
//   FIGURE<TAB>name<TAB>value<TAB>unit<TAB>target
//
// name has no spaces (words joined by '.' and '_'); value is a plain decimal number; target is
// empty (no target) or a comparison and a number, "<50" or ">=0.5", in the figure's unit.
// tests/benchmarks/run-all.sh collects these lines into one table.
#include <QByteArray>
#include <cmath>
#include <cstdio>

namespace Linnet::Bench {

inline void printFigure(const char *name, double value, const char *unit, const char *target = "")
{
    const double rounded = std::round(value * 1000.0) / 1000.0;
    std::printf("FIGURE\t%s\t%.10g\t%s\t%s\n", name, rounded, unit, target);
    std::fflush(stdout);
}

inline void printFigure(const QByteArray &name, double value, const char *unit,
                        const char *target = "")
{
    printFigure(name.constData(), value, unit, target);
}

// A figure that could not be measured (the run failed or timed out): "nan" as the value.
inline void printMissingFigure(const char *name, const char *unit, const char *target = "")
{
    std::printf("FIGURE\t%s\tnan\t%s\t%s\n", name, unit, target);
    std::fflush(stdout);
}

inline void printMissingFigure(const QByteArray &name, const char *unit, const char *target = "")
{
    printMissingFigure(name.constData(), unit, target);
}

} // namespace Linnet::Bench
