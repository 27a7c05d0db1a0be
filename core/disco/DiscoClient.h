#pragma once

#include "disco/DiscoInfo.h"
#include "im/Jid.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace Linnet {

class XmppStream;

// XEP-0030 §4: one <item/> of a disco#items result.
struct DiscoItem
{
    Jid jid;
    QString node;
    QString name;
    friend bool operator==(const DiscoItem &, const DiscoItem &) = default;
};

struct DiscoItemsResult
{
    bool ok = false;
    QString error; // a sentence: item-not-found, service-unavailable, timeout, …
    QList<DiscoItem> items;
};

struct DiscoInfoResult
{
    bool ok = false;
    QString error;
    DiscoInfo info;
};

// Asks any entity (JID + node) for disco#items and disco#info. Answers are cached for the
// session (cleared when the stream goes offline) unless refresh is asked for; concurrent
// requests for the same target share one IQ. Errors are per request: a walk goes on.
class DiscoClient : public QObject
{
    Q_OBJECT
public:
    using ItemsCallback = std::function<void(const DiscoItemsResult &)>;
    using InfoCallback = std::function<void(const DiscoInfoResult &)>;

    explicit DiscoClient(XmppStream &stream, QObject *parent = nullptr);

    void items(const Jid &jid, const QString &node, ItemsCallback callback, bool refresh = false);
    void info(const Jid &jid, const QString &node, InfoCallback callback, bool refresh = false);
    void clearCache();

private:
    // Implementation's own members go here.
    XmppStream &m_stream;
};

} // namespace Linnet
