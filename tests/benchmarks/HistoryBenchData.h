#pragma once

// Generated message history for the history benchmarks: a Zipf-distributed vocabulary (real
// common words, then made-up ones), written straight into a fresh account database in one
// transaction. The files are cached under /tmp, keyed by a generator and schema version.
#include "storage/Database.h"
#include "storage/HistoryFts.h"
#include "storage/HistorySql.h"
#include "storage/Migrations.h"
#include "storage/StatementCache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace Linnet::Bench {

inline constexpr int GeneratorVersion = 2;

inline long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

inline QString cachedPath(const QString &name, int messages)
{
    return QStringLiteral("/tmp/linnet-bench-%1-g%2-s%3-%4.sqlite")
        .arg(name)
        .arg(GeneratorVersion)
        .arg(Migrations::latestVersion())
        .arg(messages);
}

// Words ranked by frequency: rank 0 is the most common.
class Vocabulary
{
public:
    explicit Vocabulary(int size = 30000, double exponent = 1.07)
    {
        static const char *common[] = {
            "the",  "i",     "you",      "to",    "a",       "and",      "it",     "is",
            "that", "of",    "in",       "me",    "for",     "have",     "on",     "we",
            "so",   "but",   "not",      "be",    "this",    "just",     "do",     "are",
            "with", "can",   "at",       "was",   "ok",      "what",     "my",     "if",
            "no",   "yes",   "will",     "get",   "all",     "like",     "know",   "go",
            "how",  "think", "now",      "there", "good",    "time",     "today",  "see",
            "then", "they",  "one",      "about", "out",     "when",     "up",     "thanks",
            "lol",  "would", "tomorrow", "work",  "meeting", "lunch",    "later",  "home",
            "new",  "sure",  "going",    "need",  "want",    "back",     "call",   "great",
            "café", "naïve", "über",     "déjà",  "señor",   "jalapeño", "résumé", "coöperate"};
        for (const char *word : common)
            m_words.append(QString::fromUtf8(word));
        QSet<QString> seen(m_words.cbegin(), m_words.cend());
        static const char *onsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "j",  "k",
                                       "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v",
                                       "w",  "z",  "br", "cr", "dr", "gr", "pl", "st",
                                       "tr", "sh", "ch", "th", "fl", "sp", "kl", "qu"};
        static const char *vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"};
        QRandomGenerator random(7);
        while (m_words.size() < size) {
            QString word;
            const int syllables = 2 + int(random.bounded(3));
            for (int s = 0; s < syllables; ++s) {
                word += QLatin1StringView(onsets[random.bounded(int(std::size(onsets)))]);
                word += QLatin1StringView(vowels[random.bounded(int(std::size(vowels)))]);
            }
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        double total = 0;
        for (int rank = 0; rank < size; ++rank) {
            total += 1.0 / std::pow(rank + 1, exponent);
            m_cumulative.append(total);
        }
    }

    const QString &word(int rank) const { return m_words.at(rank); }
    int size() const { return int(m_words.size()); }

    int sampleRank(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.constLast();
        return int(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x) -
                   m_cumulative.cbegin());
    }

    QString sentence(QRandomGenerator &random) const
    {
        const int length = 1 + int(random.bounded(6)) + int(random.bounded(10)); // 1..15
        QStringList words;
        for (int i = 0; i < length; ++i)
            words.append(word(std::min(sampleRank(random), size() - 1)));
        QString text = words.join(QLatin1Char(' '));
        text[0] = text[0].toUpper();
        return text + (random.bounded(4) == 0 ? QStringLiteral("?") : QStringLiteral("."));
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
};

// Writes count messages, one every 1..120 s from 2021-01-01, into a fresh database at path,
// and indexes them all for search.
// conversationOf(i) names the conversation of message i. Returns false on an SQL error.
inline bool generateHistory(const QString &path, int count,
                            const std::function<QString(int)> &conversationOf)
{
    QFile::remove(path);
    Database database;
    if (!database.open(path).result().ok)
        return false;
    return database
        .run<bool>([count, conversationOf](QSqlDatabase &db) {
            const Vocabulary vocabulary;
            QRandomGenerator random(42);
            QSqlQuery insert(db);
            insert.prepare(HistorySql::insertStatement());
            struct Last
            {
                HistoryMessage message;
                int unread = 0;
            };
            QHash<QString, Last> last;
            qint64 ms = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            db.transaction();
            for (int i = 0; i < count; ++i) {
                ms += 1000 * (1 + qint64(random.bounded(120)));
                HistoryMessage m;
                m.rowId = ms * HistorySql::RowIdsPerMillisecond + 1;
                m.conversation = conversationOf(i);
                m.direction =
                    random.bounded(5) < 2 ? MessageDirection::Outgoing : MessageDirection::Incoming;
                m.senderJid = m.isOwn() ? QStringLiteral("me@example.org/desk")
                                        : m.conversation + QStringLiteral("/phone");
                m.body = vocabulary.sentence(random);
                m.timestamp = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
                m.messageId = QString::number(i, 36) + QStringLiteral("-m");
                m.serverId = QString::number(i, 36) + QStringLiteral("-s");
                if (m.isOwn()) {
                    m.originId = m.messageId;
                    m.state = DeliveryState::Displayed;
                }
                m.read = i < count - 1000;
                if (!HistorySql::insertMessage(insert, m))
                    return false;
                Last &entry = last[m.conversation];
                entry.message = m;
                entry.unread += !m.isOwn() && !m.read;
            }
            QSqlQuery conversation(db);
            conversation.prepare(QStringLiteral(
                "INSERT INTO conversations (jid, type, last_message, last_body, last_timestamp, "
                "last_direction, unread_count) VALUES (?, 1, ?, ?, ?, ?, ?)"));
            for (auto it = last.cbegin(); it != last.cend(); ++it) {
                conversation.addBindValue(it.key());
                conversation.addBindValue(it->message.rowId);
                conversation.addBindValue(it->message.body);
                conversation.addBindValue(it->message.timestamp.toMSecsSinceEpoch());
                conversation.addBindValue(int(it->message.direction));
                conversation.addBindValue(it->unread);
                if (!conversation.exec())
                    return false;
            }
            if (!db.commit())
                return false;
            // Indexed for search, as an account's history is once its writer has been idle.
            StatementCache statements;
            return HistoryFts::indexPending(db, statements).ok;
        })
        .result();
}

// The cached database for name, generated in a child process (so that its memory does not
// count towards the benchmark's peak RSS) when it is not there yet.
inline QString ensureHistory(const QString &name, int count, const QString &program)
{
    const QString path = cachedPath(name, count);
    if (QFile::exists(path))
        return path;
    std::printf("Generating %d messages into %s (once; cached)...\n", count, qPrintable(path));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    const QString partial = path + QStringLiteral(".partial");
    const int status =
        QProcess::execute(program, {QStringLiteral("--generate"), partial, QString::number(count)});
    if (status != 0 || !QFile::rename(partial, path)) {
        std::fprintf(stderr, "Generating the history failed (status %d).\n", status);
        return {};
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    std::printf("Generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return path;
}

} // namespace Linnet::Bench
