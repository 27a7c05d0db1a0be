#include "Logging.h"

Q_LOGGING_CATEGORY(lcXml, "linnet.xml", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStream, "linnet.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSasl, "linnet.sasl", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "linnet.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIm, "linnet.im", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "linnet.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "linnet.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChat, "linnet.chat", QtInfoMsg)
