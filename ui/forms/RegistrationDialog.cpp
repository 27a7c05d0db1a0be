#include "RegistrationDialog.h"

#include "Banner.h"
#include "DataFormWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

RegistrationDialog::RegistrationDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent), m_status(new QLabel(this)), m_error(new Banner(Banner::Kind::Error, this)),
      m_notice(new Banner(Banner::Kind::Information, this)), m_instructions(new QLabel(this)),
      m_form(new DataFormWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_submit(m_buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"registrationDialog"_s);
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"errorBanner"_s);
    m_error->setAccessibleName(tr("Problem"));
    m_notice->setObjectName(u"noticeBanner"_s);
    m_instructions->setObjectName(u"instructionsLabel"_s);
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::PlainText);
    m_instructions->hide();
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_instructions);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    resize(480, 460);

    connect(m_submit, &QPushButton::clicked, this, &RegistrationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setBusy(tr("Asking what is needed to register…"));
}

void RegistrationDialog::setBusy(const QString &sentence)
{
    m_status->setText(sentence);
    m_status->setVisible(!sentence.isEmpty());
    if (m_submit)
        m_submit->setEnabled(false);
    m_form->setEnabled(false);
}

void RegistrationDialog::setForm(const RegistrationForm &form)
{
    m_received = form;
    m_status->hide();
    if (!form.ok) {
        m_error->setMessage(form.error);
        m_form->clear();
        return;
    }
    m_error->setMessage(QString());
    m_notice->setMessage(form.registered ? tr("You are already registered here. Submitting "
                                              "again updates your registration.")
                                         : QString());
    // With a data form the entity's instructions are the form's own, shown by the form widget.
    const bool own =
        !form.instructions.isEmpty() && form.instructions != form.form.instructions.join(u'\n');
    m_instructions->setText(own ? form.instructions : QString());
    m_instructions->setVisible(own);
    m_form->setForm(form.form);
    m_form->setEnabled(true);
    if (m_submit)
        m_submit->setEnabled(true);
}

void RegistrationDialog::submit()
{
    if (!m_received.ok || !m_submit)
        return;
    const QStringList problems = m_form->validate();
    if (!problems.isEmpty()) {
        m_error->setMessage(tr("Please check the form: %1").arg(problems.join(u' ')));
        return;
    }
    m_error->setMessage(QString());
    m_submitted = m_received;
    m_submitted.form = m_form->form();
    setBusy(tr("Registering…"));
    Q_EMIT submitRequested(m_submitted);
}

void RegistrationDialog::setResult(const RegistrationResult &result, const QString &successSentence)
{
    m_status->hide();
    if (!result.ok) {
        m_error->setMessage(result.error);
        m_form->setEnabled(true);
        if (m_submit)
            m_submit->setEnabled(true);
        return;
    }
    m_error->setMessage(QString());
    m_notice->setMessage(successSentence);
    m_instructions->hide();
    m_form->hide();
    m_buttons->clear();
    m_submit = nullptr;
    QPushButton *close = m_buttons->addButton(tr("&Close"), QDialogButtonBox::AcceptRole);
    close->setObjectName(u"closeButton"_s);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

} // namespace Linnet
