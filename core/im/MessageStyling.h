#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Linnet {

// XEP-0393 message styling, parsed into blocks and spans; painting is the UI's business.
struct StyledSpan
{
    enum Style {
        Strong = 0x1,   // *text*
        Emphasis = 0x2, // _text_
        Strike = 0x4,   // ~text~
        Code = 0x8,     // `text` (no styling inside)
    };
    int start = 0;  // into StyledBlock::text
    int length = 0; // the text between the markers, markers excluded
    int styles = 0; // Style flags (nested spans combine)
    friend bool operator==(const StyledSpan &, const StyledSpan &) = default;
};

struct StyledBlock
{
    enum class Kind { Plain, Preformatted, Quote };
    Kind kind = Kind::Plain;
    // Quote: how many '>' levels; a ``` block inside a quote is Preformatted with its depth.
    int quoteDepth = 0;
    QString text; // the block's text without quote markers or ``` fences
    QList<StyledSpan> spans;
    friend bool operator==(const StyledBlock &, const StyledBlock &) = default;
};

namespace MessageStyling {
// Blocks in order; consecutive plain lines at one quote depth share a block (joined by \n),
// so an unstyled body is one block equal to the body.
QList<StyledBlock> parse(QStringView body);
} // namespace MessageStyling

} // namespace Linnet
