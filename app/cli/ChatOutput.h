#pragma once

#include "storage/HistoryTypes.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

namespace Linnet::Cli {

// What send, listen and history share: the --database option and how a message is printed.

void addDatabaseOption(QCommandLineParser &parser);
// --database, or the account's default file (the one the GUI uses too).
QString databasePath(const QCommandLineParser &parser, const QString &accountJid);

// {"from","to","type","id","body","timestamp","conversation"} plus, for our own messages,
// "state" (and "error" when it failed).
QJsonObject messageJson(const HistoryMessage &message, const QString &from, const QString &to);
// One JSON object on one line, with a newline.
QByteArray jsonLine(const QJsonObject &object);
// "2024-05-01 14:03:07 alice@example.org: text" in local time; our own messages (shown as
// from accountJid) that are not yet sent, or failed, say so at the end.
QString messageLine(const HistoryMessage &message, const QString &accountJid);

QString deliveryStateName(DeliveryState state);

} // namespace Linnet::Cli
