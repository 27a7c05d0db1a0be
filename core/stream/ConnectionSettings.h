#pragma once

#include "im/Jid.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Linnet {

enum class TlsMode {
    Automatic,       // SRV: direct TLS and STARTTLS targets; TLS required
    StartTls,        // STARTTLS only, required
    DirectTls,       // TLS from the first byte (XEP-0368)
    AllowUnencrypted // the user explicitly allowed a stream without TLS (PLAIN stays refused)
};

QString tlsModeName(TlsMode mode);
TlsMode tlsModeFromName(QStringView name);

struct ConnectionSettings
{
    Jid jid;          // bare JID of the account
    QString resource; // requested resource; empty lets the server choose
    QString host;     // manual host: skips SRV lookup when set
    quint16 port = 0; // with host: 0 means 5222 (5223 for direct TLS)
    TlsMode tlsMode = TlsMode::Automatic;
    QStringList pinnedCertificates;             // SHA-256 of trusted DER certificates, hex
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    // The SASL mechanism of an earlier sign-in, kept by the account: nothing weaker is used.
    QString pinnedSaslMechanism;
    qint64 maxStanzaBytes = 1024 * 1024;
    qint64 maxLargeStanzaBytes = 32 * 1024 * 1024; // only while a roster fetch is pending
    int connectTimeoutMs = 15000;                  // per connect target
    int negotiationTimeoutMs = 30000;              // from TCP connect until online
};

} // namespace Linnet
