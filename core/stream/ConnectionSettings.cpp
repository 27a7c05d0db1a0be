#include "stream/ConnectionSettings.h"

using namespace Qt::StringLiterals;

namespace Linnet {

QString tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Automatic:
        return u"automatic"_s;
    case TlsMode::StartTls:
        return u"starttls"_s;
    case TlsMode::DirectTls:
        return u"direct-tls"_s;
    case TlsMode::AllowUnencrypted:
        return u"allow-unencrypted"_s;
    }
    return u"automatic"_s;
}

TlsMode tlsModeFromName(QStringView name)
{
    for (TlsMode mode :
         {TlsMode::Automatic, TlsMode::StartTls, TlsMode::DirectTls, TlsMode::AllowUnencrypted}) {
        if (name == tlsModeName(mode))
            return mode;
    }
    return TlsMode::Automatic;
}

} // namespace Linnet
