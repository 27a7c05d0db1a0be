#include "account/AccountSettings.h"

#include "stream/sasl/SaslMechanismChooser.h"

#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
// The keys inside an account's group of accounts.ini. AccountStore.h documents them.
const QString JidKey = u"jid"_s;
const QString ResourceKey = u"resource"_s;
const QString HostKey = u"host"_s;
const QString PortKey = u"port"_s;
const QString TlsModeKey = u"tlsMode"_s;
const QString PinnedKey = u"pinnedCertificates"_s;
const QString SaslPinKey = u"pinnedSaslMechanism"_s;
const QString ExtraCaKey = u"extraCaCertificates"_s;
const QString ConnectTimeoutKey = u"connectTimeoutMs"_s;
const QString NegotiationTimeoutKey = u"negotiationTimeoutMs"_s;
const QString AutoConnectKey = u"autoConnect"_s;
const QString RememberPasswordKey = u"rememberPassword"_s;

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}
} // namespace

AccountSettings AccountSettings::forJid(const Jid &jid)
{
    AccountSettings settings;
    if (!jid.isValid() || jid.local().isEmpty())
        return settings;
    settings.id = jid.bareString();
    settings.connection.jid = jid.bare();
    settings.connection.resource = jid.resource();
    return settings;
}

AccountSettings AccountSettings::load(const QSettings &settings, const QString &id)
{
    const Jid jid = Jid::parse(settings.value(JidKey, id).toString());
    AccountSettings account = forJid(jid);
    if (!account.isValid())
        return AccountSettings();
    ConnectionSettings &connection = account.connection;
    connection.resource = settings.value(ResourceKey).toString();
    connection.host = settings.value(HostKey).toString().trimmed();
    const uint port = settings.value(PortKey, 0).toUInt();
    connection.port = port <= 65535 ? quint16(port) : 0;
    connection.tlsMode = tlsModeFromName(settings.value(TlsModeKey).toString());
    for (const QString &pin : settings.value(PinnedKey).toStringList())
        account.pinCertificate(pin);
    account.raiseSaslPin(settings.value(SaslPinKey).toString());
    const QByteArray pem = settings.value(ExtraCaKey).toString().toLatin1();
    if (!pem.isEmpty())
        connection.extraCaCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
    const ConnectionSettings defaults;
    connection.connectTimeoutMs =
        settings.value(ConnectTimeoutKey, defaults.connectTimeoutMs).toInt();
    connection.negotiationTimeoutMs =
        settings.value(NegotiationTimeoutKey, defaults.negotiationTimeoutMs).toInt();
    if (connection.connectTimeoutMs <= 0)
        connection.connectTimeoutMs = defaults.connectTimeoutMs;
    if (connection.negotiationTimeoutMs <= 0)
        connection.negotiationTimeoutMs = defaults.negotiationTimeoutMs;
    account.autoConnect = settings.value(AutoConnectKey, false).toBool();
    account.rememberPassword = settings.value(RememberPasswordKey, false).toBool();
    return account;
}

void AccountSettings::save(QSettings &settings) const
{
    settings.setValue(JidKey, connection.jid.bareString());
    settings.setValue(ResourceKey, connection.resource);
    settings.setValue(HostKey, connection.host);
    settings.setValue(PortKey, uint(connection.port));
    settings.setValue(TlsModeKey, tlsModeName(connection.tlsMode));
    settings.setValue(PinnedKey, connection.pinnedCertificates);
    settings.setValue(SaslPinKey, connection.pinnedSaslMechanism);
    QByteArray pem;
    for (const QSslCertificate &certificate : connection.extraCaCertificates)
        pem += certificate.toPem();
    settings.setValue(ExtraCaKey, QString::fromLatin1(pem));
    settings.setValue(ConnectTimeoutKey, connection.connectTimeoutMs);
    settings.setValue(NegotiationTimeoutKey, connection.negotiationTimeoutMs);
    settings.setValue(AutoConnectKey, autoConnect);
    settings.setValue(RememberPasswordKey, rememberPassword);
}

bool AccountSettings::raiseSaslPin(const QString &mechanism)
{
    if (saslMechanismStrength(mechanism) <= saslMechanismStrength(connection.pinnedSaslMechanism))
        return false;
    connection.pinnedSaslMechanism = mechanism;
    return true;
}

bool AccountSettings::pinCertificate(const QString &sha256Fingerprint)
{
    const QString normalized = normalizedFingerprint(sha256Fingerprint);
    if (normalized.isEmpty() || connection.pinnedCertificates.contains(normalized))
        return false;
    connection.pinnedCertificates.append(normalized);
    return true;
}

QString AccountSettings::normalizedFingerprint(const QString &sha256Fingerprint)
{
    QString normalized = sha256Fingerprint.trimmed().toLower();
    normalized.remove(u':');
    if (normalized.size() != 64 || !std::all_of(normalized.cbegin(), normalized.cend(), isHexDigit))
        return QString();
    return normalized;
}

bool operator==(const AccountSettings &a, const AccountSettings &b)
{
    const ConnectionSettings &x = a.connection;
    const ConnectionSettings &y = b.connection;
    return a.id == b.id && a.autoConnect == b.autoConnect &&
           a.rememberPassword == b.rememberPassword && x.jid == y.jid && x.resource == y.resource &&
           x.host == y.host && x.port == y.port && x.tlsMode == y.tlsMode &&
           x.pinnedCertificates == y.pinnedCertificates &&
           x.pinnedSaslMechanism == y.pinnedSaslMechanism &&
           x.extraCaCertificates == y.extraCaCertificates && x.maxStanzaBytes == y.maxStanzaBytes &&
           x.connectTimeoutMs == y.connectTimeoutMs &&
           x.negotiationTimeoutMs == y.negotiationTimeoutMs;
}

} // namespace Linnet
