#include "stream/IqTracker.h"

#include "Logging.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Linnet {

Element IqResponse::payload() const
{
    return iq.children().isEmpty() ? Element() : iq.children().constFirst();
}

IqTracker::IqTracker(XmppStream *stream) : QObject(stream), m_stream(stream) {}

IqTracker::~IqTracker()
{
    for (auto &pending : m_pending)
        delete pending.timer;
}

QString IqTracker::makeId()
{
    // 96 random bits: unguessable, so a peer cannot answer a request it never saw.
    QByteArray bytes(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 3);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

QString IqTracker::request(Element iq, Callback callback, int timeoutMs)
{
    const QString id = makeId();
    iq.setAttribute(u"id"_s, id);
    Pending pending;
    const QString to = iq.attribute(u"to");
    if (!to.isEmpty())
        pending.to = Jid::parse(to);
    pending.callback = std::move(callback);
    pending.timer = new QTimer;
    pending.timer->setSingleShot(true);
    QObject::connect(pending.timer, &QTimer::timeout, this, [this, id] {
        IqResponse response;
        response.outcome = IqResponse::Outcome::Timeout;
        response.sentence = QCoreApplication::translate("Linnet", "No answer came in time.");
        finish(id, response);
    });
    m_pending.insert(id, std::move(pending));
    if (!m_stream->canSend()) {
        // Nothing would carry it, so no answer can come: say so now rather than after the
        // timeout (a catch-up waiting 30 s for a dropped query let live messages overtake it).
        // From the event loop, as every answer comes.
        QTimer::singleShot(0, this, [this, id] {
            IqResponse response;
            response.outcome = IqResponse::Outcome::Disconnected;
            response.sentence =
                QCoreApplication::translate("Linnet", "Not connected to the server.");
            finish(id, response);
        });
        return id;
    }
    m_pending[id].timer->start(timeoutMs);
    m_stream->send(iq);
    return id;
}

bool IqTracker::senderMatches(const Pending &pending, const QString &from) const
{
    const Jid self = m_stream->boundJid();
    if (from.isEmpty()) {
        // No 'from' means the server answered on behalf of our account.
        return !pending.to.isValid() || pending.to == self.bare() || pending.to == self;
    }
    const Jid sender = Jid::parse(from);
    if (!sender.isValid())
        return false;
    if (!pending.to.isValid())
        return sender == self.bare() || sender == self;
    return sender == pending.to;
}

bool IqTracker::handleResponse(const Element &iq)
{
    const QString id = iq.attribute(u"id");
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        qCInfo(lcStream) << "Ignoring an IQ reply nobody waits for, id" << id;
        return false;
    }
    if (!senderMatches(*it, iq.attribute(u"from"))) {
        qCWarning(lcStream) << "Ignoring an IQ reply from" << iq.attribute(u"from")
                            << "to a request sent to" << it->to.toString();
        return false;
    }
    IqResponse response;
    response.iq = iq;
    if (iq.attribute(u"type") == u"error") {
        response.outcome = IqResponse::Outcome::Error;
        response.error = StanzaError::fromElement(iq.firstChild(u"error", ns::Client));
        response.sentence = response.error.humanSentence();
    }
    finish(id, response);
    return true;
}

void IqTracker::failAll(IqResponse::Outcome outcome, const QString &sentence)
{
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids) {
        IqResponse response;
        response.outcome = outcome;
        response.sentence = sentence;
        finish(id, response);
    }
}

void IqTracker::finish(const QString &id, const IqResponse &response)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->stop();
    pending.timer->deleteLater();
    if (pending.callback)
        pending.callback(response);
}

} // namespace Linnet
