#pragma once

#include "xml/Element.h"

#include <QByteArray>
#include <QString>

namespace Linnet {

// Produces the bytes of the client's side of an XMPP stream. Escaping is QXmlStreamWriter's.
class StreamWriter
{
public:
    // <?xml version="1.0" encoding="UTF-8"?><stream:stream xmlns:stream=… xmlns="jabber:client"
    // from=… to=… version="1.0" xml:lang=…> — left open. An empty from or lang is left out.
    static QByteArray openStream(const QString &to, const QString &from = QString(),
                                 const QString &lang = QStringLiteral("en"));
    static QByteArray closeStream();
    // A stanza or nonza written as a child of the stream (default namespace jabber:client).
    // Names are written as they are (QXmlStreamWriter does not check them): they must be XML
    // names. Empty if the writer reports an error.
    static QByteArray serialize(const Element &element);
};

} // namespace Linnet
