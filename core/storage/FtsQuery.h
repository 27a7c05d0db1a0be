#pragma once

#include <QString>

namespace Linnet::FtsQuery {

// What the user typed as an FTS5 expression that cannot be a syntax error: every word becomes
// a quoted string (so AND, NEAR(, * and quotes are plain text), the words are ANDed, and the
// last one matches as a prefix (search as you type) once it has two characters (one letter
// would match a good part of the index). Words without a letter or digit are dropped, as the
// tokenizer would. Empty when nothing searchable is left.
QString fromUserText(const QString &text);

// The conversation JID as one token of the index's conversation_token column: 'c' and the hex
// of its UTF-8, so that filtering by conversation is an intersection inside the index rather
// than a look-up of every match.
QString conversationToken(const QString &conversation);

// The MATCH argument for expression (from fromUserText) over the bodies, in one conversation
// unless that is empty.
QString matchBodies(const QString &expression, const QString &conversation);

} // namespace Linnet::FtsQuery
