#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <type_traits>

namespace Linnet {

// Runs done(result) on context's thread once future finishes, unless context is gone by then
// (the watcher is its child). Qt 6.4's QFuture::then(context, …) asserts in that case.
template <typename T, typename Done> void whenReady(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>)
                             done();
                         else
                             done(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace Linnet
