#include "im/Message.h"

#include "im/XmppDateTime.h"
#include "xml/namespaces.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

constexpr std::array<std::pair<MessageType, QStringView>, 5> typeNames{{
    {MessageType::Normal, u"normal"},
    {MessageType::Chat, u"chat"},
    {MessageType::Groupchat, u"groupchat"},
    {MessageType::Headline, u"headline"},
    {MessageType::Error, u"error"},
}};

constexpr std::array<std::pair<ChatState, QStringView>, 5> chatStateNames{{
    {ChatState::Active, u"active"},
    {ChatState::Composing, u"composing"},
    {ChatState::Paused, u"paused"},
    {ChatState::Inactive, u"inactive"},
    {ChatState::Gone, u"gone"},
}};

QString langOf(const Element &element)
{
    return element.attribute(ns::Xml, u"lang");
}

// RFC 6121 §5.2.3: the child in the stanza's own language (or without one) is the default;
// otherwise take the first rather than nothing.
QString localizedText(const Element &stanza, QStringView name, const QString &stanzaLang)
{
    const QList<Element> candidates = stanza.childrenNamed(name, ns::Client);
    if (candidates.isEmpty())
        return {};
    for (const Element &candidate : candidates) {
        const QString lang = langOf(candidate);
        if (lang.isEmpty() || lang.compare(stanzaLang, Qt::CaseInsensitive) == 0)
            return candidate.text();
    }
    return candidates.constFirst().text();
}

void readStanzaIds(const Element &stanza, Message &message)
{
    for (const Element &tag : stanza.childrenNamed(u"stanza-id", ns::StanzaId)) {
        const QString id = tag.attribute(u"id");
        const Jid by = Jid::parse(tag.attribute(u"by"));
        // XEP-0359 §4: both are required, and one entity sets at most one id per stanza.
        if (id.isEmpty() || !by.isValid() || !message.stanzaIdBy(by).isEmpty())
            continue;
        message.stanzaIds.append({id, by});
    }
}

void readMarkers(const Element &stanza, DeliveryMarkers &markers)
{
    markers.receiptRequested = !stanza.firstChild(u"request", ns::Receipts).isNull();
    markers.receivedId = stanza.firstChild(u"received", ns::Receipts).attribute(u"id");
    // A XEP-0333 <received/> says the same thing as a XEP-0184 receipt.
    if (markers.receivedId.isEmpty())
        markers.receivedId = stanza.firstChild(u"received", ns::ChatMarkers).attribute(u"id");
    markers.markable = !stanza.firstChild(u"markable", ns::ChatMarkers).isNull();
    markers.displayedId = stanza.firstChild(u"displayed", ns::ChatMarkers).attribute(u"id");
}

ChatState readChatState(const Element &stanza)
{
    for (const Element &child : stanza.children()) {
        if (child.namespaceUri() != ns::ChatStates)
            continue;
        const ChatState state = Message::chatStateFromName(child.name());
        if (state != ChatState::None)
            return state;
    }
    return ChatState::None;
}

Element &addTextChild(Element &parent, const QString &name, const QString &text)
{
    return parent.addChild(name, ns::Client.toString()).setText(text);
}

} // namespace

Message Message::fromElement(const Element &stanza)
{
    Message message;
    message.type = typeFromName(stanza.attribute(u"type"));
    message.from = Jid::parse(stanza.attribute(u"from"));
    message.to = Jid::parse(stanza.attribute(u"to"));
    message.id = stanza.attribute(u"id");
    message.lang = langOf(stanza);
    message.body = localizedText(stanza, u"body", message.lang);
    message.subject = localizedText(stanza, u"subject", message.lang);
    message.thread = stanza.childText(u"thread", ns::Client);

    message.originId = stanza.firstChild(u"origin-id", ns::StanzaId).attribute(u"id");
    readStanzaIds(stanza, message);

    const Element delay = stanza.firstChild(u"delay", ns::Delay);
    if (!delay.isNull())
        message.delayedAt = XmppDateTime::parse(delay.attribute(u"stamp"));

    message.chatState = readChatState(stanza);
    readMarkers(stanza, message.markers);
    message.replaceId = stanza.firstChild(u"replace", ns::MessageCorrect).attribute(u"id");

    if (message.type == MessageType::Error) {
        const Element error = stanza.firstChild(u"error", ns::Client);
        message.error = error.isNull() ? StanzaError{} : StanzaError::fromElement(error);
    }
    message.noStore = !stanza.firstChild(u"no-store", ns::ProcessingHints).isNull() ||
                      !stanza.firstChild(u"no-permanent-store", ns::ProcessingHints).isNull();
    return message;
}

Element Message::toElement() const
{
    Element stanza(u"message"_s, ns::Client.toString());
    if (type != MessageType::Normal)
        stanza.setAttribute(u"type"_s, typeName(type));
    if (from.isValid())
        stanza.setAttribute(u"from"_s, from.toString());
    if (to.isValid())
        stanza.setAttribute(u"to"_s, to.toString());
    if (!id.isEmpty())
        stanza.setAttribute(u"id"_s, id);
    if (!lang.isEmpty())
        stanza.setAttribute(ns::Xml.toString(), u"lang"_s, lang);

    if (!subject.isEmpty())
        addTextChild(stanza, u"subject"_s, subject);
    if (!body.isEmpty())
        addTextChild(stanza, u"body"_s, body);
    if (!thread.isEmpty())
        addTextChild(stanza, u"thread"_s, thread);

    if (chatState != ChatState::None)
        stanza.addChild(chatStateName(chatState), ns::ChatStates.toString());
    if (markers.receiptRequested)
        stanza.addChild(u"request"_s, ns::Receipts.toString());
    if (!markers.receivedId.isEmpty()) {
        stanza.addChild(u"received"_s, ns::Receipts.toString())
            .setAttribute(u"id"_s, markers.receivedId);
    }
    if (markers.markable)
        stanza.addChild(u"markable"_s, ns::ChatMarkers.toString());
    if (!markers.displayedId.isEmpty()) {
        stanza.addChild(u"displayed"_s, ns::ChatMarkers.toString())
            .setAttribute(u"id"_s, markers.displayedId);
    }
    if (!replaceId.isEmpty())
        stanza.addChild(u"replace"_s, ns::MessageCorrect.toString())
            .setAttribute(u"id"_s, replaceId);

    if (!originId.isEmpty())
        stanza.addChild(u"origin-id"_s, ns::StanzaId.toString()).setAttribute(u"id"_s, originId);
    for (const StanzaIdTag &tag : stanzaIds) {
        stanza.addChild(u"stanza-id"_s, ns::StanzaId.toString())
            .setAttribute(u"id"_s, tag.id)
            .setAttribute(u"by"_s, tag.by.toString());
    }
    if (delayedAt.isValid()) {
        stanza.addChild(u"delay"_s, ns::Delay.toString())
            .setAttribute(u"stamp"_s, XmppDateTime::format(delayedAt));
    }
    if (noStore)
        stanza.addChild(u"no-store"_s, ns::ProcessingHints.toString());
    if (type == MessageType::Error && error)
        stanza.appendChild(error->toElement());
    return stanza;
}

QString Message::stanzaIdBy(const Jid &by) const
{
    for (const StanzaIdTag &tag : stanzaIds) {
        if (tag.by == by)
            return tag.id;
    }
    return {};
}

QString Message::typeName(MessageType type)
{
    for (const auto &[value, name] : typeNames) {
        if (value == type)
            return name.toString();
    }
    return u"normal"_s;
}

MessageType Message::typeFromName(QStringView name)
{
    for (const auto &[value, typeName] : typeNames) {
        if (typeName == name)
            return value;
    }
    return MessageType::Normal; // RFC 6121 §5.2.2: absent or unknown means normal
}

QString Message::chatStateName(ChatState state)
{
    for (const auto &[value, name] : chatStateNames) {
        if (value == state)
            return name.toString();
    }
    return {};
}

ChatState Message::chatStateFromName(QStringView name)
{
    for (const auto &[value, stateName] : chatStateNames) {
        if (stateName == name)
            return value;
    }
    return ChatState::None;
}

} // namespace Linnet
