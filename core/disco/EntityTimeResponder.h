#pragma once

#include "stream/IqRouter.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>

namespace Linnet {

class DiscoResponder;
class XmppStream;

// Answers XEP-0202 entity time requests: UTC time and our offset from it ("+02:00").
class EntityTimeResponder : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>; // local time with its offset

    // Registers urn:xmpp:time with disco when given.
    EntityTimeResponder(XmppStream *stream, DiscoResponder *disco, QObject *parent = nullptr);
    ~EntityTimeResponder() override;

    // For tests: where "now" comes from (QDateTime::currentDateTime by default).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The <time/> payload for a moment.
    static Element timeElement(const QDateTime &localNow);
    // XEP-0082 offset: "+02:00", "-05:30", "+00:00".
    static QString offsetText(int offsetSeconds);

private:
    QPointer<XmppStream> m_stream;
    Clock m_clock;
};

} // namespace Linnet
