#include "xml/StreamWriter.h"

#include "Logging.h"
#include "xml/namespaces.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Linnet {

QByteArray StreamWriter::openStream(const QString &to, const QString &from, const QString &lang)
{
    // The whole opening tag comes from QXmlStreamWriter, so it escapes the attribute values
    // and declares the namespaces. The writer completes a start tag with '>' as soon as content
    // follows, so writing empty characters closes the tag; the writer is then dropped without
    // writeEndElement(), which leaves <stream:stream> open for the stanzas that follow.
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.writeStartDocument(u"1.0"_s);
    writer.writeNamespace(ns::Stream.toString(), u"stream"_s);
    writer.writeStartElement(ns::Stream.toString(), u"stream"_s);
    writer.writeDefaultNamespace(ns::Client.toString());
    if (!from.isEmpty())
        writer.writeAttribute(u"from"_s, from);
    writer.writeAttribute(u"to"_s, to);
    writer.writeAttribute(u"version"_s, u"1.0"_s);
    if (!lang.isEmpty())
        writer.writeAttribute(ns::Xml.toString(), u"lang"_s, lang);
    writer.writeCharacters(QString());
    if (writer.hasError()) {
        qCWarning(lcXml) << "cannot write a stream header to" << to;
        return QByteArray();
    }
    return bytes;
}

QByteArray StreamWriter::closeStream()
{
    // A fixed tag with nothing to escape, matching the prefix openStream() declares.
    return QByteArrayLiteral("</stream:stream>");
}

QByteArray StreamWriter::serialize(const Element &element)
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    element.write(writer, ns::Client);
    if (writer.hasError()) {
        qCWarning(lcXml) << "cannot serialise element" << element.name();
        return QByteArray();
    }
    return bytes;
}

} // namespace Linnet
