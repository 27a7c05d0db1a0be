#include "console/XmlConsole.h"

#include "console/ConsoleText.h"
#include "console/RawStanza.h"
#include "models/ConsoleLogModel.h"
#include "stream/Client.h"

namespace Linnet {

XmlConsole::XmlConsole(XmppStream *stream, QObject *parent)
    : QObject(parent), m_stream(stream), m_log(new ConsoleLogModel(this))
{}

XmlConsole::XmlConsole(Client *client, QObject *parent)
    : XmlConsole(static_cast<XmppStream *>(client), parent)
{
    if (!client)
        return;
    connect(client, &Client::xmlReceived, this,
            [this](const QString &xml) { record(ConsoleEntry::Direction::Incoming, xml); });
    connect(client, &Client::xmlSent, this,
            [this](const QString &xml) { record(ConsoleEntry::Direction::Outgoing, xml); });
}

XmlConsole::~XmlConsole() = default;

void XmlConsole::record(ConsoleEntry::Direction direction, const QString &xml)
{
    if (auto entry = ConsoleText::entryFor(direction, xml))
        m_log->append(*entry);
}

QString XmlConsole::send(const QString &text)
{
    const RawStanza raw = RawStanza::parse(text);
    if (!raw.ok())
        return raw.error;
    if (!m_stream || !m_stream->isOnline())
        return tr("Not connected: sign in to send stanzas.");
    m_stream->send(raw.stanza);
    return {};
}

} // namespace Linnet
