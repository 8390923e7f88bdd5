#include "windowcapture.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QWidget>

#include <cstdio>

namespace lgsp::app {

namespace {
constexpr int kSettleDelayMs = 400; // let layouts and the first paint of new rows finish
}

WindowCapture::WindowCapture(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "lgsp-console: %s\n",
                     qUtf8Printable(tr("The window was not ready in time; capturing it as it "
                                       "is.")));
        capture();
    });
}

void WindowCapture::reportFirstPaint(const QElapsedTimer &sinceStart)
{
    m_sinceStart = sinceStart;
    m_reportPaint = true;
    m_window->installEventFilter(this);
}

void WindowCapture::captureWhenReady(const QString &path, int timeoutMs)
{
    m_path = path;
    m_timeout.start(timeoutMs);
}

void WindowCapture::markReady()
{
    if (m_path.isEmpty() || m_captured)
        return;
    QTimer::singleShot(kSettleDelayMs, this, &WindowCapture::capture);
}

bool WindowCapture::eventFilter(QObject *watched, QEvent *event)
{
    if (m_reportPaint && watched == m_window && event->type() == QEvent::Paint) {
        m_reportPaint = false;
        // Printed after this paint event is handled, so the frame is really drawn.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
        });
    }
    return QObject::eventFilter(watched, event);
}

void WindowCapture::capture()
{
    if (m_captured || !m_window)
        return;
    m_captured = true;
    m_timeout.stop();
    const QPixmap image = m_window->grab();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(
            stderr, "lgsp-console: %s\n",
            qUtf8Printable(
                tr("Cannot write the screenshot to %1.").arg(QDir::toNativeSeparators(m_path))));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("%s\n", qUtf8Printable(
                            tr("Screenshot saved to %1.").arg(QDir::toNativeSeparators(m_path))));
    std::fflush(stdout);
    m_window->close();
    QCoreApplication::exit(0);
}

} // namespace lgsp::app
