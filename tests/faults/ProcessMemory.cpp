#include "ProcessMemory.h"

#include <QFile>

namespace Linnet::Test {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // The pseudo-file reports size 0, so atEnd() is no use: read until an empty line.
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            return fields.size() >= 2 ? fields.at(1).toLongLong() : -1;
        }
    }
    return -1;
}

} // namespace Linnet::Test
