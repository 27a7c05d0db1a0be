#include "models/DiscoServices.h"

#include "disco/AdHocCommands.h"
#include "disco/DiscoClient.h"
#include "disco/Registration.h"
#include "stream/Client.h"

namespace Linnet {

DiscoServices::DiscoServices(XmppStream &stream, QObject *parent)
    : QObject(parent), m_disco(new DiscoClient(stream, this)),
      m_commands(new AdHocCommands(stream, *m_disco, this)),
      m_registration(new Registration(stream, this))
{}

DiscoServices::DiscoServices(Client *client, QObject *parent)
    : DiscoServices(static_cast<XmppStream &>(*client), parent)
{}

DiscoServices::~DiscoServices() = default;

} // namespace Linnet
