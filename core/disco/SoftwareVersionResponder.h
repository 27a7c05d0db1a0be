#pragma once

#include "stream/IqRouter.h"

#include <QObject>
#include <QPointer>

namespace Linnet {

class DiscoResponder;
class XmppStream;

// Answers XEP-0092 software version requests: name "Linnet", the version Linnet was built as
// (LINNET_VERSION), and the operating system only when the user agreed to share it.
class SoftwareVersionResponder : public QObject
{
    Q_OBJECT
public:
    // Registers jabber:iq:version with disco when given.
    SoftwareVersionResponder(XmppStream *stream, DiscoResponder *disco, QObject *parent = nullptr);
    ~SoftwareVersionResponder() override;

    void setShareOperatingSystem(bool share) { m_shareOs = share; }
    bool shareOperatingSystem() const { return m_shareOs; }

    static QString name();
    static QString version();
    static QString operatingSystem(); // e.g. "Debian GNU/Linux 12 (bookworm)"

private:
    IqAnswer answer(const Element &iq) const;

    QPointer<XmppStream> m_stream;
    bool m_shareOs = false;
};

} // namespace Linnet
