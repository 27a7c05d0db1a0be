#pragma once

#include "stream/XmppStream.h"

#include <QList>

namespace Linnet::Test {

// An XmppStream that records what managers send and lets the test feed what they receive.
class RecordingStream : public XmppStream
{
public:
    explicit RecordingStream(const Jid &bound = Jid::parse(u"alice@localhost/desk"))
        : m_bound(bound)
    {}

    void send(const Element &stanza) override { sent.append(stanza); }
    Jid boundJid() const override { return m_bound; }
    bool isOnline() const override { return true; }
    bool canSend() const override { return sendable; }

    void receive(const Element &stanza) { dispatchIncoming(stanza); }
    void endSession(const QString &reason) { failPendingIqs(reason); }

    QList<Element> sent;
    bool sendable = true; // false: between connections, send() would drop what it gets

private:
    Jid m_bound;
};

} // namespace Linnet::Test
