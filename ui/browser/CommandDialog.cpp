#include "CommandDialog.h"

#include "Banner.h"
#include "forms/DataFormWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

using Action = CommandStep::Action;

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}
} // namespace

CommandDialog::CommandDialog(AdHocCommands *commands, const Jid &jid, const QString &node,
                             QWidget *parent)
    : QDialog(parent), m_commands(commands), m_jid(jid), m_pages(new QStackedWidget(this)),
      m_list(new QListWidget(this)), m_status(new QLabel(this)),
      m_error(new Banner(Banner::Kind::Error, this)),
      m_notes(new Banner(Banner::Kind::Information, this)), m_form(new DataFormWidget(this)),
      m_run(button(tr("&Run"), u"runButton"_s, this)),
      m_prev(button(tr("&Previous"), u"prevButton"_s, this)),
      m_next(button(tr("&Next"), u"nextButton"_s, this)),
      m_complete(button(tr("C&omplete"), u"completeButton"_s, this)),
      m_cancel(button(tr("Cancel"), u"cancelButton"_s, this))
{
    setObjectName(u"commandDialog"_s);
    setWindowTitle(tr("Commands of %1").arg(jid.toString()));
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"errorBanner"_s);
    m_error->setAccessibleName(tr("Problem"));
    m_notes->setObjectName(u"notesBanner"_s);
    m_notes->setAccessibleName(tr("Notes from the command"));
    m_list->setObjectName(u"commandList"_s);
    m_list->setAccessibleName(tr("Commands"));

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Command form"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    m_pages->addWidget(m_list);
    m_pages->addWidget(scroll);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    for (QPushButton *b : {m_run, m_prev, m_next, m_complete})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_notes);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(520, 480);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            execute(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { execute(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_run->setEnabled(item != nullptr); });
    connect(m_prev, &QPushButton::clicked, this, [this] { proceed(Action::Prev); });
    connect(m_next, &QPushButton::clicked, this, [this] { proceed(Action::Next); });
    connect(m_complete, &QPushButton::clicked, this, [this] { proceed(Action::Complete); });
    connect(m_cancel, &QPushButton::clicked, this, &CommandDialog::reject);

    if (node.isEmpty())
        listCommands();
    else
        execute(node);
}

void CommandDialog::setBusy(const QString &sentence)
{
    m_status->setText(sentence);
    m_status->setVisible(!sentence.isEmpty());
    for (QPushButton *b : {m_run, m_prev, m_next, m_complete})
        b->setEnabled(false);
}

void CommandDialog::listCommands()
{
    m_pages->setCurrentIndex(0);
    m_prev->hide();
    m_next->hide();
    m_complete->hide();
    setBusy(tr("Asking %1 for its commands…").arg(m_jid.toString()));
    if (!m_commands)
        return;
    QPointer<CommandDialog> self(this);
    m_commands->list(m_jid, [self](const DiscoItemsResult &result) {
        if (!self)
            return;
        self->m_status->hide();
        if (!result.ok) {
            self->m_error->setMessage(result.error);
            return;
        }
        for (const DiscoItem &item : result.items) {
            auto *row =
                new QListWidgetItem(item.name.isEmpty() ? item.node : item.name, self->m_list);
            row->setData(Qt::UserRole, item.node);
            row->setToolTip(item.node);
        }
        if (result.items.isEmpty()) {
            self->m_status->setText(
                tr("%1 offers no commands to you.").arg(self->m_jid.toString()));
            self->m_status->show();
        } else {
            self->m_list->setCurrentRow(0);
        }
    });
}

void CommandDialog::execute(const QString &node)
{
    if (!m_commands || node.isEmpty())
        return;
    m_pages->setCurrentIndex(1);
    m_run->hide();
    m_error->setMessage(QString());
    setBusy(tr("Running the command…"));
    QPointer<CommandDialog> self(this);
    m_commands->execute(m_jid, node, [self](const CommandStep &step) {
        if (self)
            self->showStep(step);
    });
}

void CommandDialog::proceed(Action action)
{
    if (!m_commands || !m_running)
        return;
    std::optional<DataForm> form;
    if (action != Action::Prev && !m_form->isEmpty() && m_step.form &&
        m_step.form->type == u"form") {
        const QStringList problems = m_form->validate();
        if (!problems.isEmpty()) {
            m_error->setMessage(tr("Please check the form: %1").arg(problems.join(u' ')));
            return;
        }
        form = m_form->submission();
    }
    m_error->setMessage(QString());
    setBusy(action == Action::Prev ? tr("Going back…") : tr("Sending…"));
    QPointer<CommandDialog> self(this);
    m_commands->proceed(m_step, action, form, [self](const CommandStep &step) {
        if (self)
            self->showStep(step);
    });
}

void CommandDialog::showStep(const CommandStep &step)
{
    m_status->hide();
    if (!step.ok) {
        m_error->setMessage(step.error);
        // The session may still be there: let the user try again from the last good step.
        m_prev->setEnabled(m_running && m_step.allowed.contains(Action::Prev));
        m_next->setEnabled(m_running && m_step.allowed.contains(Action::Next));
        m_complete->setEnabled(m_running && m_step.allowed.contains(Action::Complete));
        return;
    }
    m_step = step;
    m_running = step.status == CommandStep::Status::Executing;
    QStringList notes;
    Banner::Kind kind = Banner::Kind::Information;
    for (const CommandStep::Note &note : step.notes) {
        if (note.type == CommandStep::Note::Type::Error) {
            kind = Banner::Kind::Error;
            notes.append(tr("Error: %1").arg(note.text));
        } else if (note.type == CommandStep::Note::Type::Warning) {
            if (kind != Banner::Kind::Error)
                kind = Banner::Kind::Warning;
            notes.append(tr("Warning: %1").arg(note.text));
        } else {
            notes.append(note.text);
        }
    }
    m_notes->setKind(kind);
    m_notes->setMessage(notes.join(u'\n'));
    if (step.form)
        m_form->setForm(*step.form);
    else
        m_form->clear();

    m_prev->setVisible(m_running);
    m_next->setVisible(m_running);
    m_complete->setVisible(m_running);
    if (m_running) {
        m_prev->setEnabled(step.allowed.contains(Action::Prev));
        m_next->setEnabled(step.allowed.contains(Action::Next));
        m_complete->setEnabled(step.allowed.contains(Action::Complete));
        QPushButton *preferred = step.defaultAction == Action::Next       ? m_next
                                 : step.defaultAction == Action::Prev     ? m_prev
                                 : step.defaultAction == Action::Complete ? m_complete
                                 : step.allowed.contains(Action::Next)    ? m_next
                                                                          : m_complete;
        preferred->setDefault(true);
        m_cancel->setText(tr("Cancel"));
    } else {
        m_status->setText(step.status == CommandStep::Status::Completed
                              ? tr("The command is complete.")
                              : tr("The command was canceled."));
        m_status->show();
        m_cancel->setText(tr("Close"));
    }
}

void CommandDialog::reject()
{
    // Let the entity drop the session rather than keep it until it times out.
    if (m_running && m_commands && !m_step.sessionId.isEmpty())
        m_commands->proceed(m_step, Action::Cancel, std::nullopt, nullptr);
    m_running = false;
    QDialog::reject();
}

} // namespace Linnet
