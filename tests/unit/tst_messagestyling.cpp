// XEP-0393 message styling: every example of the XEP, the span rules one by one, and bodies
// built to make a naive parser slow or crash.
#include "im/MessageStyling.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace Linnet {

// Readable failures: QTest finds these by argument-dependent lookup.
char *toString(const StyledSpan &span)
{
    return qstrdup(QStringLiteral("{%1, %2, styles %3}")
                       .arg(span.start)
                       .arg(span.length)
                       .arg(span.styles)
                       .toUtf8()
                       .constData());
}

char *toString(const StyledBlock &block)
{
    QString spans;
    for (const StyledSpan &span : block.spans) {
        char *text = toString(span);
        spans += QString::fromUtf8(text) + u' ';
        delete[] text;
    }
    return qstrdup(QStringLiteral("{kind %1, depth %2, \"%3\", %4}")
                       .arg(int(block.kind))
                       .arg(block.quoteDepth)
                       .arg(block.text.left(80), spans)
                       .toUtf8()
                       .constData());
}

} // namespace Linnet

namespace {

using Kind = StyledBlock::Kind;
constexpr int Strong = StyledSpan::Strong;
constexpr int Emphasis = StyledSpan::Emphasis;
constexpr int Strike = StyledSpan::Strike;
constexpr int Code = StyledSpan::Code;

StyledBlock block(Kind kind, int depth, const QString &text, QList<StyledSpan> spans = {})
{
    return {kind, depth, text, spans};
}

// The text a span covers, for readable comparisons.
QStringList styledTexts(const StyledBlock &b)
{
    QStringList texts;
    for (const StyledSpan &span : b.spans)
        texts.append(b.text.mid(span.start, span.length));
    return texts;
}

} // namespace

class MessageStylingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainBlocks()
    {
        // §5.1.1: three lines; the '*'s may not pair up across lines.
        const QString body = u"There are three blocks in this body marked by parens,\n"
                             u"but there is no *formatting\n"
                             u"as spans* may not escape blocks."_s;
        QCOMPARE(MessageStyling::parse(body), QList<StyledBlock>{block(Kind::Plain, 0, body)});
        QVERIFY(MessageStyling::parse(u""_s).isEmpty());
        // Unstyled text comes back as it is, trailing newline included.
        QCOMPARE(MessageStyling::parse(u"hello\n\nworld\n"_s),
                 QList<StyledBlock>{block(Kind::Plain, 0, u"hello\n\nworld\n"_s)});
    }

    void preformattedBlock()
    {
        // §5.1.2, first example: the opening line's remainder is dropped.
        const auto blocks =
            MessageStyling::parse(u"```ignored\n(println \"Hello, world!\")\n```\n\n"
                                  u"This should show up as monospace, preformatted text ⤴"_s);
        QCOMPARE(blocks, (QList<StyledBlock>{
                             block(Kind::Preformatted, 0, u"(println \"Hello, world!\")"_s),
                             block(Kind::Plain, 0,
                                   u"\nThis should show up as monospace, preformatted text ⤴"_s)}));
    }

    void preformattedBlockWithoutEnd()
    {
        // §5.1.2, second example: the quote ends the block it opened.
        const auto blocks = MessageStyling::parse(
            u"> ```\n> (println \"Hello, world!\")\n\n"
            u"The entire blockquote is a preformatted text block, but this line\n"
            u"is plaintext!"_s);
        QCOMPARE(blocks,
                 (QList<StyledBlock>{
                     block(Kind::Preformatted, 1, u"(println \"Hello, world!\")"_s),
                     block(Kind::Plain, 0,
                           u"\nThe entire blockquote is a preformatted text block, but this "
                           u"line\nis plaintext!"_s)}));

        // Unclosed at the top level: to the end of the message, styling untouched.
        QCOMPARE(
            MessageStyling::parse(u"```\n*not strong*\n> not a quote"_s),
            QList<StyledBlock>{block(Kind::Preformatted, 0, u"*not strong*\n> not a quote"_s)});
    }

    void preformattedBlockEdges()
    {
        // Only a line of exactly three grave accents closes; an empty block is a block.
        QCOMPARE(MessageStyling::parse(u"```\n``` \n````\n```"_s),
                 QList<StyledBlock>{block(Kind::Preformatted, 0, u"``` \n````"_s)});
        QCOMPARE(MessageStyling::parse(u"```\n```"_s),
                 QList<StyledBlock>{block(Kind::Preformatted, 0, QString())});
        // Closed inside a quote, then the quote goes on.
        QCOMPARE(MessageStyling::parse(u"> ```\n> *code*\n> ```\n> *after*"_s),
                 (QList<StyledBlock>{block(Kind::Preformatted, 1, u"*code*"_s),
                                     block(Kind::Quote, 1, u"*after*"_s, {{1, 5, Strong}})}));
        // Not at the start of a line: no block.
        QCOMPARE(MessageStyling::parse(u"a ```b```"_s).constFirst().kind, Kind::Plain);
    }

    void quotation()
    {
        // §5.1.3, first example.
        QCOMPARE(
            MessageStyling::parse(u"> That that is, is.\n\nSaid the old hermit of Prague."_s),
            (QList<StyledBlock>{block(Kind::Quote, 1, u"That that is, is."_s),
                                block(Kind::Plain, 0, u"\nSaid the old hermit of Prague."_s)}));
    }

    void nestedQuotation()
    {
        // §5.1.3, second example.
        QCOMPARE(MessageStyling::parse(
                     u">> That that is, is.\n> Said the old hermit of Prague.\n\nWho?"_s),
                 (QList<StyledBlock>{block(Kind::Quote, 2, u"That that is, is."_s),
                                     block(Kind::Quote, 1, u"Said the old hermit of Prague."_s),
                                     block(Kind::Plain, 0, u"\nWho?"_s)}));
    }

    void quoteDetails()
    {
        // Only the first whitespace character after '>' is trimmed; lines of one depth share a
        // block; spans inside quotes count from the block's text.
        QCOMPARE(MessageStyling::parse(u">  two spaces\n>\ttab\n>*x*\n> > y"_s),
                 (QList<StyledBlock>{
                     block(Kind::Quote, 1, u" two spaces\ntab\n*x*"_s, {{17, 1, Strong}}),
                     block(Kind::Quote, 2, u"y"_s)}));
        QCOMPARE(MessageStyling::parse(u"a > b"_s).constFirst().kind, Kind::Plain);
        QCOMPARE(MessageStyling::parse(u">"_s),
                 QList<StyledBlock>{block(Kind::Quote, 1, QString())});
    }

    void spanExamples_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("styled");
        // §5.2: styled as indicated.
        QTest::newRow("*strong*") << u"*strong*"_s << QStringList{u"strong"_s};
        QTest::newRow("plain *strong* plain")
            << u"plain *strong* plain"_s << QStringList{u"strong"_s};
        QTest::newRow("*strong* plain *strong*")
            << u"*strong* plain *strong*"_s << QStringList{u"strong"_s, u"strong"_s};
        QTest::newRow("*strong*plain*") << u"*strong*plain*"_s << QStringList{u"strong"_s};
        QTest::newRow("* plain *strong*") << u"* plain *strong*"_s << QStringList{u"strong"_s};
        // §5.2: nothing styled.
        QTest::newRow("not strong*") << u"not strong*"_s << QStringList();
        QTest::newRow("*not strong") << u"*not strong"_s << QStringList();
        QTest::newRow("*not \\n strong*") << u"*not \n strong*"_s << QStringList();
        QTest::newRow("*not *strong") << u"*not *strong"_s << QStringList();
        QTest::newRow("**") << u"**"_s << QStringList();
        QTest::newRow("****") << u"****"_s << QStringList();
        // More of the rules.
        QTest::newRow("closing after whitespace") << u"*a *"_s << QStringList();
        QTest::newRow("opening inside a word") << u"a*b*"_s << QStringList();
        QTest::newRow("single character") << u"*a*"_s << QStringList{u"a"_s};
        QTest::newRow("spaces inside") << u"*a b*"_s << QStringList{u"a b"_s};
        QTest::newRow("lazy") << u"*a*b*"_s << QStringList{u"a"_s};
        QTest::newRow("after a tab") << u"x\t_y_"_s << QStringList{u"y"_s};
        QTest::newRow("after a no-break space") << u"x\u00a0~y~"_s << QStringList{u"y"_s};
        QTest::newRow("lone markers") << u"* _ ~ `"_s << QStringList();
    }

    void spanExamples()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, styled);
        QStringList found;
        for (const StyledBlock &b : MessageStyling::parse(line))
            found += styledTexts(b);
        QCOMPARE(found, styled);
    }

    void plainSpan()
    {
        // §5.2.1: "(Two spans, both )(*alike in dignity*)".
        const QString body = u"Two spans, both *alike in dignity*"_s;
        QCOMPARE(MessageStyling::parse(body),
                 QList<StyledBlock>{block(Kind::Plain, 0, body, {{17, 16, Strong}})});
    }

    void emphasis()
    {
        // §5.2.2: spans on both lines of the block, offsets into the block's text.
        const QString body = u"The full title is _Twelfth Night, or What You Will_ but\n"
                             u"_most_ people shorten it."_s;
        const auto blocks = MessageStyling::parse(body);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks[0].spans, (QList<StyledSpan>{{19, 31, Emphasis}, {57, 4, Emphasis}}));
        QCOMPARE(styledTexts(blocks[0]),
                 (QStringList{u"Twelfth Night, or What You Will"_s, u"most"_s}));
    }

    void strong()
    {
        // §5.2.3.
        const auto blocks =
            MessageStyling::parse(u"The full title is \"Twelfth Night, or What You Will\" but\n"
                                  u"*most* people shorten it."_s);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks[0].spans, (QList<StyledSpan>{{57, 4, Strong}}));
        QCOMPARE(styledTexts(blocks[0]), QStringList{u"most"_s});
    }

    void strikeThrough()
    {
        // §5.2.4.
        QCOMPARE(MessageStyling::parse(u"Everyone ~dis~likes cake."_s),
                 QList<StyledBlock>{
                     block(Kind::Plain, 0, u"Everyone ~dis~likes cake."_s, {{10, 3, Strike}})});
    }

    void preformattedSpans()
    {
        // §5.2.5 and its list of valid preformatted spans.
        QCOMPARE(MessageStyling::parse(u"Wow, I can write in `monospace`!"_s).constFirst().spans,
                 (QList<StyledSpan>{{21, 9, Code}}));
        QCOMPARE(MessageStyling::parse(u"This is `monospace`"_s).constFirst().spans,
                 (QList<StyledSpan>{{9, 9, Code}}));
        // No styling inside code.
        QCOMPARE(MessageStyling::parse(u"This is `*monospace*`"_s).constFirst().spans,
                 (QList<StyledSpan>{{9, 11, Code}}));
        // Code inside strong: both styles on the inner text.
        QCOMPARE(MessageStyling::parse(u"This is *`monospace and bold`*"_s).constFirst().spans,
                 (QList<StyledSpan>{{9, 20, Strong}, {10, 18, Strong | Code}}));
    }

    void nestedSpans()
    {
        // The glossary's "(_emphasized span containing (*strong span*)_)".
        const QString body = u"_emphasized span containing *strong span*_"_s;
        const auto spans = MessageStyling::parse(body).constFirst().spans;
        QCOMPARE(spans, (QList<StyledSpan>{{1, 40, Emphasis}, {29, 11, Emphasis | Strong}}));
        QCOMPARE(MessageStyling::parse(u"*_~all~_*"_s).constFirst().spans,
                 (QList<StyledSpan>{{1, 7, Strong},
                                    {2, 5, Strong | Emphasis},
                                    {3, 3, Strong | Emphasis | Strike}}));
        // The first closing marker wins, even inside what looks like an inner span.
        QCOMPARE(MessageStyling::parse(u"*a `b* c`"_s).constFirst().spans,
                 (QList<StyledSpan>{{1, 4, Strong}}));
    }

    void spansInsideQuotes()
    {
        const auto blocks = MessageStyling::parse(u"> quoted *text*\nplain _text_"_s);
        QCOMPARE(blocks, (QList<StyledBlock>{
                             block(Kind::Quote, 1, u"quoted *text*"_s, {{8, 4, Strong}}),
                             block(Kind::Plain, 0, u"plain _text_"_s, {{7, 4, Emphasis}})}));
    }

    void hostileBodies()
    {
        QElapsedTimer timer;
        timer.start();
        // Openings without closings, each of which a naive parser would scan to the end for.
        QString manyOpenings;
        for (int i = 0; i < 50000; ++i)
            manyOpenings += u" *a _b ~c `d"_s;
        const auto flat = MessageStyling::parse(manyOpenings);
        QCOMPARE(flat.size(), 1);
        QVERIFY(flat[0].spans.isEmpty());

        // Deep quotes do not exhaust the stack; the deepest levels stay as text.
        const QString deep = QString(100000, u'>') + u" deep"_s;
        const auto quoted = MessageStyling::parse(deep);
        QCOMPARE(quoted.size(), 1);
        QCOMPARE(quoted[0].kind, Kind::Quote);
        QVERIFY(quoted[0].quoteDepth > 1);
        QVERIFY(quoted[0].text.endsWith(u"deep"));

        // Many lines, many fences, many markers.
        QString lines;
        for (int i = 0; i < 20000; ++i)
            lines += u"```x\n> *a*\n"_s;
        QVERIFY(!MessageStyling::parse(lines).isEmpty());
        QString markers(200000, u'*');
        QVERIFY(MessageStyling::parse(markers).constFirst().spans.isEmpty());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(MessageStylingTest)
#include "tst_messagestyling.moc"
