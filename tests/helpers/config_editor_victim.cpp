// A console Configuration page in a process of its own, for the crash-recovery test: it
// opens the bundle given, types into the first tenant's name like an officer would, waits
// until the autosave has written the recovery file, says so on stdout and then waits to be
// killed.
//   config_editor_victim BUNDLE RECOVERY_FILE TEXT_TO_TYPE
#include "models/config/bundledocument.h"
#include "models/config/bundlerecovery.h"
#include "ui/config/configpage.h"
#include "ui/config/tenanteditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: config_editor_victim BUNDLE RECOVERY_FILE TEXT\n");
        return 2;
    }
    lgsp::ui::ConfigPage page(nullptr);
    page.resize(1200, 800);
    page.show();
    page.setRecoveryPath(args.at(2));
    if (!page.openFile(args.at(1)))
        return 3;
    page.selectPointer(QStringLiteral("/tenants/0/name"));
    auto *name = qobject_cast<QLineEdit *>(page.tenantEditor()->editorOf(QStringLiteral("/name")));
    if (!name)
        return 4;
    auto *recovery = page.findChild<lgsp::models::BundleRecovery *>();
    QObject::connect(recovery, &lgsp::models::BundleRecovery::written, &app, [] {
        std::printf("autosaved\n");
        std::fflush(stdout);
    });
    name->setFocus();
    name->end(false);
    for (const QChar ch : args.at(3)) // Vietnamese too, as a keyboard sends it
        QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    return QApplication::exec(); // killed here
}
