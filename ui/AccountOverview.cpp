#include "AccountOverview.h"

#include "Banner.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr int AvatarSize = 64;

QLabel *detailValue(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

AccountOverview::AccountOverview(QWidget *parent)
    : QWidget(parent), m_pages(new QStackedWidget(this))
{
    setObjectName(u"accountOverview"_s);
    m_pages->addWidget(buildEmptyPage());
    m_pages->addWidget(buildAccountPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setAccountId(QString());
    setDetails(ConnectionDetails());
}

QWidget *AccountOverview::buildEmptyPage()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("You are not signed in"), page);
    title->setFont(scaledFont(title->font(), 1.5, true));
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Sign in with your XMPP address, such as name@example.org, to "
                               "chat with your contacts."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *button = new QPushButton(tr("Sign In…"), page);
    button->setObjectName(u"emptySignInButton"_s);
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, &AccountOverview::signInRequested);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignCenter);
    layout->addStretch(3);
    return page;
}

QWidget *AccountOverview::buildAccountPage()
{
    auto *page = new QWidget(this);

    m_avatar = new QLabel(page);
    m_avatar->setFixedSize(AvatarSize, AvatarSize);
    m_jidLabel = detailValue(u"accountJidLabel"_s, page);
    m_jidLabel->setFont(scaledFont(m_jidLabel->font(), 1.6, true));
    m_stateIcon = new QLabel(page);
    m_stateLabel = detailValue(u"accountStateLabel"_s, page);
    m_stateLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_actionButton = new QPushButton(page);
    m_actionButton->setObjectName(u"accountActionButton"_s);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_state.state == ConnectionState::Disconnected)
            Q_EMIT signInRequested();
        else
            Q_EMIT signOutRequested();
    });

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    stateRow->addWidget(m_stateIcon, 0, Qt::AlignTop);
    stateRow->addWidget(m_stateLabel, 1);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(4);
    nameColumn->addWidget(m_jidLabel);
    nameColumn->addLayout(stateRow);
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(nameColumn, 1);
    header->addWidget(m_actionButton, 0, Qt::AlignTop);

    m_warning = new Banner(Banner::Kind::Warning, page);
    m_warning->setObjectName(u"accountWarning"_s);

    auto *card = new QFrame(page);
    card->setObjectName(u"connectionCard"_s);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    card->setStyleSheet(
        u"QFrame#connectionCard { border: 1px solid palette(mid); border-radius: 6px;"
        u" background: palette(base); }"_s);
    auto *cardTitle = new QLabel(tr("Connection"), card);
    cardTitle->setFont(scaledFont(cardTitle->font(), 1.1, true));
    m_boundJid = detailValue(u"boundJidLabel"_s, card);
    m_server = detailValue(u"serverLabel"_s, card);
    m_security = detailValue(u"securityLabel"_s, card);
    m_authentication = detailValue(u"authenticationLabel"_s, card);
    m_certificate = detailValue(u"certificateLabel"_s, card);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(8);
    form->addRow(tr("Signed in as:"), m_boundJid);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("Certificate:"), m_certificate);
    form->addRow(tr("Authentication:"), m_authentication);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 14);
    cardLayout->addWidget(cardTitle);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(form);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addWidget(m_warning);
    layout->addWidget(card);
    layout->addStretch(1);
    return page;
}

void AccountOverview::setAccountId(const QString &id)
{
    m_id = id;
    m_pages->setCurrentIndex(id.isEmpty() ? 0 : 1);
    m_jidLabel->setText(id);
    m_jidLabel->setAccessibleName(tr("Account"));
    updateAvatar();
}

void AccountOverview::setState(const ConnectionStatePresentation &state)
{
    m_state = state;
    m_stateLabel->setText(state.text());
    const int size = fontMetrics().height() * 3 / 4;
    m_stateIcon->setPixmap(state.icon(size).pixmap(QSize(size, size), devicePixelRatioF()));
    m_stateIcon->setContentsMargins(0, (fontMetrics().height() - size) / 2, 0, 0);
    const bool offline = state.state == ConnectionState::Disconnected;
    m_actionButton->setText(offline ? tr("Sign In…") : tr("Sign Out"));
    m_actionButton->setAccessibleName(offline ? tr("Sign in") : tr("Sign out"));
    updateAvatar();
}

void AccountOverview::setDetails(const ConnectionDetails &details)
{
    const QString none = tr("Not connected");
    if (!details.online) {
        for (QLabel *label : {m_boundJid, m_server, m_security, m_certificate, m_authentication}) {
            label->setText(none);
            label->setEnabled(false);
        }
        m_security->setStyleSheet(QString());
        return;
    }
    for (QLabel *label : {m_boundJid, m_server, m_security, m_certificate, m_authentication})
        label->setEnabled(true);
    m_boundJid->setText(details.boundJid);
    if (!details.encrypted)
        m_server->setText(details.serverAddress);
    else if (details.directTls)
        m_server->setText(tr("%1 (direct TLS)").arg(details.serverAddress));
    else
        m_server->setText(tr("%1 (STARTTLS)").arg(details.serverAddress));
    if (details.encrypted) {
        m_security->setText(tr("Encrypted with %1 · %2").arg(details.tlsProtocol, details.cipher));
        m_security->setStyleSheet(QString());
    } else {
        m_security->setText(tr("Not encrypted: anyone on the network can read this connection"));
        m_security->setStyleSheet(u"color: #b03a2e; font-weight: bold;"_s);
    }
    const QString fingerprint = details.certificateSha256.left(16).toUpper();
    switch (details.certificateTrust) {
    case ConnectionDetails::CertificateTrust::Verified:
        m_certificate->setText(tr("Verified by a trusted certificate authority"));
        break;
    case ConnectionDetails::CertificateTrust::PinnedAlways:
        m_certificate->setText(tr("Trusted always, as you chose (SHA-256 %1…)").arg(fingerprint));
        break;
    case ConnectionDetails::CertificateTrust::TrustedOnce:
        m_certificate->setText(
            tr("Trusted for this session, as you chose (SHA-256 %1…)").arg(fingerprint));
        break;
    }
    m_certificate->setToolTip(details.certificateSha256);
    if (!details.encrypted)
        m_certificate->setText(tr("None"));
    m_authentication->setText(details.saslMechanism.isEmpty() ? tr("Unknown")
                                                              : details.saslMechanism);
}

void AccountOverview::setWarning(const QString &warning)
{
    m_warning->setMessage(warning);
}

void AccountOverview::updateAvatar()
{
    // The account's initial on a colour derived from its address, with the state's dot.
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(AvatarSize, AvatarSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor background = QColor::fromHsv(int(qHash(m_id) % 360), 110, 190);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawEllipse(QRectF(0, 0, AvatarSize, AvatarSize));
    painter.setPen(Qt::white);
    painter.setFont(scaledFont(font(), 2.2, true));
    painter.drawText(QRectF(0, 0, AvatarSize, AvatarSize), Qt::AlignCenter, m_id.left(1).toUpper());
    const qreal dot = AvatarSize * 0.28;
    const QRectF dotRect(AvatarSize - dot, AvatarSize - dot, dot, dot);
    painter.setBrush(palette().window());
    painter.drawEllipse(dotRect);
    painter.setBrush(m_state.colour());
    painter.drawEllipse(dotRect.adjusted(2.5, 2.5, -2.5, -2.5));
    painter.end();
    m_avatar->setPixmap(pixmap);
}

} // namespace Linnet
