// Avatars on screen (offscreen): an avatar that came through XEP-0153 (presence hash, vCard)
// and one that came through XEP-0084 (PEP notification, data item) show in the contact list,
// in the chat timeline and in a room's occupant list; an avatar whose bytes are malformed or
// declare a huge picture is refused by the decoder and the row shows what it shows without
// one; the Set Avatar dialog refuses bad files in words and publishes a good one.
#include "AvatarTestSupport.h"
#include "ContactDelegate.h"
#include "ContactListPanel.h"
#include "ContactListView.h"
#include "RosterFeed.h"
#include "avatars/AvatarCache.h"
#include "avatars/AvatarImages.h"
#include "avatars/AvatarManager.h"
#include "avatars/OwnAvatarPublisher.h"
#include "avatars/SetAvatarDialog.h"
#include "chat/MessageDelegate.h"
#include "models/MessageModel.h"
#include "models/OccupantModel.h"
#include "models/RosterModel.h"
#include "muc/OccupantList.h"

#include <QBuffer>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

QByteArray solidPng(const QColor &colour, const QSize &size = {64, 64})
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray length(4, '\0');
    qToBigEndian(quint32(data.size()), length.data());
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(type + data), crc.data());
    return length + type + data + crc;
}

// A few hundred bytes whose header declares 30000 × 30000 pixels (3.6 GB decoded).
QByteArray hugePng()
{
    QByteArray header(13, '\0');
    qToBigEndian(quint32(30000), header.data());
    qToBigEndian(quint32(30000), header.data() + 4);
    header[8] = 1;
    const QByteArray zlib = qCompress(QByteArray(3751 * 4, '\0'), 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

bool isNear(QRgb pixel, const QColor &colour)
{
    return std::abs(qRed(pixel) - colour.red()) < 40 &&
           std::abs(qGreen(pixel) - colour.green()) < 40 &&
           std::abs(qBlue(pixel) - colour.blue()) < 40;
}

// How many pixels of the image in rect are close to colour.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            count += isNear(image.pixel(x, y), colour) ? 1 : 0;
    }
    return count;
}

QModelIndex findContact(const QAbstractItemModel *model, const QString &jid,
                        const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(RosterModel::JidRole).toString() == jid &&
            index.data(RosterModel::KindRole).value<RosterModel::Kind>() ==
                RosterModel::Kind::Contact)
            return index;
        const QModelIndex inside = findContact(model, jid, index);
        if (inside.isValid())
            return inside;
    }
    return {};
}

} // namespace

class AvatarsUiTest : public QObject
{
    Q_OBJECT
private:
    const QColor red{220, 20, 20};
    const QColor green{20, 180, 40};
    const QByteArray redPng = solidPng(red);
    const QByteArray greenPng = solidPng(green);
    const QByteArray garbage = "\x89PNG\r\n\x1a\n this is no picture at all";
    const QByteArray huge = hugePng();

    struct Screen
    {
        RosterFeed feed;
        AvatarCache cache;
        AvatarManager avatars{feed.stream, &feed.presence, &cache};
        AvatarImages images{&avatars};

        Element lastIq() const
        {
            for (qsizetype i = feed.stream.sent.size() - 1; i >= 0; --i) {
                if (feed.stream.sent.at(i).is(u"iq", ns::Client))
                    return feed.stream.sent.at(i);
            }
            return {};
        }
        // XEP-0153: presence with the hash, then the vCard from the contact.
        void viaVCard(const QString &bare, const QByteArray &bytes)
        {
            feed.stream.receive(presenceWithPhoto(bare + u"/pc"_s, AvatarStanzas::sha1Hex(bytes)));
            feed.stream.receive(avatarResult(lastIq(), bare, vCardPayload(bytes)));
        }
        // XEP-0084: the metadata notification, then the data item from the contact.
        void viaPep(const QString &bare, const QByteArray &bytes)
        {
            feed.receivePresence(bare + u"/pc"_s);
            feed.stream.receive(metadataEvent(bare, {pngInfo(bytes)}));
            feed.stream.receive(avatarResult(
                lastIq(), bare, dataItemsPayload(AvatarStanzas::sha1Hex(bytes), bytes)));
        }
    };

private Q_SLOTS:
    void contactListShowsAvatarsFromBothXeps()
    {
        Screen s;
        s.feed.loadSampleRoster();
        ContactListPanel panel;
        panel.setManagers(s.feed.managers());
        auto *delegate = qobject_cast<ContactDelegate *>(panel.view()->itemDelegate());
        QVERIFY(delegate);
        delegate->setAvatars(&s.images);
        panel.resize(320, 600);
        panel.show();

        s.viaVCard(u"carol@localhost"_s, redPng); // XEP-0153
        s.viaPep(u"frank@localhost"_s, greenPng); // XEP-0084
        s.viaVCard(u"bob@localhost"_s, garbage);  // hashes right, but is no picture
        s.viaPep(u"dave@localhost"_s, huge);      // declares 30000 × 30000
        QCOMPARE(s.avatars.avatarFor(u"carol@localhost"_s), redPng);
        QCOMPARE(s.avatars.avatarFor(u"frank@localhost"_s), greenPng);
        QCOMPARE(s.avatars.avatarFor(u"dave@localhost"_s), huge); // core moves bytes only

        ContactListView *view = panel.view();
        const QImage shot = view->viewport()->grab().toImage();
        const auto avatarArea = [&](const QString &jid) {
            const QModelIndex index = findContact(view->model(), jid);
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = view->visualRect(index);
            return ContactDelegate::avatarRect(option);
        };
        const QRect carol = avatarArea(u"carol@localhost"_s);
        QVERIFY(!carol.isEmpty());
        QVERIFY2(pixelsNear(shot, carol, red) > carol.width() * carol.height() / 3,
                 "carol's vCard avatar is not painted");
        const QRect frank = avatarArea(u"frank@localhost"_s);
        QVERIFY2(pixelsNear(shot, frank, green) > frank.width() * frank.height() / 3,
                 "frank's PEP avatar is not painted");
        // Refused: no picture is painted, the row looks as it does without an avatar (only
        // the small presence icon, red for dave's dnd, is in that corner).
        QVERIFY(s.images.image(u"bob@localhost"_s).isNull());
        QVERIFY(!s.images.refusal(u"bob@localhost"_s).isEmpty());
        QVERIFY(s.images.image(u"dave@localhost"_s).isNull());
        QVERIFY2(s.images.refusal(u"dave@localhost"_s).contains(u"30000"),
                 qPrintable(s.images.refusal(u"dave@localhost"_s)));
        for (const QString &jid : {u"bob@localhost"_s, u"dave@localhost"_s}) {
            const QRect area = avatarArea(jid);
            const int painted = pixelsNear(shot, area, red) + pixelsNear(shot, area, green);
            QVERIFY2(painted < area.width() * area.height() / 10, qPrintable(jid));
        }
    }

    void chatTimelineShowsTheSendersAvatar()
    {
        Screen s;
        s.viaPep(u"frank@localhost"_s, greenPng);
        QStandardItemModel model;
        for (const QString &sender : {u"frank@localhost/pc"_s, u"erin@localhost/pc"_s}) {
            auto *item = new QStandardItem(u"Hello there"_s);
            item->setData(u"Hello there"_s, MessageModel::BodyRole);
            item->setData(sender, MessageModel::SenderJidRole);
            item->setData(QDateTime::currentDateTimeUtc(), MessageModel::TimestampRole);
            item->setData(true, MessageModel::FirstInGroupRole);
            model.appendRow(item);
        }
        QListView view;
        auto *delegate = new MessageDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        delegate->setAvatars(&s.images);
        view.resize(400, 300);
        view.show();
        const QImage shot = view.viewport()->grab().toImage();
        const QRect frankRow = view.visualRect(model.index(0, 0));
        const QRect erinRow = view.visualRect(model.index(1, 0));
        QVERIFY2(pixelsNear(shot, frankRow.adjusted(0, 0, -frankRow.width() + 60, 0), green) > 300,
                 "frank's avatar is not in the chat");
        // Erin has none: her initials circle, not someone else's picture.
        QCOMPARE(pixelsNear(shot, erinRow.adjusted(0, 0, -erinRow.width() + 60, 0), green), 0);
        QCOMPARE(MessageDelegate::avatarKey(model.index(0, 0)), u"frank@localhost"_s);
    }

    void occupantListShowsOccupantAvatars()
    {
        Screen s;
        const QString room = u"lobby@conference.localhost"_s;
        // XEP-0153 in the room's presence: the occupant JID's vCard.
        Element presence = presenceWithPhoto(room + u"/nurse"_s, AvatarStanzas::sha1Hex(redPng));
        presence.addChild(u"x"_s, ns::MucUser.toString());
        s.feed.stream.receive(presence);
        s.feed.stream.receive(avatarResult(s.lastIq(), room + u"/nurse"_s, vCardPayload(redPng)));
        // A real JID we know through PEP.
        s.viaPep(u"frank@localhost"_s, greenPng);

        QStandardItemModel model;
        const auto addOccupant = [&](const QString &nick, const QString &realJid) {
            Occupant occupant;
            occupant.nick = nick;
            occupant.realJid = Jid::parse(realJid);
            auto *item = new QStandardItem(nick);
            item->setData(nick, OccupantModel::NickRole);
            item->setData(QVariant::fromValue(occupant), OccupantModel::OccupantRole);
            model.appendRow(item);
        };
        addOccupant(u"nurse"_s, {});
        addOccupant(u"frank"_s, u"frank@localhost"_s);
        addOccupant(u"tybalt"_s, {});
        OccupantListView view;
        view.setModel(&model);
        view.setAvatars(&s.images, Jid::parse(room));
        auto *delegate = qobject_cast<OccupantDelegate *>(view.itemDelegate());
        QVERIFY(delegate);
        QVERIFY(!delegate->avatarOf(model.index(0, 0)).isNull());
        QVERIFY(!delegate->avatarOf(model.index(1, 0)).isNull());
        QVERIFY(delegate->avatarOf(model.index(2, 0)).isNull());
        view.resize(240, 200);
        view.show();
        const QImage shot = view.viewport()->grab().toImage();
        QVERIFY(pixelsNear(shot, view.visualRect(model.index(0, 0)), red) > 20);
        QVERIFY(pixelsNear(shot, view.visualRect(model.index(1, 0)), green) > 20);
    }

    void setAvatarDialogRefusesBadPicturesInWords()
    {
        RecordingStream stream;
        PresenceManager presence(&stream);
        AvatarCache cache;
        AvatarManager avatars(stream, &presence, &cache);
        OwnAvatarPublisher publisher(stream, &presence, &avatars);
        SetAvatarDialog dialog(&publisher);

        QVERIFY(!dialog.loadData(garbage));
        QVERIFY2(dialog.message().contains(u"cannot be your avatar"), qPrintable(dialog.message()));
        QVERIFY(!dialog.publishButton()->isEnabled());
        QVERIFY(!dialog.loadData(huge));
        QVERIFY2(dialog.message().contains(u"30000"), qPrintable(dialog.message()));
        QVERIFY(!dialog.publishButton()->isEnabled());
        QTemporaryDir dir;
        QVERIFY(!dialog.loadFile(dir.filePath(u"missing.png"_s)));
        QVERIFY(!dialog.publishButton()->isEnabled());
        QVERIFY(stream.sent.isEmpty());
    }

    void setAvatarDialogPublishesAScaledPng()
    {
        RecordingStream stream;
        PresenceManager presence(&stream);
        AvatarCache cache;
        AvatarManager avatars(stream, &presence, &cache);
        OwnAvatarPublisher publisher(stream, &presence, &avatars);
        SetAvatarDialog dialog(&publisher);
        QVERIFY(dialog.loadData(solidPng(red, {800, 600})));
        QVERIFY(dialog.preview().width() <= OwnAvatarImage::MaxSide);
        QVERIFY(dialog.publishButton()->isEnabled());
        dialog.show();
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        // Data, metadata, vCard read, vCard write: each answered by the server.
        for (int step = 0; step < 4; ++step) {
            QVERIFY(!stream.sent.isEmpty());
            const Element iq = stream.sent.constLast();
            QVERIFY(iq.is(u"iq", ns::Client));
            stream.receive(avatarResult(iq, {}, {}));
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QByteArray published = avatars.avatarFor(stream.boundJid().bareString());
        QVERIFY(published.startsWith("\x89PNG"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(published, "PNG"));
        QVERIFY(decoded.width() <= OwnAvatarImage::MaxSide);
        QVERIFY(isNear(decoded.pixel(decoded.width() / 2, decoded.height() / 2), red));
    }
};

QTEST_MAIN(AvatarsUiTest)
#include "tst_avatars.moc"
