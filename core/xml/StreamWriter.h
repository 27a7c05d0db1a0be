#pragma once

#include "xml/Element.h"

#include <QByteArray>
#include <QString>

namespace Linnet {

// Produces the bytes of the client's side of an XMPP stream. Escaping is QXmlStreamWriter's.
class StreamWriter
{
public:
    // <?xml version='1.0'?><stream:stream to=… version='1.0' xml:lang=… xmlns=jabber:client
    // xmlns:stream=…> — left open.
    static QByteArray openStream(const QString &to, const QString &from = QString(),
                                 const QString &lang = QStringLiteral("en"));
    static QByteArray closeStream();
    // A stanza or nonza written as a child of the stream (default namespace jabber:client).
    static QByteArray serialize(const Element &element);
};

} // namespace Linnet
