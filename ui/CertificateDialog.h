#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QPushButton;

namespace Linnet {

// Shows a server certificate that did not verify, in words, and asks whether to trust it:
// once (this run), always (pinned in the account), or not at all. It only asks: the caller
// hands the choice to the Account.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, TrustOnce, TrustAlways };
    Q_ENUM(Choice)

    // chain starts with the server's own certificate; serverName is the domain it should
    // prove (the account's domain).
    CertificateDialog(const QString &serverName, const QList<QSslCertificate> &chain,
                      const QList<QSslError> &errors, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // SHA-256 of the server's certificate, lower-case hex without colons (what is pinned).
    QString fingerprint() const { return m_fingerprint; }

    // "AB:CD:…" from a digest, the way certificate viewers show it.
    static QString colonHex(const QByteArray &digest);
    // The verification errors as sentences for the user, without duplicates.
    static QStringList describeErrors(const QList<QSslError> &errors, const QString &serverName);

Q_SIGNALS:
    void choiceMade(Linnet::CertificateDialog::Choice choice, const QString &sha256Fingerprint);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Cancel;
    QString m_fingerprint;
};

} // namespace Linnet
