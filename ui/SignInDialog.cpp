#include "SignInDialog.h"

#include "Banner.h"
#include "forms/CreateAccountDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
QLabel *smallLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->hide();
    return label;
}
} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent), m_jidEdit(new QLineEdit(this)),
      m_jidError(smallLabel(u"jidErrorLabel"_s, this)), m_passwordEdit(new QLineEdit(this)),
      m_rememberCheck(new QCheckBox(tr("&Remember password"), this)),
      m_storageNote(smallLabel(u"passwordStorageNote"_s, this)),
      m_errorLabel(new Banner(Banner::Kind::Error, this)), m_advancedButton(new QToolButton(this)),
      m_advanced(new QWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_signInButton(m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole)),
      m_createButton(m_buttons->addButton(tr("Crea&te Account…"), QDialogButtonBox::ActionRole))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In"));

    auto *heading = new QLabel(tr("Sign in to your XMPP account"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Enter your chat address and password. Linnet finds your "
                                "server from the address."),
                             this);
    intro->setWordWrap(true);

    m_errorLabel->setObjectName(u"errorLabel"_s);

    m_jidEdit->setObjectName(u"jidEdit"_s);
    m_jidEdit->setPlaceholderText(tr("name@example.org"));
    m_jidEdit->setAccessibleName(tr("Chat address"));
    m_jidEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_jidError->setStyleSheet(u"color: #c0392b;"_s);
    m_jidError->setAccessibleName(tr("Address problem"));

    m_passwordEdit->setObjectName(u"passwordEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_rememberCheck->setObjectName(u"rememberCheck"_s);
    m_rememberCheck->setAccessibleName(tr("Remember password"));
    m_rememberCheck->setChecked(true);
    m_storageNote->setStyleSheet(u"color: #8a5a00;"_s);

    // Each field with the lines that belong to it, so hidden lines take no room.
    auto *jidColumn = new QVBoxLayout;
    jidColumn->setSpacing(2);
    jidColumn->addWidget(m_jidEdit);
    jidColumn->addWidget(m_jidError);
    auto *passwordColumn = new QVBoxLayout;
    passwordColumn->setSpacing(4);
    passwordColumn->addWidget(m_passwordEdit);
    passwordColumn->addWidget(m_rememberCheck);
    passwordColumn->addWidget(m_storageNote);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *jidLabel = new QLabel(tr("&Address:"), this);
    jidLabel->setBuddy(m_jidEdit);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(jidLabel, jidColumn);
    form->addRow(passwordLabel, passwordColumn);

    m_advancedButton->setObjectName(u"advancedButton"_s);
    m_advancedButton->setText(tr("Advanced"));
    m_advancedButton->setAccessibleName(tr("Show advanced connection settings"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setStyleSheet(u"QToolButton { border: none; padding: 2px 0; }"_s);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    buildAdvancedSection(m_advanced);

    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_createButton->setObjectName(u"createAccountButton"_s);
    m_createButton->setAutoDefault(false);
    m_createButton->setToolTip(tr("Make a new account on the server of the address typed"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setIcon(QIcon());

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_errorLabel);
    layout->addLayout(form);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addSpacing(6);
    layout->addWidget(m_buttons);
    intro->setMinimumWidth(420);

    connect(m_jidEdit, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_advancedButton, &QToolButton::toggled, this, &SignInDialog::setAdvancedVisible);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isInputValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &SignInDialog::showCreateAccount);

    // Both forms share one label column width, so their fields line up.
    QList<QWidget *> labels;
    for (QFormLayout *layout : {form, m_advanced->findChild<QFormLayout *>()}) {
        for (int row = 0; layout && row < layout->rowCount(); ++row) {
            QLayoutItem *item = layout->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget())
                labels.append(item->widget());
        }
    }
    int labelWidth = 0;
    for (QWidget *label : labels)
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QWidget *label : labels)
        label->setMinimumWidth(labelWidth);

    setAdvancedVisible(false);
    validate();
}

void SignInDialog::buildAdvancedSection(QWidget *container)
{
    m_hostEdit = new QLineEdit(container);
    m_hostEdit->setObjectName(u"hostEdit"_s);
    m_hostEdit->setPlaceholderText(tr("Found from the address"));
    m_hostEdit->setAccessibleName(tr("Server host"));

    m_portSpin = new QSpinBox(container);
    m_portSpin->setObjectName(u"portSpin"_s);
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("Default"));
    m_portSpin->setAccessibleName(tr("Server port"));

    m_tlsCombo = new QComboBox(container);
    m_tlsCombo->setObjectName(u"tlsModeCombo"_s);
    m_tlsCombo->setAccessibleName(tr("Connection security"));
    m_tlsCombo->addItem(tr("Automatic"), int(TlsMode::Automatic));
    m_tlsCombo->addItem(tr("STARTTLS"), int(TlsMode::StartTls));
    m_tlsCombo->addItem(tr("Direct TLS"), int(TlsMode::DirectTls));
    m_tlsCombo->addItem(tr("Allow unencrypted"), int(TlsMode::AllowUnencrypted));

    m_tlsWarning = new Banner(Banner::Kind::Warning, container);
    m_tlsWarning->setObjectName(u"unencryptedWarning"_s);
    m_tlsWarning->setAccessibleName(tr("Security warning"));

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_hostEdit, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), container);
    portLabel->setBuddy(m_portSpin);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_portSpin);

    auto *form = new QFormLayout(container);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *hostLabel = new QLabel(tr("Ser&ver:"), container);
    hostLabel->setBuddy(m_hostEdit);
    form->addRow(hostLabel, hostRow);
    auto *securityColumn = new QVBoxLayout;
    securityColumn->setSpacing(6);
    securityColumn->addWidget(m_tlsCombo);
    securityColumn->addWidget(m_tlsWarning);
    auto *securityLabel = new QLabel(tr("Se&curity:"), container);
    securityLabel->setBuddy(m_tlsCombo);
    form->addRow(securityLabel, securityColumn);

    connect(m_hostEdit, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_tlsCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::updateTlsWarning);
}

void SignInDialog::setAccountSettings(const AccountSettings &settings)
{
    m_base = settings;
    const ConnectionSettings &connection = settings.connection;
    m_jidEdit->setText(connection.jid.bareString());
    m_hostEdit->setText(connection.host);
    m_portSpin->setValue(connection.port);
    m_tlsCombo->setCurrentIndex(qMax(0, m_tlsCombo->findData(int(connection.tlsMode))));
    m_rememberCheck->setChecked(settings.rememberPassword || !settings.isValid());
    const bool customised = !connection.host.isEmpty() || connection.port != 0 ||
                            connection.tlsMode != TlsMode::Automatic;
    m_advancedButton->setChecked(customised);
    validate();
}

AccountSettings SignInDialog::accountSettings() const
{
    const Jid jid = Jid::parse(m_jidEdit->text().trimmed());
    AccountSettings settings = AccountSettings::forJid(jid);
    if (!settings.isValid())
        return settings;
    if (m_base.isValid() && m_base.id == settings.id) {
        const QString resource = settings.connection.resource;
        settings = m_base;
        if (!resource.isEmpty())
            settings.connection.resource = resource;
    }
    settings.connection.host = m_hostEdit->text().trimmed();
    settings.connection.port = quint16(m_portSpin->value());
    settings.connection.tlsMode = TlsMode(m_tlsCombo->currentData().toInt());
    return settings;
}

QString SignInDialog::password() const
{
    return m_passwordEdit->text();
}

bool SignInDialog::rememberPassword() const
{
    return m_rememberCheck->isChecked();
}

void SignInDialog::setRememberPassword(bool remember)
{
    m_rememberCheck->setChecked(remember);
}

void SignInDialog::setErrorMessage(const QString &sentence)
{
    m_errorLabel->setMessage(sentence);
}

void SignInDialog::setPasswordStorageNote(const QString &note)
{
    m_storageNote->setText(note);
    m_storageNote->setVisible(!note.isEmpty());
}

void SignInDialog::focusPassword()
{
    m_passwordEdit->setFocus(Qt::OtherFocusReason);
    m_passwordEdit->selectAll();
}

bool SignInDialog::isInputValid() const
{
    return m_signInButton->isEnabled();
}

void SignInDialog::validate()
{
    const QString text = m_jidEdit->text().trimmed();
    QString problem;
    bool jidOk = false;
    if (!text.isEmpty()) {
        const Jid jid = Jid::parse(text);
        if (!jid.isValid())
            problem = jid.error().isEmpty() ? tr("This is not a valid chat address.") : jid.error();
        else if (jid.local().isEmpty())
            problem = tr("Enter your whole address, like name@%1.").arg(jid.domain());
        else
            jidOk = true;
    }
    m_jidError->setText(problem);
    m_jidError->setVisible(!problem.isEmpty());
    m_jidEdit->setAccessibleDescription(problem);

    const bool hostOk = !m_hostEdit->text().trimmed().contains(u' ');
    m_portSpin->setEnabled(!m_hostEdit->text().trimmed().isEmpty());
    m_portSpin->setToolTip(m_portSpin->isEnabled()
                               ? QString()
                               : tr("Set a server first; without one, Linnet asks DNS."));
    m_signInButton->setEnabled(jidOk && hostOk && !m_passwordEdit->text().isEmpty());
}

ConnectionSettings SignInDialog::connectionForNewAccount() const
{
    const Jid typed = Jid::parse(m_jidEdit->text().trimmed());
    ConnectionSettings connection;
    // Trust decisions already made for this server (pinned certificates) carry over.
    if (m_base.isValid() && m_base.connection.jid.domain() == typed.domain())
        connection = m_base.connection;
    connection.jid = typed.bare();
    connection.host = m_hostEdit->text().trimmed();
    connection.port = quint16(m_portSpin->value());
    connection.tlsMode = TlsMode(m_tlsCombo->currentData().toInt());
    return connection;
}

void SignInDialog::showCreateAccount()
{
    const ConnectionSettings connection = connectionForNewAccount();
    if (!connection.jid.isValid()) {
        m_jidError->setText(tr("Type the address you want, like name@example.org, or the name "
                               "of the server."));
        m_jidError->show();
        m_jidEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto *dialog = new CreateAccountDialog(connection, m_passwordEdit->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateAccountDialog::accountCreated, this,
            [this](const Jid &jid, const QString &password) {
                m_jidEdit->setText(jid.bareString());
                m_passwordEdit->setText(password);
                setErrorMessage(QString());
                validate();
            });
    dialog->open();
}

void SignInDialog::updateTlsWarning()
{
    const auto mode = TlsMode(m_tlsCombo->currentData().toInt());
    m_tlsWarning->setMessage(
        mode == TlsMode::AllowUnencrypted
            ? tr("Without encryption anyone on the network can read your messages and "
                 "contacts. Use this only for a test server on your own computer.")
            : QString());
}

void SignInDialog::setAdvancedVisible(bool visible)
{
    m_advancedButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(visible);
    updateTlsWarning();
}

} // namespace Linnet
