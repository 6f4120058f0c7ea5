#include "commandline.h"
#include "headlessrunner.h"
#include "ipcalccommand.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace Sockpit;

int main(int argc, char *argv[])
{
    // The window needs a display; the command-line modes must run without one.
    std::unique_ptr<QCoreApplication> app;
    if (wantsNoWindow(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sockpit"));
    QCoreApplication::setApplicationName(QStringLiteral("Sockpit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKPIT_VERSION));

    // The language comes first, so that even complaints about arguments speak it.
    const QString requested = requestedLanguage(QCoreApplication::arguments());
    if (!LanguageManager::instance().setLanguage(requested))
        LanguageManager::instance().setLanguage(LanguageManager::preferred());

    const CommandLineResult command = parseCommandLine(QCoreApplication::arguments());
    if (command.action == CommandLineResult::Action::ShowText) {
        QTextStream(stdout) << command.text;
        return 0;
    }
    if (command.action == CommandLineResult::Action::Fail) {
        QTextStream(stderr) << "sockpit: " << command.text << '\n';
        return 2;
    }
    const LaunchOptions &options = command.options;
    const QString language = LanguageManager::instance().language();
    if (!options.language.isEmpty() && !options.headless && options.mode != LaunchOptions::Mode::IpCalc)
        LanguageManager::instance().chooseLanguage(options.language);

    if (options.mode == LaunchOptions::Mode::IpCalc) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return runIpCalc(options.ipcalcInput, out, err, language == u"zh_CN");
    }
    if (options.headless) {
        std::signal(SIGPIPE, SIG_IGN); // a closed stdout ends the run through write errors, not a signal
        HeadlessRunner runner(options);
        QObject::connect(&runner, &HeadlessRunner::finished, app.get(), &QCoreApplication::exit);
        const int early = runner.start();
        if (early >= 0)
            return early;
        return QCoreApplication::exec();
    }

    // SOCKPIT_PALETTE=dark: Fusion with a dark palette, to see that every colour reads on it.
    if (qEnvironmentVariable("SOCKPIT_PALETTE") == u"dark") {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(Theme::darkPalette());
    }
    MainWindow window;
    window.show();
    window.launch(options);
    return QApplication::exec();
}
