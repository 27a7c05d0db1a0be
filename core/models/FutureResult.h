#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace Linnet {

// Calls done(result) on context's thread once future finishes, unless context is gone first.
// (Qt 6.4's QFuture::then(context, ...) asserts when the context dies before the future.)
template <typename T, typename Done> void onResult(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace Linnet
