#pragma once

#include "disco/Registration.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Linnet {

class Banner;
class DataFormWidget;

// Registering with a service or creating an account (XEP-0077): shows what the entity asks
// for in the form widget, checks it, emits the filled form and then shows the outcome. It
// only shows and asks; whoever owns it talks to the entity.
class RegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegistrationDialog(const QString &title, const QString &intro,
                                QWidget *parent = nullptr);

    // Waiting for the entity: a sentence, buttons disabled.
    void setBusy(const QString &sentence);
    // What the entity asks for, or why it cannot be asked (form.error).
    void setForm(const RegistrationForm &form);
    // The answer to submitRequested: a success closes the form and says so; a failure keeps
    // the form for another try.
    void setResult(const RegistrationResult &result, const QString &successSentence);

    DataFormWidget *formWidget() const { return m_form; }
    // The form as last submitted.
    RegistrationForm submitted() const { return m_submitted; }

Q_SIGNALS:
    void submitRequested(const Linnet::RegistrationForm &filled);

private:
    void submit();

    RegistrationForm m_received;
    RegistrationForm m_submitted;
    QLabel *m_status;
    Banner *m_error;
    Banner *m_notice;
    QLabel *m_instructions;
    DataFormWidget *m_form;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
};

} // namespace Linnet
