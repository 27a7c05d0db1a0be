#include "SetAvatarDialog.h"

#include "AvatarImages.h"
#include "avatars/OwnAvatarPublisher.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr int PreviewSize = 128;
}

SetAvatarDialog::SetAvatarDialog(OwnAvatarPublisher *publisher, QWidget *parent)
    : QDialog(parent), m_publisher(publisher), m_preview(new QLabel(this)),
      m_message(new QLabel(this)), m_choose(new QPushButton(tr("&Choose Picture…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"setAvatarDialog"_s);
    setWindowTitle(tr("Set Avatar"));
    m_preview->setObjectName(u"avatarPreview"_s);
    m_preview->setFixedSize(PreviewSize, PreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Avatar preview"));
    m_message->setObjectName(u"avatarMessage"_s);
    m_message->setWordWrap(true);
    m_message->setText(tr("Choose a PNG, JPEG, GIF or WebP picture of at most %1 MiB.")
                           .arg(OwnAvatarImage::MaxFileBytes / (1024 * 1024)));
    m_choose->setObjectName(u"chooseAvatarButton"_s);
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(u"publishAvatarButton"_s);
    m_publish->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 0, Qt::AlignHCenter);
    layout->addWidget(m_choose, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_choose, &QPushButton::clicked, this, &SetAvatarDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetAvatarDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetAvatarDialog::reject);
}

void SetAvatarDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Picture"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool SetAvatarDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file could not be opened: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > OwnAvatarImage::MaxFileBytes) {
        showError(tr("The picture is too large (%1 KiB; at most %2 KiB).")
                      .arg(file.size() / 1024)
                      .arg(OwnAvatarImage::MaxFileBytes / 1024));
        return false;
    }
    return loadData(file.readAll());
}

bool SetAvatarDialog::loadData(const QByteArray &data)
{
    m_prepared = OwnAvatarImage::fromFileData(data);
    if (!m_prepared.ok()) {
        showError(m_prepared.error);
        return false;
    }
    QPixmap circle(PreviewSize, PreviewSize);
    circle.fill(Qt::transparent);
    QPainter painter(&circle);
    AvatarImages::paintCircle(&painter, circle.rect(), m_prepared.image);
    painter.end();
    m_preview->setPixmap(circle);
    m_message->setText(tr("%1 × %2 pixels. Publish it to show it to your contacts.")
                           .arg(m_prepared.image.width())
                           .arg(m_prepared.image.height()));
    m_publish->setEnabled(m_publisher != nullptr);
    return true;
}

QString SetAvatarDialog::message() const
{
    return m_message->text();
}

void SetAvatarDialog::showError(const QString &sentence)
{
    m_message->setText(tr("This picture cannot be your avatar: %1").arg(sentence));
    m_prepared = {}; // after: sentence may be its error
    m_preview->clear();
    m_publish->setEnabled(false);
}

void SetAvatarDialog::accept()
{
    if (!m_prepared.ok() || !m_publisher)
        return;
    m_publish->setEnabled(false);
    m_choose->setEnabled(false);
    m_message->setText(tr("Publishing…"));
    QPointer<SetAvatarDialog> guard(this);
    m_publisher->publish(m_prepared.png, u"image/png"_s, m_prepared.image.width(),
                         m_prepared.image.height(), [guard](const QString &error) {
                             if (!guard)
                                 return;
                             guard->m_choose->setEnabled(true);
                             if (!error.isEmpty()) {
                                 guard->m_message->setText(error);
                                 guard->m_publish->setEnabled(true);
                                 return;
                             }
                             guard->QDialog::accept();
                         });
}

} // namespace Linnet
