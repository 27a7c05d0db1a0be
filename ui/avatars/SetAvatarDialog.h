#pragma once

#include "OwnAvatarImage.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Linnet {

class OwnAvatarPublisher;

// "Set Avatar…": choose a picture, see it as it will be published, publish it. A file that is
// not a picture, is damaged, or is too large is refused with the reason, and nothing is sent.
// The dialog stays open until the server confirmed the avatar (or says why it did not).
class SetAvatarDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetAvatarDialog(OwnAvatarPublisher *publisher, QWidget *parent = nullptr);

    // What the Choose button does after the file dialog; public for tests.
    bool loadFile(const QString &path);
    bool loadData(const QByteArray &data);

    QImage preview() const { return m_prepared.image; }
    QString message() const;
    QPushButton *publishButton() const { return m_publish; }

    void accept() override;

private:
    void chooseFile();
    void showError(const QString &sentence);

    QPointer<OwnAvatarPublisher> m_publisher;
    OwnAvatarImage m_prepared;
    QLabel *m_preview;
    QLabel *m_message;
    QPushButton *m_choose;
    QPushButton *m_publish;
    QDialogButtonBox *m_buttons;
};

} // namespace Linnet
