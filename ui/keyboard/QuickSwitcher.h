#pragma once

#include "SwitcherEntries.h"
#include "im/Jid.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace Linnet {

class QuickSwitcherModel;

// The quick switcher (Ctrl+K) and the New Chat prompt (Ctrl+N): a filter line over the
// recent conversations, contacts and bookmarked rooms. Typing filters by name and address;
// Up, Down, Page Up and Page Down move in the list while the focus stays in the filter; Enter
// or a double click picks the current row, Escape closes. It only reports the choice: the
// main window opens it.
class QuickSwitcher : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Switch,  // go to a conversation
        NewChat, // start one: the same list, worded for a new address
    };

    explicit QuickSwitcher(const SwitcherSources &sources, Mode mode, QWidget *parent = nullptr);

    // Opens one (deleted when closed) over the active window when that is home or one of its
    // windows (the chat window, a detached chat), else over home; the focus in the filter.
    static QuickSwitcher *open(const SwitcherSources &sources, Mode mode, QWidget *home);

    // Reads the sources again, keeping the filter.
    void refresh();

    Mode mode() const { return m_mode; }
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *list() const { return m_list; }
    QuickSwitcherModel *model() const { return m_model; }

Q_SIGNALS:
    // A one-on-one conversation to open (a contact, a recent chat or a typed address).
    void chatChosen(const Linnet::Jid &jid);
    void roomChosen(const Linnet::Jid &room);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFilterChanged(const QString &text);
    void selectRow(int row);
    void choose(int row);

    SwitcherSources m_sources;
    Mode m_mode;
    QuickSwitcherModel *m_model;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_hint;
};

} // namespace Linnet
