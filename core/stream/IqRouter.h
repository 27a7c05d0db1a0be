#pragma once

#include "stream/StanzaError.h"
#include "xml/Element.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace Linnet {

class XmppStream;

// What a handler answers to an IQ request: a result payload (null for an empty result) or an
// error.
struct IqAnswer
{
    Element payload;
    std::optional<StanzaError> error;

    static IqAnswer result(const Element &payload = Element()) { return {payload, std::nullopt}; }
    static IqAnswer failure(const StanzaError &error) { return {Element(), error}; }
};

// Answers inbound IQ get/set requests. A handler is registered per type and payload (name,
// namespace). Requests no handler takes are answered with service-unavailable (RFC 6120 §8.4).
class IqRouter : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<IqAnswer(const Element &requestIq)>;

    explicit IqRouter(XmppStream *stream);

    // type is "get" or "set".
    void addHandler(const QString &type, const QString &name, const QString &namespaceUri,
                    Handler handler);
    void removeHandler(const QString &type, const QString &name, const QString &namespaceUri);
    // Answers the request; returns false only for iqs that are not get/set.
    bool handleRequest(const Element &iq);

    static Element resultFor(const Element &requestIq, const Element &payload = Element());
    static Element errorFor(const Element &requestIq, const StanzaError &error);

private:
    static QString key(QStringView type, QStringView name, QStringView namespaceUri);

    XmppStream *m_stream;
    QHash<QString, Handler> m_handlers;
};

} // namespace Linnet
