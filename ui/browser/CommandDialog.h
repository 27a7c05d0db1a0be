#pragma once

#include "disco/AdHocCommands.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Linnet {

class Banner;
class DataFormWidget;

// Runs a XEP-0050 command: lists the entity's commands (unless one is given), then walks the
// steps the entity answers with through the form widget with Previous / Next / Complete /
// Cancel as the entity allows them, showing its notes. Closing the dialog cancels a session
// that is still running.
class CommandDialog : public QDialog
{
    Q_OBJECT
public:
    // commands must outlive the dialog. An empty node lists the commands of jid first.
    CommandDialog(AdHocCommands *commands, const Jid &jid, const QString &node,
                  QWidget *parent = nullptr);

    void reject() override;

    DataFormWidget *formWidget() const { return m_form; }

private:
    void listCommands();
    void execute(const QString &node);
    void proceed(CommandStep::Action action);
    void showStep(const CommandStep &step);
    void setBusy(const QString &sentence);

    QPointer<AdHocCommands> m_commands;
    Jid m_jid;
    CommandStep m_step;
    bool m_running = false; // a session the entity keeps open
    QStackedWidget *m_pages;
    QListWidget *m_list;
    QLabel *m_status;
    Banner *m_error;
    Banner *m_notes;
    DataFormWidget *m_form;
    QPushButton *m_run;
    QPushButton *m_prev;
    QPushButton *m_next;
    QPushButton *m_complete;
    QPushButton *m_cancel;
};

} // namespace Linnet
