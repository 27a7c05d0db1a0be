#pragma once

#include "im/Jid.h"
#include "stream/StanzaError.h"
#include "xml/Element.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace Linnet {

class XmppStream;

// The answer to one IQ request: the result element, or an error as a value.
struct IqResponse
{
    enum class Outcome { Result, Error, Timeout, Disconnected };
    Outcome outcome = Outcome::Result;
    Element iq;        // the <iq type='result'/> or <iq type='error'/> received
    StanzaError error; // with Outcome::Error
    QString sentence;  // human sentence for any outcome other than Result

    bool ok() const { return outcome == Outcome::Result; }
    // The first child of the result iq (the payload), or a null element.
    Element payload() const;
};

// Sends IQ get/set requests with unique ids and matches the replies by id AND sender: a reply
// is taken only from the entity the request went to, or — when the request had no 'to' — from
// the server on behalf of the account (no 'from', our bare JID, or our full JID).
class IqTracker : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const IqResponse &)>;
    static constexpr int DefaultTimeoutMs = 30000;

    explicit IqTracker(XmppStream *stream);
    ~IqTracker() override;

    // Sets a fresh id on iq, sends it and calls back exactly once. Returns the id.
    QString request(Element iq, Callback callback, int timeoutMs = DefaultTimeoutMs);
    // Takes a result/error iq; returns true when it answered a pending request.
    bool handleResponse(const Element &iq);
    void failAll(IqResponse::Outcome outcome, const QString &sentence);
    int pendingCount() const { return int(m_pending.size()); }

    static QString makeId();

private:
    struct Pending
    {
        Jid to; // invalid when the request had no 'to'
        Callback callback;
        QTimer *timer = nullptr;
    };
    bool senderMatches(const Pending &pending, const QString &from) const;
    void finish(const QString &id, const IqResponse &response);

    XmppStream *m_stream;
    QHash<QString, Pending> m_pending;
};

} // namespace Linnet
