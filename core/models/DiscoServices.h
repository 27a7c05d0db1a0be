#pragma once

#include <QObject>

namespace Linnet {

class AdHocCommands;
class Client;
class DiscoClient;
class Registration;
class XmppStream;

// The managers the service browser works with over one connection: disco#items/#info (with
// their session cache), ad-hoc commands and in-band registration.
class DiscoServices : public QObject
{
    Q_OBJECT
public:
    // stream must outlive this.
    explicit DiscoServices(XmppStream &stream, QObject *parent = nullptr);
    explicit DiscoServices(Client *client, QObject *parent = nullptr);
    ~DiscoServices() override;

    DiscoClient *disco() const { return m_disco; }
    AdHocCommands *commands() const { return m_commands; }
    Registration *registration() const { return m_registration; }

private:
    DiscoClient *m_disco;
    AdHocCommands *m_commands;
    Registration *m_registration;
};

} // namespace Linnet
