#include "ChatOutput.h"

#include "account/AccountServices.h"
#include "im/DisplayText.h"
#include "im/Jid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({u"database"_s,
                      u"The account's message database (default: the one the Linnet app uses "
                      u"for this account)."_s,
                      u"file"_s});
}

QString databasePath(const QCommandLineParser &parser, const QString &accountJid)
{
    if (parser.isSet(u"database"_s))
        return parser.value(u"database"_s);
    return AccountServices::defaultDatabasePath(accountJid);
}

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::None:
        return QString();
    case DeliveryState::Queued:
        return u"queued"_s;
    case DeliveryState::Sent:
        return u"sent"_s;
    case DeliveryState::Delivered:
        return u"delivered"_s;
    case DeliveryState::Displayed:
        return u"displayed"_s;
    case DeliveryState::Failed:
        return u"failed"_s;
    }
    return QString();
}

QJsonObject messageJson(const HistoryMessage &message, const QString &from, const QString &to)
{
    QJsonObject object{
        {u"from"_s, from},
        {u"to"_s, to},
        {u"type"_s, Message::typeName(message.type)},
        {u"id"_s, message.messageId},
        {u"body"_s, message.body},
        {u"timestamp"_s, message.timestamp.toUTC().toString(Qt::ISODateWithMs)},
        {u"conversation"_s, message.conversation},
    };
    if (message.isOwn()) {
        object.insert(u"state"_s, deliveryStateName(message.state));
        if (!message.errorText.isEmpty())
            object.insert(u"error"_s, message.errorText);
    }
    if (message.edited)
        object.insert(u"edited"_s, true);
    return object;
}

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QString messageLine(const HistoryMessage &message, const QString &accountJid)
{
    const Jid sender = Jid::parse(message.senderJid);
    const QString name = message.isOwn()    ? accountJid
                         : sender.isValid() ? sender.bareString()
                                            : message.senderJid;
    QString line = message.timestamp.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' +
                   name + u": "_s + safeTerminalText(message.body).replace(u'\n', u"\n    "_s);
    if (message.isOwn() && message.state == DeliveryState::Queued)
        line += u"  [not sent yet]"_s;
    else if (message.isOwn() && message.state == DeliveryState::Failed)
        line += u"  [failed: %1]"_s.arg(safeTerminalText(message.errorText));
    return line;
}

} // namespace Linnet::Cli
