// Security catalogue, what reaches the screen: markup in message bodies, links, names in the
// conversation view, and avatar images. Offscreen widgets (QT_QPA_PLATFORM=offscreen).
#include "ContactsTestXml.h"
#include "avatars/AvatarImageDecoder.h"
#include "chat/ConversationView.h"
#include "chat/MessageDelegate.h"
#include "chat/MessageRichText.h"
#include "im/DisplayText.h"
#include "models/MessageModel.h"
#include "muc/InvitationPrompt.h"
#include "muc/MucInvitations.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Linnet;
using Linnet::Test::stanzaFromXml;

namespace {

// A document that records every resource (image, style sheet) it is asked to load.
class RecordingDocument : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

QStandardItem *messageRow(const QString &body, const QString &nick = {})
{
    static qint64 rowId = 0;
    auto *item = new QStandardItem(body);
    item->setData(++rowId, MessageModel::RowIdRole);
    item->setData(body, MessageModel::BodyRole);
    item->setData(u"bob@localhost/phone"_s, MessageModel::SenderJidRole);
    item->setData(nick, MessageModel::SenderNameRole);
    item->setData(false, MessageModel::OwnRole);
    item->setData(QDateTime::currentDateTimeUtc(), MessageModel::TimestampRole);
    item->setData(true, MessageModel::FirstInGroupRole);
    return item;
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
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    QByteArray typed = type + data;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(typed), crc.data());
    return chunk + typed + crc;
}

// A 1-bit greyscale PNG of width × height, all black, written by hand: the IDAT is a zlib
// stream of rows of zeros, which compresses about a thousand to one.
QByteArray blackPng(quint32 width, quint32 height, quint32 rowsInData)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 1; // bit depth
    header[9] = 0; // greyscale
    const QByteArray rows(qsizetype(1 + (width + 7) / 8) * rowsInData, '\0');
    const QByteArray zlib = qCompress(rows, 9).mid(4); // qCompress prefixes the length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

class SecurityUiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Class: markup injection into the chat view (CWE-79; the XHTML-IM class, XEP-0071 §8,
    // and the XSS bugs of web-based clients). A body is text: HTML in it is shown as
    // written. No script, no style, no image is loaded, not a local file (file:///…/id_rsa
    // would be read and shown) nor a remote one (a tracking pixel tells the sender we read).
    void htmlInABodyIsShownAsText_CWE_79()
    {
        const QString body =
            u"<script>alert(1)</script><img src=\"http://tracker.example/p.png\">"
            u"<img src=\"file:///etc/passwd\"><a href=\"javascript:alert(2)\">click</a>"
            u"<style>body{background:url(http://tracker.example/bg)}</style>"
            u"<b onmouseover=\"x\">bold?</b>&amp;"_s;
        RecordingDocument document;
        document.setHtml(MessageRichText::toHtml(body));
        QImage canvas(400, 400, QImage::Format_ARGB32);
        QPainter painter(&canvas);
        document.setTextWidth(400);
        document.drawContents(&painter);
        painter.end();
        QCOMPARE(document.toPlainText(), body);
        QVERIFY(document.requested.isEmpty());
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY(!format.isImageFormat());
                // Addresses in the text may be links, but only to what is safe to open.
                if (format.isAnchor()) {
                    QVERIFY(MessageRichText::isAllowedLink(QUrl(format.anchorHref())));
                    QVERIFY(format.anchorHref().startsWith(u"http://tracker.example/"));
                }
                QVERIFY(format.fontWeight() <= QFont::Normal);
            }
        }
    }

    // Class: dangerous link schemes (CWE-601/CWE-79: javascript:, file:, data:, and
    // look-alike text). Only http, https, xmpp and mailto become links, and a click in the
    // conversation view acts on nothing else.
    void onlySafeLinksAreActedOn_CWE_79()
    {
        QStandardItemModel rows;
        rows.appendRow(messageRow(u"javascript:alert(1) file:///etc/passwd data:text/html,x "
                                  u"JaVaScRiPt:alert(3) vbscript:x smb://host/share "
                                  u"https://safe.example/page"_s));
        ConversationView view;
        view.setTimeline(&rows, nullptr);
        view.resize(420, 240);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &ConversationView::linkActivated);
        const QRect rect = view.visualRect(view.model()->index(0, 0));
        QVERIFY(rect.height() > 0);
        for (int y = rect.top(); y < rect.bottom(); y += 4) {
            for (int x = rect.left(); x < rect.right(); x += 6)
                QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(x, y));
        }
        QVERIFY(!activated.isEmpty()); // the safe link was found and clicked
        for (const QList<QVariant> &call : std::as_const(activated))
            QCOMPARE(call.at(0).toUrl(), QUrl(u"https://safe.example/page"_s));
    }

    // Class: bidi override and control characters in nicks shown in the conversation view
    // (Unicode TR #36 §2; CVE-2021-42574 "Trojan Source" for the same characters). A nick
    // with U+202E would make the header read backwards or run into the message; a line break
    // would fake a second sender line.
    void namesInTheViewCarryNoBidiOverridesOrBreaks_UTR36()
    {
        QStandardItemModel rows;
        rows.appendRow(messageRow(u"hi"_s, u"adm\u202Enimda\nroot\u2066x\u200B"_s));
        MessageDelegate delegate;
        delegate.setNameResolver([](const QString &, bool) { return u"Bob\u202E\u0007"_s; });
        QCOMPARE(delegate.senderName(rows.index(0, 0)), u"admnimda rootx"_s);
        rows.item(0)->setData(QString(), MessageModel::SenderNameRole);
        QCOMPARE(delegate.senderName(rows.index(0, 0)), u"Bob"_s);
        QCOMPARE(safeDisplayName(u"\u202E\u2067"), QString());
    }

    // Class: image decompression bomb (CWE-409; the "pixel flood" PNG/GIF bombs of image
    // libraries and the avatar DoS bugs of chat clients). A few kilobytes declaring
    // 30000 × 30000 pixels would need 3.6 GB to decode. The decoder reads the header first
    // and refuses it without decoding; a bomb within the byte limit that really holds all its
    // rows (8000 × 8000 from about 8 KB) is refused the same way.
    void avatarDecompressionBombIsRefusedBeforeDecoding_CWE_409()
    {
        const QByteArray flood = blackPng(30000, 30000, 16);
        QVERIFY(flood.size() < 4096);
        const AvatarDecodeResult refused = decodeAvatarImage(flood);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"30000"), qPrintable(refused.error));

        const QByteArray bomb = blackPng(8000, 8000, 8000);
        QVERIFY2(bomb.size() < 64 * 1024, qPrintable(QString::number(bomb.size())));
        QElapsedTimer clock;
        clock.start();
        const AvatarDecodeResult alsoRefused = decodeAvatarImage(bomb);
        QVERIFY(!alsoRefused.ok());
        QVERIFY(alsoRefused.error.contains(u"8000"));
        QVERIFY(clock.elapsed() < 1000);

        // The same file format within the limits decodes (so the header was what refused).
        const AvatarDecodeResult fine = decodeAvatarImage(blackPng(64, 48, 48));
        QVERIFY2(fine.ok(), qPrintable(fine.error));
        QCOMPARE(fine.image.size(), QSize(64, 48));
    }

    // The rest of the avatar class: too many bytes, truncated or lying images, things that
    // are not images, formats that are not for avatars; a good picture is scaled down.
    void avatarDecoderRefusesWhatIsNotASmallPicture_CWE_409()
    {
        QImage picture(800, 400, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        const QByteArray png = encoded(picture, "PNG");
        const AvatarDecodeResult good = decodeAvatarImage(png);
        QVERIFY2(good.ok(), qPrintable(good.error));
        QCOMPARE(good.image.size(), QSize(256, 128));

        const AvatarDecodeResult truncated = decodeAvatarImage(png.left(png.size() / 2));
        QVERIFY(!truncated.ok());
        QVERIFY(!truncated.error.isEmpty());

        QVERIFY(!decodeAvatarImage("<html>not a picture</html>").ok());
        QVERIFY(!decodeAvatarImage({}).ok());
        const AvatarDecodeResult bmp = decodeAvatarImage(encoded(picture, "BMP"));
        QVERIFY(!bmp.ok());
        QVERIFY(bmp.error.contains(u"bmp"));

        QByteArray padded = png;
        padded.append(QByteArray(2 * 1024 * 1024, '\0'));
        const AvatarDecodeResult big = decodeAvatarImage(padded);
        QVERIFY(!big.ok());
        QVERIFY(big.error.contains(u"KiB"));

        // A header that says 64 × 48 over rows for only a few lines: damaged, not a picture.
        QVERIFY(!decodeAvatarImage(blackPng(64, 48, 3)).ok());
    }

    // Class: MUC invitation spoofing (CWE-290, authentication by a claimed name). A mediated
    // invitation (XEP-0045 §7.8.2) carries the inviter in <invite from='...'/>, written by the
    // "room"; anyone can send one from an address that looks like a room and name the user's
    // boss as inviter. The prompt attributes the inviter to the room that makes the claim; a
    // direct invitation (XEP-0249) names its sender, whom our server stamped.
    void mediatedInvitationSaysWhoClaimsTheInviter_CWE_290()
    {
        const auto invitation = parseMucInvitation(stanzaFromXml(
            u"<message xmlns='jabber:client' from='helpdesk@evil.example' to='me@localhost'>"
            u"<x xmlns='http://jabber.org/protocol/muc#user'>"
            u"<invite from='boss@company.example/desk'><reason>Urgent</reason></invite>"
            u"</x></message>"_s));
        QVERIFY(invitation);
        QCOMPARE(InvitationPrompt::sentence(*invitation),
                 u"The room helpdesk@evil.example says boss@company.example invites you: "
                 u"Urgent"_s);
        const auto direct = parseMucInvitation(stanzaFromXml(
            u"<message xmlns='jabber:client' from='alice@localhost/desk' to='me@localhost'>"
            u"<x xmlns='jabber:x:conference' jid='lounge@conference.localhost'/></message>"_s));
        QVERIFY(direct);
        QCOMPARE(InvitationPrompt::sentence(*direct),
                 u"alice@localhost invites you to the room lounge@conference.localhost."_s);
    }
};

QTEST_MAIN(SecurityUiTest)
#include "tst_security_ui.moc"
