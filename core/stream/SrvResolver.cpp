#include "stream/SrvResolver.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>
#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

constexpr quint16 DefaultClientPort = 5222;

bool isNoServiceTarget(const QString &target)
{
    return target.isEmpty() || target == u".";
}

// RFC 2782: a single record whose target is "." says the service is decidedly not available.
QList<SrvRecord> usableRecords(const QList<SrvRecord> &records)
{
    QList<SrvRecord> usable;
    for (const SrvRecord &record : records) {
        if (!isNoServiceTarget(record.target))
            usable.append(record);
    }
    return usable;
}

// RFC 2782's weighted selection within one priority. Zero-weight records are kept at the front
// of the candidates, so they are picked only when the running sum test hits 0 first: always
// when every weight is 0, rarely otherwise.
QList<SrvRecord> weightedOrder(QList<SrvRecord> candidates, QRandomGenerator &random)
{
    std::stable_partition(candidates.begin(), candidates.end(),
                          [](const SrvRecord &record) { return record.weight == 0; });
    QList<SrvRecord> ordered;
    while (!candidates.isEmpty()) {
        quint32 sum = 0;
        for (const SrvRecord &record : candidates)
            sum += record.weight;
        const quint32 pick = sum == 0 ? 0 : random.bounded(sum + 1); // uniform in [0, sum]
        quint32 running = 0;
        qsizetype chosen = candidates.size() - 1;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            running += candidates[i].weight;
            if (running >= pick) {
                chosen = i;
                break;
            }
        }
        ordered.append(candidates.takeAt(chosen));
    }
    return ordered;
}

QList<SrvRecord> withPriority(const QList<SrvRecord> &records, quint16 priority)
{
    QList<SrvRecord> matching;
    for (const SrvRecord &record : records) {
        if (record.priority == priority)
            matching.append(record);
    }
    return matching;
}

QString hostName(const QString &target)
{
    return target.endsWith(u'.') ? target.chopped(1) : target;
}

bool isIpLiteral(const QString &domain)
{
    if (domain.startsWith(u'[') && domain.endsWith(u']'))
        return true;
    return !QHostAddress(domain).isNull();
}

} // namespace

QList<ConnectTarget> orderSrvTargets(const QList<SrvRecord> &directTls,
                                     const QList<SrvRecord> &startTls, QRandomGenerator &random)
{
    const QList<SrvRecord> direct = usableRecords(directTls);
    const QList<SrvRecord> plain = usableRecords(startTls);
    std::set<quint16> priorities;
    for (const SrvRecord &record : direct)
        priorities.insert(record.priority);
    for (const SrvRecord &record : plain)
        priorities.insert(record.priority);

    QList<ConnectTarget> targets;
    for (const quint16 priority : priorities) {
        for (const SrvRecord &record : weightedOrder(withPriority(direct, priority), random))
            targets.append({hostName(record.target), record.port, true});
        for (const SrvRecord &record : weightedOrder(withPriority(plain, priority), random))
            targets.append({hostName(record.target), record.port, false});
    }
    return targets;
}

QList<ConnectTarget> connectTargetsForDomain(const QString &domain,
                                             const QList<SrvRecord> &directTls,
                                             const QList<SrvRecord> &startTls,
                                             QRandomGenerator &random)
{
    // XEP-0368 §5: a "." answer means SRV is in use, so no A/AAAA fallback then.
    if (directTls.isEmpty() && startTls.isEmpty())
        return {{domain, DefaultClientPort, false}};
    return orderSrvTargets(directTls, startTls, random);
}

SrvResolver::SrvResolver(QObject *parent) : QObject(parent) {}

SrvResolver::~SrvResolver() = default;

void SrvResolver::abort()
{
    for (QDnsLookup *lookup : {m_directTlsLookup.data(), m_startTlsLookup.data()}) {
        if (!lookup)
            continue;
        lookup->disconnect(this);
        lookup->abort();
        lookup->deleteLater();
    }
    m_pending = 0;
    m_directTlsRecords.clear();
    m_startTlsRecords.clear();
}

void SrvResolver::resolve(const QString &domain)
{
    abort();
    m_domain = domain;
    m_errorString.clear();

    if (isIpLiteral(domain)) {
        QString host = domain;
        if (host.startsWith(u'['))
            host = host.mid(1, host.size() - 2);
        const QList<ConnectTarget> targets{{host, DefaultClientPort, false}};
        QMetaObject::invokeMethod(
            this, [this, targets] { emit finished(targets); }, Qt::QueuedConnection);
        return;
    }

    const QString aceDomain = QString::fromLatin1(QUrl::toAce(domain));
    auto startLookup = [this, &aceDomain](const QString &service, QList<SrvRecord> *records) {
        auto *lookup = new QDnsLookup(QDnsLookup::SRV, service + aceDomain, this);
        connect(lookup, &QDnsLookup::finished, this, [this, lookup, records] {
            if (lookup->error() == QDnsLookup::NoError) {
                for (const QDnsServiceRecord &record : lookup->serviceRecords())
                    records->append(
                        {record.target(), record.port(), record.priority(), record.weight()});
            } else {
                qCDebug(lcStream) << "SRV lookup" << lookup->name()
                                  << "gave no records:" << lookup->errorString();
            }
            lookup->deleteLater();
            lookupFinished();
        });
        lookup->lookup();
        return lookup;
    };
    m_pending = 2;
    m_directTlsLookup = startLookup(u"_xmpps-client._tcp."_s, &m_directTlsRecords);
    m_startTlsLookup = startLookup(u"_xmpp-client._tcp."_s, &m_startTlsRecords);
}

void SrvResolver::lookupFinished()
{
    if (--m_pending > 0)
        return;
    const QList<ConnectTarget> targets = connectTargetsForDomain(
        m_domain, m_directTlsRecords, m_startTlsRecords, *QRandomGenerator::global());
    qCDebug(lcStream) << "Connect targets for" << m_domain << ":" << targets.size();
    if (targets.isEmpty()) {
        m_errorString = QCoreApplication::translate("Linnet::SrvResolver",
                                                    "The domain %1 says it offers no XMPP service.")
                            .arg(m_domain);
    }
    m_directTlsRecords.clear();
    m_startTlsRecords.clear();
    emit finished(targets);
}

} // namespace Linnet
