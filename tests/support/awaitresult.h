#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace lgsp::test {

// Runs an asynchronous call and waits (in an event loop, never a sleep) for its handler.
// `start` receives the handler to pass on. Returns nullopt when nothing came in `ms`.
template<typename R>
std::optional<R> awaitResult(const std::function<void(std::function<void(const R &)>)> &start,
                             int ms = 20000)
{
    struct State
    {
        std::optional<R> result;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    std::weak_ptr<State> weak = state;
    start([weak](const R &r) {
        if (auto s = weak.lock()) {
            s->result = r;
            s->loop.quit();
        }
    });
    if (!state->result) {
        QTimer::singleShot(ms, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    return state->result;
}

} // namespace lgsp::test
