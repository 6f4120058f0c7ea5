#pragma once

#include "launchoptions.h"

#include <QString>
#include <QStringList>

namespace Sockpit {

/// What to do after reading the command line.
struct CommandLineResult
{
    enum class Action {
        Run,      ///< options are valid: open the window or run headless
        ShowText, ///< --help or --version: print text, exit 0
        Fail,     ///< bad arguments: print text (the reason), exit 2
    };
    Action action = Action::Run;
    LaunchOptions options;
    QString text;
};

/// Parses and validates arguments (arguments[0] is the program). Every failure
/// names the option and what is wrong with its value.
CommandLineResult parseCommandLine(const QStringList &arguments);

/// The value of --lang, if given, before full parsing: messages about the
/// other options are then already in that language.
QString requestedLanguage(const QStringList &arguments);

/// True when the arguments ask for no window (--headless, --ipcalc, --help,
/// --version), so main() can choose the application class before parsing.
bool wantsNoWindow(int argc, char **argv);

} // namespace Sockpit
