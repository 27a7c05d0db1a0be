// How messages look, without a screen: the rich text a body becomes (escaped, styled, only
// safe links), what the delegate shows for a row (day, sender, delivery, edited), search
// snippets and the initials circle.
#include "chat/Avatar.h"
#include "chat/ChatTexts.h"
#include "chat/DesktopNotifier.h"
#include "chat/MessageDelegate.h"
#include "chat/MessageRichText.h"
#include "chat/SearchSnippet.h"
#include "models/MessageModel.h"

#include <QListView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Linnet;
using namespace Qt::StringLiterals;

namespace {
QStringList hrefs(const QString &html)
{
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    QStringList found;
    for (auto it = href.globalMatch(html); it.hasNext();)
        found.append(it.next().captured(1));
    return found;
}

QStandardItem *messageItem(const QString &body, bool own, const QDateTime &when)
{
    static qint64 rowId = 0;
    auto *item = new QStandardItem(body);
    item->setData(++rowId, MessageModel::RowIdRole);
    item->setData(body, MessageModel::BodyRole);
    item->setData(own ? u"me@localhost/desk"_s : u"alice@localhost/phone"_s,
                  MessageModel::SenderJidRole);
    item->setData(own, MessageModel::OwnRole);
    item->setData(when, MessageModel::TimestampRole);
    item->setData(int(own ? DeliveryState::Sent : DeliveryState::None),
                  MessageModel::DeliveryStateRole);
    item->setData(true, MessageModel::FirstInGroupRole);
    item->setData(false, MessageModel::NewDayRole);
    return item;
}
} // namespace

class ChatRenderingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodyMarkupIsEscaped()
    {
        const QString html = MessageRichText::toHtml(u"<b>not bold</b> & <script>x</script>"_s);
        QVERIFY(html.contains(u"&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;"_s));
        QVERIFY(!html.contains(u"<b>not bold"_s));
        QVERIFY(!html.contains(u"<script"_s));
    }

    void stylingBecomesRichText()
    {
        const QString html =
            MessageRichText::toHtml(u"*strong* _em_ ~gone~ `a *b*`\n> quoted\n```\nx < y\n```"_s);
        QVERIFY(html.contains(u"<b>strong</b>"_s));
        QVERIFY(html.contains(u"<i>em</i>"_s));
        QVERIFY(html.contains(u"<s>gone</s>"_s));
        // Nothing is styled inside a code span.
        QVERIFY(html.contains(u"<code>a *b*</code>"_s));
        QVERIFY(html.contains(u"margin-left:14px"_s));
        QVERIFY(html.contains(u"<pre"_s));
        QVERIFY(html.contains(u"x &lt; y"_s));
        // The directives stay visible, dimmed.
        QVERIFY(html.contains(u"<span style=\"color:#808080\">*</span>"_s));
    }

    void onlySafeSchemesBecomeLinks()
    {
        const QString body =
            u"see https://example.org/wiki/A_(b). or http://x.org/p?q=1&r=2, "
            "xmpp:bob@localhost mailto:carol@example.org javascript:alert(1) "
            "file:///etc/passwd data:text/html,<script>alert(1)</script> "
            "JavaScript:http://evil ftp://example.org http://example.org/\"onmouseover=\"x"_s;
        const QString html = MessageRichText::toHtml(body);
        QCOMPARE(hrefs(html),
                 (QStringList{u"https://example.org/wiki/A_(b)"_s, u"http://x.org/p?q=1&amp;r=2"_s,
                              u"xmpp:bob@localhost"_s, u"mailto:carol@example.org"_s,
                              u"http://evil"_s, u"http://example.org/"_s}));
        QVERIFY(!html.contains(u"href=\"javascript"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"href=\"file"_s));
        QVERIFY(!html.contains(u"href=\"data"_s));
        QVERIFY(!html.contains(u"onmouseover=\"x"_s));
        QVERIFY(!MessageRichText::isAllowedLink(QUrl(u"javascript:alert(1)"_s)));
        QVERIFY(!MessageRichText::isAllowedLink(QUrl(u"file:///etc/passwd"_s)));
        QVERIFY(MessageRichText::isAllowedLink(QUrl(u"https://example.org"_s)));
    }

    void delegateShowsRowParts()
    {
        QStandardItemModel model;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.appendRow(messageItem(u"<i>hi</i> https://example.org"_s, false, now.addDays(-1)));
        model.item(0)->setData(true, MessageModel::NewDayRole);
        model.appendRow(messageItem(u"fixed"_s, true, now));
        model.item(1)->setData(true, MessageModel::NewDayRole);
        model.item(1)->setData(true, MessageModel::EditedRole);
        model.item(1)->setData(u"fixd"_s, MessageModel::OriginalBodyRole);
        model.appendRow(messageItem(u"lost"_s, true, now));
        model.item(2)->setData(int(DeliveryState::Failed), MessageModel::DeliveryStateRole);
        model.item(2)->setData(u"Recipient unavailable"_s, MessageModel::ErrorTextRole);

        MessageDelegate delegate;
        delegate.setNameResolver([](const QString &jid, bool own) {
            return own ? u"Me"_s : (jid == u"alice@localhost" ? u"Alice"_s : jid);
        });
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(delegate.senderName(first), u"Alice"_s);
        QCOMPARE(MessageDelegate::dayText(first), u"Yesterday"_s);
        QVERIFY(MessageDelegate::bodyHtml(first).contains(u"&lt;i&gt;hi&lt;/i&gt;"_s));
        QCOMPARE(hrefs(MessageDelegate::bodyHtml(first)), QStringList{u"https://example.org"_s});
        QCOMPARE(MessageDelegate::deliveryIconName(first), QString());
        QCOMPARE(MessageDelegate::dayText(model.index(1, 0)), u"Today"_s);
        QCOMPARE(MessageDelegate::deliveryIconName(model.index(1, 0)), u"sent"_s);
        QCOMPARE(MessageDelegate::editedToolTip(model.index(1, 0)), u"Original text:\nfixd"_s);
        QCOMPARE(MessageDelegate::deliveryIconName(model.index(2, 0)), u"failed"_s);
        QCOMPARE(MessageDelegate::deliveryToolTip(model.index(2, 0)),
                 u"Not delivered: Recipient unavailable"_s);

        // Painted in a view: rows have room for a header and a body, and painting works.
        QListView view;
        auto *painter = new MessageDelegate(&view);
        view.setItemDelegate(painter);
        view.setModel(&model);
        view.resize(400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.visualRect(first).height() > 2 * view.fontMetrics().height());
        QVERIFY(!view.grab().isNull());
    }

    void snippetsHighlightAndEscape()
    {
        const QString html = SearchSnippet::toHtml(
            u"a long first line of text\n<b>the Needle</b> in a haystack with needles"_s,
            u"needle"_s, 20);
        QVERIFY(html.startsWith(u"…"_s));
        QVERIFY(html.contains(u"&lt;b&gt;the "_s));
        QCOMPARE(html.count(u"<b style="_s), 2);
        QVERIFY(html.contains(u">Needle</b>"_s));
        QCOMPARE(SearchSnippet::terms(u"\"needle\" AND hay*"_s),
                 (QStringList{u"needle"_s, u"hay"_s}));
    }

    void initialsAndColours()
    {
        QCOMPARE(Avatar::initials(u"Bob Builder"_s), u"BB"_s);
        QCOMPARE(Avatar::initials(u"carol"_s), u"C"_s);
        QCOMPARE(Avatar::initials(u"  "_s), QString());
        QCOMPARE(Avatar::colourFor(u"alice@localhost"_s), Avatar::colourFor(u"alice@localhost"_s));
        QVERIFY(Avatar::colourFor(u"alice@localhost"_s) != Avatar::colourFor(u"bob@localhost"_s));
    }

    void notifierWithoutServiceIsQuiet()
    {
        // No session bus here: notifying does nothing, and says nothing.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/linnet-test-bus");
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &Notifier::activated);
        notifier.notify({u"alice@localhost"_s, u"Alice"_s, u"<b>hi</b>"_s});
        notifier.withdraw(u"alice@localhost"_s);
        QTest::qWait(20);
        QCOMPARE(activated.size(), 0);
    }

    void texts()
    {
        const QDate today(2024, 5, 12);
        QCOMPARE(ChatTexts::dayLabel(today, today), u"Today"_s);
        QCOMPARE(ChatTexts::dayLabel(today.addDays(-1), today), u"Yesterday"_s);
        QCOMPARE(ChatTexts::chatStateSentence(u"Alice"_s, ChatState::Composing),
                 u"Alice is typing…"_s);
        QCOMPARE(ChatTexts::chatStateSentence(u"Alice"_s, ChatState::Paused),
                 u"Alice has stopped typing"_s);
        QCOMPARE(ChatTexts::chatStateSentence(u"Alice"_s, ChatState::Active), QString());
        QCOMPARE(ChatTexts::titleWithUnread(u"Bob"_s, 2), u"Bob (2)"_s);
    }
};

QTEST_MAIN(ChatRenderingTest)
#include "tst_chat_rendering.moc"
