#pragma once

#include "console/ConsoleEntry.h"

#include <QObject>
#include <QPointer>

namespace Linnet {

class Client;
class ConsoleLogModel;
class XmppStream;

// The XML console of one connection: records the traffic Client reports into a log (secrets
// hidden) and sends raw stanzas the user typed once they are checked.
class XmlConsole : public QObject
{
    Q_OBJECT
public:
    // Records client's traffic and sends over it. client must outlive the console.
    explicit XmlConsole(Client *client, QObject *parent = nullptr);
    // Sends over stream; traffic comes in through record() (tests, other transports).
    explicit XmlConsole(XmppStream *stream, QObject *parent = nullptr);
    ~XmlConsole() override;

    ConsoleLogModel *log() const { return m_log; }
    void record(ConsoleEntry::Direction direction, const QString &xml);

    // Checks text (RawStanza) and sends it; returns why it was not sent, or empty.
    QString send(const QString &text);

private:
    QPointer<XmppStream> m_stream;
    ConsoleLogModel *m_log;
};

} // namespace Linnet
