#include "storage/StorageResult.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Linnet {

StorageResult StorageResult::failure(const QString &what, const QSqlError &error)
{
    qCWarning(lcStorage) << "Database error while" << what << ':' << error.text();
    return {false, QCoreApplication::translate("Linnet", "The local database could not be "
                                                         "updated (%1).")
                       .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText())};
}

} // namespace Linnet
