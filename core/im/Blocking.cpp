#include "im/Blocking.h"

#include "Logging.h"
#include "im/PushOrigin.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linnet {

static QList<Jid> itemJids(const Element &element)
{
    QList<Jid> jids;
    for (const Element &item : element.childrenNamed(u"item", ns::Blocking)) {
        const Jid jid = Jid::parse(item.attribute(u"jid"));
        if (jid.isValid())
            jids.append(jid);
    }
    return jids;
}

Blocking::Blocking(XmppStream &stream, QObject *parent) : QObject(parent), m_stream(&stream)
{
    for (const QString &name : {u"block"_s, u"unblock"_s}) {
        stream.iqRouter().addHandler(u"set"_s, name, ns::Blocking.toString(),
                                     [this](const Element &iq) { return handlePush(iq); });
    }
    connect(&stream, &XmppStream::onlineChanged, this, [this](bool online) {
        m_loaded = false;
        if (online)
            fetch();
    });
    // Already online: fetch from the event loop, like after onlineChanged.
    if (stream.isOnline()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_stream && m_stream->isOnline() && !m_loaded)
                    fetch();
            },
            Qt::QueuedConnection);
    }
}

Blocking::~Blocking()
{
    if (!m_stream)
        return;
    for (const QString &name : {u"block"_s, u"unblock"_s})
        m_stream->iqRouter().removeHandler(u"set"_s, name, ns::Blocking.toString());
}

bool Blocking::isBlocked(const Jid &jid) const
{
    if (!jid.isValid() || m_blocked.isEmpty())
        return false;
    if (m_blocked.contains(jid) || m_blocked.contains(jid.bare()))
        return true;
    if (jid.isFull() && m_blocked.contains(Jid::fromParts({}, jid.domain(), jid.resource())))
        return true;
    // The domain and each parent domain: blocking a domain blocks its subdomains.
    QStringView domain = jid.domain();
    while (!domain.isEmpty()) {
        if (m_blocked.contains(Jid::fromParts({}, domain)))
            return true;
        const qsizetype dot = domain.indexOf(u'.');
        if (dot < 0)
            break;
        domain = domain.mid(dot + 1);
    }
    return false;
}

void Blocking::fetch()
{
    if (!m_stream)
        return;
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.addChild(u"blocklist"_s, ns::Blocking.toString());
    m_stream->sendIq(iq, [self = QPointer(this)](const IqResponse &response) {
        if (self)
            self->onFetched(response);
    });
}

void Blocking::onFetched(const IqResponse &response)
{
    if (!response.ok()) {
        qCWarning(lcIm) << "Blocklist fetch failed:" << response.sentence;
        Q_EMIT fetchFailed(response.sentence);
        return;
    }
    const Element blocklist = response.payload();
    const QList<Jid> jids = itemJids(blocklist);
    m_blocked = QSet<Jid>(jids.cbegin(), jids.cend());
    m_loaded = true;
    Q_EMIT changed();
    Q_EMIT loaded();
}

IqAnswer Blocking::handlePush(const Element &iq)
{
    if (!m_stream || !isPushFromOwnServer(iq, m_stream->boundJid())) {
        qCWarning(lcIm) << "Ignoring a blocklist push from" << iq.attribute(u"from")
                        << ": only the account's server may change the blocklist";
        return IqAnswer::failure(
            StanzaError::make(StanzaErrorType::Cancel, StanzaErrorCondition::ServiceUnavailable));
    }
    const Element command = iq.children().constFirst();
    const QList<Jid> jids = itemJids(command);
    if (command.name() == u"block") {
        if (jids.isEmpty())
            return IqAnswer::failure(
                StanzaError::make(StanzaErrorType::Modify, StanzaErrorCondition::BadRequest));
        for (const Jid &jid : jids)
            m_blocked.insert(jid);
    } else if (command.childrenNamed(u"item", ns::Blocking).isEmpty()) {
        m_blocked.clear(); // an empty unblock unblocks everyone
    } else {
        for (const Jid &jid : jids)
            m_blocked.remove(jid);
    }
    Q_EMIT changed();
    return IqAnswer::result();
}

void Blocking::block(const QList<Jid> &jids, Callback callback)
{
    sendCommand(u"block"_s, jids, std::move(callback));
}

void Blocking::unblock(const QList<Jid> &jids, Callback callback)
{
    sendCommand(u"unblock"_s, jids, std::move(callback));
}

void Blocking::unblockAll(Callback callback)
{
    sendCommand(u"unblock"_s, {}, std::move(callback));
}

void Blocking::sendCommand(const QString &command, const QList<Jid> &jids, Callback callback)
{
    bool valid = command == u"unblock" || !jids.isEmpty();
    for (const Jid &jid : jids)
        valid = valid && jid.isValid();
    if (!valid) {
        if (callback) {
            IqResponse response;
            response.outcome = IqResponse::Outcome::Error;
            response.error =
                StanzaError::make(StanzaErrorType::Modify, StanzaErrorCondition::JidMalformed);
            response.sentence =
                QCoreApplication::translate("Linnet", "This is not a valid address to block.");
            QMetaObject::invokeMethod(
                this, [callback = std::move(callback), response] { callback(response); },
                Qt::QueuedConnection);
        }
        return;
    }
    if (!m_stream)
        return;
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    Element &element = iq.addChild(command, ns::Blocking.toString());
    for (const Jid &jid : jids)
        element.addChild(u"item"_s, ns::Blocking.toString()).setAttribute(u"jid"_s, jid.full());
    m_stream->sendIq(iq, [callback = std::move(callback)](const IqResponse &response) {
        if (!response.ok())
            qCInfo(lcIm) << "Blocklist change refused:" << response.sentence;
        if (callback)
            callback(response);
    });
}

} // namespace Linnet
