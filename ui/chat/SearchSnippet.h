#pragma once

#include <QString>
#include <QStringList>

namespace Linnet {

// The part of a message body around what was searched for, as escaped rich text with every
// match highlighted; "…" marks where the body was cut.
namespace SearchSnippet {

// The words of a search as the user typed them, without search-syntax characters.
QStringList terms(const QString &query);
QString toHtml(const QString &body, const QString &query, int context = 40);

} // namespace SearchSnippet
} // namespace Linnet
