#include "disco/Registration.h"

#include "disco/RegistrationStanzas.h"
#include "stream/XmppStream.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {

Registration::Registration(XmppStream &stream, QObject *parent) : QObject(parent), m_stream(stream)
{}

void Registration::fetchForm(const Jid &service, FormCallback callback)
{
    QPointer<Registration> self(this);
    m_stream.sendIq(RegistrationStanzas::fetchRequest(service),
                    [self, callback](const IqResponse &response) {
                        if (self && callback)
                            callback(RegistrationStanzas::formFrom(response));
                    });
}

void Registration::submit(const Jid &service, const RegistrationForm &filled,
                          ResultCallback callback)
{
    QPointer<Registration> self(this);
    m_stream.sendIq(RegistrationStanzas::submitRequest(service, filled),
                    [self, callback](const IqResponse &response) {
                        if (self && callback)
                            callback(RegistrationStanzas::resultFrom(response));
                    });
}

void Registration::changePassword(const QString &newPassword, ResultCallback callback)
{
    const Jid self = m_stream.boundJid();
    if (newPassword.isEmpty()) {
        if (callback)
            callback({false, QCoreApplication::translate("Linnet::Registration",
                                                         "The new password is empty.")});
        return;
    }
    QPointer<Registration> guard(this);
    // XEP-0077 §3.3: to our own server, with our user name.
    m_stream.sendIq(RegistrationStanzas::changePasswordRequest(Jid::parse(self.domain()),
                                                               self.local(), newPassword),
                    [guard, callback](const IqResponse &response) {
                        if (guard && callback)
                            callback(RegistrationStanzas::resultFrom(response));
                    });
}

void Registration::removeAccount(ResultCallback callback)
{
    QPointer<Registration> guard(this);
    // XEP-0077 §3.2: the server answers, then closes the stream.
    m_stream.sendIq(RegistrationStanzas::removeRequest(Jid::parse(m_stream.boundJid().domain())),
                    [guard, callback](const IqResponse &response) {
                        if (guard && callback)
                            callback(RegistrationStanzas::resultFrom(response));
                    });
}

} // namespace Linnet
