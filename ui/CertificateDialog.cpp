#include "CertificateDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
QString joinedInfo(const QSslCertificate &certificate, bool issuer)
{
    const auto part = [&](QSslCertificate::SubjectInfo info) {
        const QStringList values =
            issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(u", "_s);
    };
    QStringList parts;
    for (const auto info :
         {QSslCertificate::CommonName, QSslCertificate::Organization,
          QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName}) {
        const QString value = part(info);
        if (!value.isEmpty() && !parts.contains(value))
            parts.append(value);
    }
    return parts.isEmpty() ? CertificateDialog::tr("(no name)") : parts.join(u" · "_s);
}

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}
} // namespace

CertificateDialog::CertificateDialog(const QString &serverName, const QList<QSslCertificate> &chain,
                                     const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Untrusted Certificate"));
    const QSslCertificate leaf = chain.value(0);
    if (!leaf.isNull())
        m_fingerprint = QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex());

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *heading =
        valueLabel(tr("Linnet could not confirm that this server is %1").arg(serverName),
                   u"headingLabel"_s, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *explanation = valueLabel(
        tr("Someone may be pretending to be the server, or the server uses a certificate "
           "that no authority Linnet trusts has vouched for. Trust it only if you can compare "
           "the fingerprint below with one your server's administrator gave you."),
        u"explanationLabel"_s, this);

    QStringList problems = describeErrors(errors, serverName);
    if (leaf.isNull())
        problems.prepend(tr("The server did not send a certificate."));
    QString problemText;
    for (const QString &problem : problems)
        problemText += u"• "_s + problem + u'\n';
    auto *problemLabel = valueLabel(problemText.trimmed(), u"errorsLabel"_s, this);
    problemLabel->setStyleSheet(u"color: #9b2c1f;"_s);

    auto *details = new QGroupBox(tr("Certificate"), this);
    auto *form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    if (!leaf.isNull()) {
        form->addRow(tr("Issued to:"),
                     valueLabel(joinedInfo(leaf, false), u"subjectLabel"_s, details));
        form->addRow(tr("Issued by:"),
                     valueLabel(joinedInfo(leaf, true), u"issuerLabel"_s, details));
        form->addRow(tr("Valid from:"),
                     valueLabel(dateText(leaf.effectiveDate()), u"notBeforeLabel"_s, details));
        form->addRow(tr("Valid until:"),
                     valueLabel(dateText(leaf.expiryDate()), u"notAfterLabel"_s, details));
        const QString fingerprint = colonHex(leaf.digest(QCryptographicHash::Sha256));
        // Two lines of 16 bytes each: easy to compare by eye.
        auto *fingerprintLabel = valueLabel(fingerprint.left(47) + u'\n' + fingerprint.mid(48),
                                            u"fingerprintLabel"_s, details);
        fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        fingerprintLabel->setWordWrap(false);
        fingerprintLabel->setAccessibleName(tr("SHA-256 fingerprint"));
        fingerprintLabel->setAccessibleDescription(fingerprint);
        fingerprintLabel->setToolTip(fingerprint);
        form->addRow(tr("SHA-256 fingerprint:"), fingerprintLabel);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setIcon(QIcon());
    QPushButton *once = buttons->addButton(tr("Trust &Once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(u"trustOnceButton"_s);
    once->setToolTip(tr("Connect this time; ask again the next time Linnet starts."));
    QPushButton *always = buttons->addButton(tr("Trust &Always"), QDialogButtonBox::AcceptRole);
    always->setObjectName(u"trustAlwaysButton"_s);
    always->setToolTip(tr("Remember this certificate for this account."));
    once->setEnabled(!leaf.isNull());
    always->setEnabled(!leaf.isNull());
    cancel->setDefault(true); // the safe choice is the one Enter picks
    cancel->setFocus();
    connect(cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });
    connect(once, &QPushButton::clicked, this, [this] { choose(Choice::TrustOnce); });
    connect(always, &QPushButton::clicked, this, [this] { choose(Choice::TrustAlways); });

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(heading);
    text->addWidget(explanation);
    text->addWidget(problemLabel);
    text->addWidget(details);
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void CertificateDialog::choose(Choice choice)
{
    m_choice = choice;
    Q_EMIT choiceMade(choice, m_fingerprint);
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

QString CertificateDialog::colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QStringList CertificateDialog::describeErrors(const QList<QSslError> &errors,
                                              const QString &serverName)
{
    QStringList sentences;
    for (const QSslError &error : errors) {
        QString sentence;
        const QSslCertificate certificate = error.certificate();
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
            sentence =
                tr("The certificate is self-signed: no certificate authority vouches for it.");
            break;
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            sentence = tr("The certificate was issued by an authority Linnet does not trust.");
            break;
        case QSslError::HostNameMismatch:
            sentence = tr("The certificate does not belong to %1.").arg(serverName);
            break;
        case QSslError::CertificateExpired:
            sentence =
                certificate.isNull()
                    ? tr("The certificate has expired.")
                    : tr("The certificate expired on %1.").arg(dateText(certificate.expiryDate()));
            break;
        case QSslError::CertificateNotYetValid:
            sentence = certificate.isNull() ? tr("The certificate is not valid yet.")
                                            : tr("The certificate is not valid before %1.")
                                                  .arg(dateText(certificate.effectiveDate()));
            break;
        case QSslError::CertificateRevoked:
            sentence = tr("The certificate has been revoked by its issuer.");
            break;
        case QSslError::CertificateSignatureFailed:
        case QSslError::CertificateBlacklisted:
            sentence = tr("The certificate's signature is not valid.");
            break;
        default:
            sentence = error.errorString();
            break;
        }
        if (!sentences.contains(sentence))
            sentences.append(sentence);
    }
    return sentences;
}

} // namespace Linnet
