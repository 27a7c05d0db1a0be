#pragma once

#include "xml/Element.h"

#include <QCoreApplication>
#include <QString>

namespace Linnet {

// Raw XML the user typed in the console, checked before it goes out: well-formed, one
// element, and a stanza (message, presence or iq) a session can carry.
struct RawStanza
{
    Q_DECLARE_TR_FUNCTIONS(Linnet::RawStanza)
public:
    Element stanza; // in jabber:client when ok
    QString error;  // why it cannot be sent, in words; empty when ok

    bool ok() const { return error.isEmpty() && !stanza.isNull(); }

    static RawStanza parse(const QString &text);
};

} // namespace Linnet
