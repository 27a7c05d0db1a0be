#pragma once

// A big roster for a benchmark account, written straight into the private test Prosody's
// internal storage while the user is offline (far quicker than thousands of roster sets).
#include "TestServerInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Linnet::Bench {

// contact0@example.org … contact<N-1>@example.org, in 40 groups, named "Contact i".
inline QString rosterContact(int i)
{
    return QStringLiteral("contact%1@example.org").arg(i);
}

inline bool writeProsodyRoster(const Test::TestServerInfo &server, const QString &user,
                               int contacts)
{
    const QString dir = QFileInfo(server.configPath).absolutePath() +
                        QStringLiteral("/data/%1/roster").arg(server.domain);
    QDir().mkpath(dir);
    QFile file(dir + u'/' + user + QStringLiteral(".dat"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out << "return {\n\t[false] = { [\"version\"] = 1; [\"pending\"] = {}; };\n";
    for (int i = 0; i < contacts; ++i) {
        // Subscription "none": the benchmarks measure the roster, not the server's presence
        // traffic to 10,000 unreachable contacts.
        out << "\t[\"" << rosterContact(i) << "\"] = { [\"subscription\"] = \"none\"; "
            << "[\"name\"] = \"Contact " << i << "\"; [\"groups\"] = { [\"Group " << (i % 40)
            << "\"] = true; }; };\n";
    }
    out << "};\n";
    return true;
}

} // namespace Linnet::Bench
