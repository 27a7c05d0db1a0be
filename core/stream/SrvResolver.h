#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QDnsLookup;
class QRandomGenerator;

namespace Linnet {

// One SRV answer (RFC 2782).
struct SrvRecord
{
    QString target; // "." (or empty) alone means the service is decidedly not available
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// Where to try to connect, in order.
struct ConnectTarget
{
    QString host;
    quint16 port = 0;
    bool directTls = false; // TLS from the first byte (XEP-0368) rather than STARTTLS

    friend bool operator==(const ConnectTarget &, const ConnectTarget &) = default;
};

// Orders the records of _xmpps-client (direct TLS) and _xmpp-client (STARTTLS) as one list:
// ascending priority; within a priority, RFC 2782 weighted random selection, direct TLS
// records before STARTTLS records (XEP-0368 lets a client prefer one kind). A service whose
// only record targets "." contributes nothing.
QList<ConnectTarget> orderSrvTargets(const QList<SrvRecord> &directTls,
                                     const QList<SrvRecord> &startTls, QRandomGenerator &random);

// orderSrvTargets(), plus the RFC 6120 §3.2.2 fallback to {domain, 5222, STARTTLS} when neither
// lookup returned any record. Empty when the domain says it offers no XMPP service at all.
QList<ConnectTarget> connectTargetsForDomain(const QString &domain,
                                             const QList<SrvRecord> &directTls,
                                             const QList<SrvRecord> &startTls,
                                             QRandomGenerator &random);

// Looks up the SRV records of an XMPP domain and reports where to connect.
class SrvResolver : public QObject
{
    Q_OBJECT

public:
    explicit SrvResolver(QObject *parent = nullptr);
    ~SrvResolver() override;

    // Starts the two lookups; a lookup already running is abandoned. domain may be in Unicode.
    void resolve(const QString &domain);
    void abort();

    // A sentence for the user when finished() reported no targets.
    QString errorString() const { return m_errorString; }

signals:
    // Targets in the order to try them; empty if the domain offers no XMPP service.
    void finished(const QList<Linnet::ConnectTarget> &targets);

private:
    void lookupFinished();

    QString m_domain;
    QPointer<QDnsLookup> m_directTlsLookup;
    QPointer<QDnsLookup> m_startTlsLookup;
    QList<SrvRecord> m_directTlsRecords;
    QList<SrvRecord> m_startTlsRecords;
    int m_pending = 0;
    QString m_errorString;
};

} // namespace Linnet
