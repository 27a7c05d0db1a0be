#include "console/ConsoleText.h"

#include "xml/ElementFromXml.h"
#include "xml/namespaces.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Linnet::ConsoleText {

namespace {

// The SASL elements that carry (encoded) credentials or proofs of them.
bool isSaslPayload(const Element &element)
{
    if (element.namespaceUri() != ns::Sasl)
        return false;
    const QString name = element.name();
    return name == u"auth" || name == u"response" || name == u"challenge" || name == u"success";
}

bool isSecretField(const Element &field)
{
    return field.attribute(u"type") == u"text-private" || field.attribute(u"var") == u"password";
}

Element redactedChild(const Element &element, bool secretValues)
{
    // Passwords appear under many namespaces (jabber:iq:register, jabber:iq:auth, MUC), so any
    // <password/> is hidden rather than a list that may miss one.
    const bool secret =
        element.name() == u"password" || isSaslPayload(element) ||
        (secretValues && element.name() == u"value" && element.namespaceUri() == ns::DataForms);
    Element copy(element.name(), element.namespaceUri(), element.attributes());
    if (!element.text().isEmpty())
        copy.setText(secret ? Hidden.toString() : element.text());
    const bool fieldIsSecret = element.is(u"field", ns::DataForms) && isSecretField(element);
    for (const Element &child : element.children()) {
        if (!secret)
            copy.appendChild(redactedChild(child, fieldIsSecret));
    }
    return copy;
}

bool looksSecret(const QString &text)
{
    return text.contains(u"password", Qt::CaseInsensitive) || text.contains(ns::Sasl) ||
           text.contains(u"text-private");
}

} // namespace

Element redacted(const Element &element)
{
    return element.isNull() ? element : redactedChild(element, false);
}

QString prettyPrint(const Element &element)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    element.write(writer, ns::Client);
    return xml.trimmed();
}

ConsoleEntry::Kind kindOf(const Element &element)
{
    if (element.namespaceUri() != ns::Client)
        return ConsoleEntry::Kind::Other;
    const QString name = element.name();
    if (name == u"message")
        return ConsoleEntry::Kind::Message;
    if (name == u"presence")
        return ConsoleEntry::Kind::Presence;
    if (name == u"iq")
        return ConsoleEntry::Kind::Iq;
    return ConsoleEntry::Kind::Other;
}

std::optional<ConsoleEntry> entryFor(ConsoleEntry::Direction direction, const QString &xml,
                                     const QDateTime &time)
{
    const QString trimmed = xml.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    ConsoleEntry entry;
    entry.direction = direction;
    entry.time = time;
    const Element element = elementFromXml(trimmed.toUtf8());
    if (element.isNull()) {
        // Stream headers and closing tags are not whole elements; they carry no secrets, but
        // anything else that did not parse is shown only when it cannot hold one.
        const bool streamTag = trimmed.contains(u"stream:stream");
        entry.name = streamTag ? u"stream:stream"_s : QString();
        entry.xml = streamTag || !looksSecret(trimmed) ? trimmed : Hidden.toString();
        return entry;
    }
    entry.kind = kindOf(element);
    entry.name = element.name();
    entry.type = element.attribute(u"type");
    entry.from = element.attribute(u"from");
    entry.to = element.attribute(u"to");
    entry.xml = prettyPrint(redacted(element));
    return entry;
}

} // namespace Linnet::ConsoleText
