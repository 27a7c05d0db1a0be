#pragma once

#include <QLabel>

namespace Linnet {

// A word-wrapped message on a tinted background, for errors and warnings inside a window.
class Banner : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };

    explicit Banner(Kind kind, QWidget *parent = nullptr);

    // Shows the text, or hides the banner when it is empty.
    void setMessage(const QString &text);
    void setKind(Kind kind);

private:
    Kind m_kind;
};

} // namespace Linnet
