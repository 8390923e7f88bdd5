#pragma once

#include "models/i18n/translations.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QTest>
#include <QWidget>

#include <functional>

namespace lgsp::test {

// For documentation and for looking at the windows: with LGSP_SCREENSHOT_DIR set, saves
// `widget` as <dir>/<name>-en.png and, after switching the language, <name>-vi.png; then
// switches back to English. Dialogs grow to fit their contents first (never below the size
// their code gives them). `settled`, when given, is waited for (up to 20 s) after each switch:
// for windows that fetch again what they show in the new language. Does nothing otherwise.
inline void saveScreenshots(QWidget *widget, const QString &name,
                            const std::function<bool()> &settled = {})
{
    const QString dir = qEnvironmentVariable("LGSP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    models::Translations translations;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("vi")}) {
        translations.setLanguage(language);
        QTest::qWait(100); // widgets added while retranslating are shown by queued events
        if (settled)
            (void)QTest::qWaitFor(settled, 20000);
        if (qobject_cast<QDialog *>(widget))
            widget->resize(widget->size().expandedTo(widget->sizeHint()));
        QTest::qWait(100);
        widget->grab().save(
            QDir(dir).filePath(name + QLatin1Char('-') + language + QStringLiteral(".png")));
    }
    translations.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

} // namespace lgsp::test
