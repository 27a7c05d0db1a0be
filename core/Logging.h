#pragma once

#include <QLoggingCategory>

// One category per protocol area; enable with QT_LOGGING_RULES="linnet.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcXml)
Q_DECLARE_LOGGING_CATEGORY(lcStream)
Q_DECLARE_LOGGING_CATEGORY(lcSasl)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcIm)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
