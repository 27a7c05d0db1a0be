#include "disco/DiscoClient.h"

#include "Logging.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

Element makeQuery(const Jid &jid, const QString &node, QStringView xmlns)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, jid.toString());
    Element &query = iq.addChild(u"query"_s, xmlns.toString());
    if (!node.isEmpty())
        query.setAttribute(u"node"_s, node);
    return iq;
}

QString errorSentence(const Jid &jid, const IqResponse &response)
{
    if (response.outcome == IqResponse::Outcome::Timeout)
        return QCoreApplication::translate("Linnet::DiscoClient", "%1 did not answer in time.")
            .arg(jid.toString());
    return response.sentence;
}

} // namespace

DiscoClient::DiscoClient(XmppStream &stream, QObject *parent) : QObject(parent), m_stream(stream)
{
    connect(&m_stream, &XmppStream::onlineChanged, this, [this](bool online) {
        if (!online)
            clearCache();
    });
}

QString DiscoClient::keyOf(const Jid &jid, const QString &node)
{
    // A JID never holds a space, so this cannot collide.
    return jid.toString() + u' ' + node;
}

void DiscoClient::items(const Jid &jid, const QString &node, ItemsCallback callback, bool refresh)
{
    const QString key = keyOf(jid, node);
    if (!refresh) {
        if (const auto it = m_items.constFind(key); it != m_items.cend()) {
            if (callback)
                callback(*it);
            return;
        }
    }
    auto pending = m_pendingItems.find(key);
    if (pending != m_pendingItems.end()) {
        pending->append(std::move(callback));
        return;
    }
    m_pendingItems.insert(key, {std::move(callback)});
    QPointer<DiscoClient> self(this);
    const quint64 generation = m_generation;
    m_stream.sendIq(
        makeQuery(jid, node, ns::DiscoItems),
        [self, key, generation, jid, node](const IqResponse &response) {
            if (self)
                self->onItems(key, generation, jid, node, response);
        },
        m_timeoutMs);
}

void DiscoClient::info(const Jid &jid, const QString &node, InfoCallback callback, bool refresh)
{
    const QString key = keyOf(jid, node);
    if (!refresh) {
        if (const auto it = m_info.constFind(key); it != m_info.cend()) {
            if (callback)
                callback(*it);
            return;
        }
    }
    auto pending = m_pendingInfo.find(key);
    if (pending != m_pendingInfo.end()) {
        pending->append(std::move(callback));
        return;
    }
    m_pendingInfo.insert(key, {std::move(callback)});
    QPointer<DiscoClient> self(this);
    const quint64 generation = m_generation;
    m_stream.sendIq(
        makeQuery(jid, node, ns::DiscoInfo),
        [self, key, generation, jid, node](const IqResponse &response) {
            if (self)
                self->onInfo(key, generation, jid, node, response);
        },
        m_timeoutMs);
}

void DiscoClient::onItems(const QString &key, quint64 generation, const Jid &jid,
                          const QString &node, const IqResponse &response)
{
    DiscoItemsResult result;
    result.ok = response.ok();
    if (result.ok) {
        const Element query = response.iq.firstChild(u"query", ns::DiscoItems);
        for (const Element &item : query.childrenNamed(u"item", ns::DiscoItems)) {
            const Jid itemJid = Jid::parse(item.attribute(u"jid"));
            if (!itemJid.isValid()) {
                qCInfo(lcIm) << "Skipping a disco item with a bad address from" << jid.toString()
                             << node << itemJid.error();
                continue;
            }
            result.items.append({itemJid, item.attribute(u"node"), item.attribute(u"name")});
        }
        if (generation == m_generation)
            m_items.insert(key, result);
    } else {
        result.error = errorSentence(jid, response);
    }
    const QList<ItemsCallback> callbacks = m_pendingItems.take(key);
    for (const ItemsCallback &callback : callbacks) {
        if (callback)
            callback(result);
    }
}

void DiscoClient::onInfo(const QString &key, quint64 generation, const Jid &jid,
                         const QString &node, const IqResponse &response)
{
    DiscoInfoResult result;
    result.ok = response.ok();
    if (result.ok) {
        result.info = DiscoInfo::fromElement(response.iq.firstChild(u"query", ns::DiscoInfo));
        result.info.node = node; // what was asked, even when the answer left it out
        if (generation == m_generation)
            m_info.insert(key, result);
    } else {
        result.error = errorSentence(jid, response);
    }
    const QList<InfoCallback> callbacks = m_pendingInfo.take(key);
    for (const InfoCallback &callback : callbacks) {
        if (callback)
            callback(result);
    }
}

const DiscoItemsResult *DiscoClient::cachedItems(const Jid &jid, const QString &node) const
{
    const auto it = m_items.constFind(keyOf(jid, node));
    return it == m_items.cend() ? nullptr : &*it;
}

const DiscoInfoResult *DiscoClient::cachedInfo(const Jid &jid, const QString &node) const
{
    const auto it = m_info.constFind(keyOf(jid, node));
    return it == m_info.cend() ? nullptr : &*it;
}

void DiscoClient::clearCache()
{
    m_items.clear();
    m_info.clear();
    ++m_generation;
}

} // namespace Linnet
