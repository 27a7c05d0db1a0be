#include "stream/IqRouter.h"

#include "Logging.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

IqRouter::IqRouter(XmppStream *stream) : QObject(stream), m_stream(stream) {}

QString IqRouter::key(QStringView type, QStringView name, QStringView namespaceUri)
{
    return type + u' ' + namespaceUri + u' ' + name;
}

void IqRouter::addHandler(const QString &type, const QString &name, const QString &namespaceUri,
                          Handler handler)
{
    m_handlers.insert(key(type, name, namespaceUri), std::move(handler));
}

void IqRouter::removeHandler(const QString &type, const QString &name, const QString &namespaceUri)
{
    m_handlers.remove(key(type, name, namespaceUri));
}

bool IqRouter::handleRequest(const Element &iq)
{
    const QString type = iq.attribute(u"type");
    if (type != u"get" && type != u"set")
        return false;
    // A get/set carries exactly one payload child (RFC 6120 §8.2.3).
    if (iq.children().size() != 1) {
        m_stream->send(errorFor(
            iq, StanzaError::make(StanzaErrorType::Modify, StanzaErrorCondition::BadRequest)));
        return true;
    }
    const Element &payload = iq.children().constFirst();
    const auto handler = m_handlers.constFind(key(type, payload.name(), payload.namespaceUri()));
    if (handler == m_handlers.constEnd()) {
        qCDebug(lcStream) << "No handler for" << type << payload.namespaceUri() << payload.name();
        m_stream->send(errorFor(iq, StanzaError::make(StanzaErrorType::Cancel,
                                                      StanzaErrorCondition::ServiceUnavailable)));
        return true;
    }
    const IqAnswer answer = (*handler)(iq);
    m_stream->send(answer.error ? errorFor(iq, *answer.error) : resultFor(iq, answer.payload));
    return true;
}

static Element replySkeleton(const Element &requestIq, const QString &type)
{
    Element reply(u"iq"_s, ns::Client.toString());
    reply.setAttribute(u"type"_s, type);
    reply.setAttribute(u"id"_s, requestIq.attribute(u"id"));
    const QString from = requestIq.attribute(u"from");
    if (!from.isEmpty())
        reply.setAttribute(u"to"_s, from);
    return reply;
}

Element IqRouter::resultFor(const Element &requestIq, const Element &payload)
{
    Element reply = replySkeleton(requestIq, u"result"_s);
    if (!payload.isNull())
        reply.appendChild(payload);
    return reply;
}

Element IqRouter::errorFor(const Element &requestIq, const StanzaError &error)
{
    Element reply = replySkeleton(requestIq, u"error"_s);
    for (const Element &child : requestIq.children())
        reply.appendChild(child);
    reply.appendChild(error.toElement());
    return reply;
}

} // namespace Linnet
