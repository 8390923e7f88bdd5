#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace lgsp::app {

// --screenshot: saves a PNG of the window once it is ready (or after a timeout) and quits.
// --report-first-paint: prints "first-paint <ms>" when the window first paints.
class WindowCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowCapture)

public:
    WindowCapture(QWidget *window, QObject *parent = nullptr);

    void reportFirstPaint(const QElapsedTimer &sinceStart);
    // Captures to `path` after markReady() (plus a short settle delay) or after timeoutMs.
    void captureWhenReady(const QString &path, int timeoutMs);
    void markReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void capture();

    QPointer<QWidget> m_window;
    QString m_path;
    QTimer m_timeout;
    QElapsedTimer m_sinceStart;
    bool m_reportPaint = false;
    bool m_captured = false;
};

} // namespace lgsp::app
