#pragma once

#include <QObject>

// Turns SIGINT/SIGTERM (Ctrl+C / console close on Windows) into a queued call of
// QCoreApplication::quit(), so shutdown runs on the event loop and flushes what it must.
void installShutdownSignalHandlers(QObject *parent);
