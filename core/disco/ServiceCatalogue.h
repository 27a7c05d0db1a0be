#pragma once

#include "disco/DiscoInfo.h"

#include <QString>
#include <QStringList>

namespace Linnet {

// What disco identities and features mean, in words, with the XEP they come from.
struct CatalogueEntry
{
    QString name;        // "Multi-user chat", "HTTP file upload", …
    QString description; // one sentence for a newcomer
    QString spec;        // "XEP-0045", "RFC 6121", or empty
};

namespace ServiceCatalogue {
// category/type, e.g. "conference"/"text" -> Multi-user chat service.
CatalogueEntry identity(const QString &category, const QString &type);
// A feature namespace; unknown ones come back with the namespace as name and empty spec.
CatalogueEntry feature(const QString &featureVar);
bool isKnownFeature(const QString &featureVar);
// One line for a service: the best-known identity's name, e.g. "Multi-user chat service".
QString describe(const DiscoInfo &info);

// What the user can do with an entity, derived from its identities and features.
enum class Action { BrowseRooms, JoinRoom, ExecuteCommands, Register, Search, ShowInfo, Upload };
QList<Action> actionsFor(const DiscoInfo &info);
} // namespace ServiceCatalogue

} // namespace Linnet
