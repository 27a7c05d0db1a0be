#pragma once

#include <QDateTime>
#include <QString>

namespace Linnet {

// One piece of traffic as the XML console shows it: already redacted and pretty-printed.
struct ConsoleEntry
{
    enum class Direction { Incoming, Outgoing };
    enum class Kind { Message, Presence, Iq, Other };

    Direction direction = Direction::Incoming;
    Kind kind = Kind::Other;
    QDateTime time;
    QString from; // the stanza's from attribute, or empty
    QString to;   // the stanza's to attribute, or empty
    QString name; // the top-level element's name, e.g. "iq", "r", "stream:stream"
    QString type; // the type attribute, or empty
    QString xml;  // pretty-printed, with passwords and SASL data replaced by [hidden]
};

} // namespace Linnet
