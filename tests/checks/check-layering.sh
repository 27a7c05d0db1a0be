#!/bin/sh
# The build's layering rules (shared/DESIGN.md): core knows no widgets or GUI, ui knows no XML.
set -u
root=${1:?usage: check-layering.sh SOURCE_DIR}
status=0

bad=$(grep -rnE '#include *[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QPixmap|QImage|QIcon|QColor|QFont|QPainter|ui/)' \
    "$root/core" 2>/dev/null)
if [ -n "$bad" ]; then
    echo "core/ must not use Qt Widgets, Qt Gui or ui/:"
    echo "$bad"
    status=1
fi

bad=$(grep -rnE '(#include *[<"](QXmlStream|QDom|xml/|stream/Session\.h|stream/Connector|stream/Client\.h|stream/sasl)|xmlns|jabber:client|urn:xmpp|urn:ietf)' \
    "$root/ui" 2>/dev/null)
if [ -n "$bad" ]; then
    echo "ui/ must not touch XML, namespaces or stream internals:"
    echo "$bad"
    status=1
fi

[ $status -eq 0 ] && echo "layering: core and ui respect their boundaries"
exit $status
