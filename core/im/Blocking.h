#pragma once

#include "im/Jid.h"
#include "stream/IqRouter.h"
#include "stream/IqTracker.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace Linnet {

class XmppStream;

// The account's blocklist (XEP-0191): fetched when the stream comes online, changed with
// block/unblock, kept current by pushes accepted only from the account's own server.
class Blocking : public QObject
{
    Q_OBJECT
public:
    // Called once with the server's answer (IqResponse::ok(), or an error with its sentence).
    using Callback = std::function<void(const IqResponse &)>;

    explicit Blocking(XmppStream &stream, QObject *parent = nullptr);
    ~Blocking() override;

    // Requests the blocklist now (done automatically when the stream comes online).
    void fetch();
    bool isLoaded() const { return m_loaded; }

    QList<Jid> blocklist() const { return m_blocked.values(); }
    // Whether stanzas from jid are blocked, matching as XEP-0191 §4 says: the full JID, the bare
    // JID, the domain with the resource, the domain (or a parent domain).
    bool isBlocked(const Jid &jid) const;

    void block(const QList<Jid> &jids, Callback callback = {});
    void unblock(const QList<Jid> &jids, Callback callback = {});
    void unblockAll(Callback callback = {});

Q_SIGNALS:
    void changed();
    void loaded();
    void fetchFailed(const QString &sentence);

private:
    void onFetched(const IqResponse &response);
    IqAnswer handlePush(const Element &iq);
    void sendCommand(const QString &command, const QList<Jid> &jids, Callback callback);

    QPointer<XmppStream> m_stream;
    QSet<Jid> m_blocked;
    bool m_loaded = false;
};

} // namespace Linnet
