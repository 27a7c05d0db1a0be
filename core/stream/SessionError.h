#pragma once

#include "stream/StreamError.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Linnet {

// Why a session ended or could not start, as a value with a sentence for the user.
struct SessionError
{
    enum class Kind {
        None,
        HostNotFound,         // DNS gave nothing usable
        ConnectionFailed,     // no target accepted the TCP connection
        TlsNotOffered,        // server offered no STARTTLS and the user requires TLS
        TlsFailed,            // handshake failed for a reason other than the certificate
        CertificateUntrusted, // certificate did not verify and is not pinned
        NoSuitableMechanism,  // no SASL mechanism we accept
        AuthenticationFailed, // wrong credentials or account disabled
        ServerNotAuthentic,   // SCRAM server signature did not verify
        BindFailed,
        StreamError,    // the server sent <stream:error/>
        InvalidXml,     // the server sent XML we refused
        Timeout,        // negotiation or liveness timeout
        ConnectionLost, // the socket closed unexpectedly
        ClosedByUser
    };

    Kind kind = Kind::None;
    QString sentence;                        // for the user
    QString detail;                          // for logs
    Linnet::StreamError streamError;         // with Kind::StreamError
    QList<QSslError> sslErrors;              // with Kind::CertificateUntrusted
    QList<QSslCertificate> certificateChain; // with Kind::CertificateUntrusted

    bool isError() const { return kind != Kind::None && kind != Kind::ClosedByUser; }
    // Whether reconnecting automatically can help. Never after an authentication or
    // security failure, nor after "signed in from another place".
    bool allowsAutomaticReconnect() const;

    static SessionError make(Kind kind, QString sentence, QString detail = QString());
};

} // namespace Linnet
