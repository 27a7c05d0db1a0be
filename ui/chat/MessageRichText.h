#pragma once

#include <QList>
#include <QString>
#include <QStringView>

class QUrl;

namespace Linnet {

// A message body as rich text for QTextDocument. The body is never taken as HTML: every
// character is escaped, XEP-0393 styling becomes <b>, <i>, <s>, <code>, <pre> and indented
// quotes (the directives stay visible, dimmed), and only http, https, xmpp and mailto
// addresses become links.
namespace MessageRichText {

struct Link
{
    int start = 0;
    int length = 0;
    QString href; // encoded, safe inside a quoted attribute once escaped
};

QString toHtml(QStringView body);
// The addresses in text that become links, in order.
QList<Link> findLinks(QStringView text);
bool isAllowedLink(const QUrl &url);

} // namespace MessageRichText
} // namespace Linnet
