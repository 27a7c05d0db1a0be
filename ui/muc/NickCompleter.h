#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QPlainTextEdit;

namespace Linnet {

// Tab completion of nicks in a room's composer: Tab completes the word before the cursor to
// the first nick that starts with it ("nick: " at the start of the message, "nick " elsewhere);
// Tab again cycles through the other matches; any other key ends the cycle. Installed as an
// event filter on the composer, so the composer itself stays as it is.
class NickCompleter : public QObject
{
    Q_OBJECT
public:
    // The nicks that start with a prefix, best first (OccupantModel::completions).
    using Source = std::function<QStringList(const QString &prefix)>;

    NickCompleter(QPlainTextEdit *editor, Source source, QObject *parent = nullptr);

    // The step itself, on plain text (tests use it without an editor): completes at cursor and
    // returns true when something was completed; text and cursor are updated.
    bool complete(QString &text, int &cursor);
    // Ends the cycle (the user typed something else).
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_editor;
    Source m_source;
    // The cycle in progress: the candidates, the one shown, and where its word starts.
    QStringList m_candidates;
    int m_current = -1;
    int m_wordStart = 0;
    QString m_inserted; // the completion text now in the editor
};

} // namespace Linnet
