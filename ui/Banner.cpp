#include "Banner.h"

using namespace Qt::StringLiterals;

namespace Linnet {

Banner::Banner(Kind kind, QWidget *parent) : QLabel(parent), m_kind(kind)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setKind(kind);
    hide();
}

void Banner::setMessage(const QString &text)
{
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void Banner::setKind(Kind kind)
{
    m_kind = kind;
    QString colours;
    switch (kind) {
    case Kind::Error:
        colours = u"background: #fdecea; border: 1px solid #f1b0ab; color: #7d1d16;"_s;
        break;
    case Kind::Warning:
        colours = u"background: #fff5e0; border: 1px solid #efcb7e; color: #6b4500;"_s;
        break;
    case Kind::Information:
        colours = u"background: #e8f1fb; border: 1px solid #a9c8ec; color: #173e6b;"_s;
        break;
    }
    setStyleSheet(u"QLabel { %1 border-radius: 4px; padding: 6px 8px; }"_s.arg(colours));
}

} // namespace Linnet
