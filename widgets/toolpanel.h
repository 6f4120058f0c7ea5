#pragma once

#include <QWidget>

namespace Sockpit {

class SessionWorkspace;
struct LaunchOptions;

/// A tab of the main window. The window talks to every tab through this: it
/// starts one from the command line, saves them all on close and finds the
/// log of the current one.
class ToolPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Applies what the command line asked for and starts the tool.
    virtual void launch(const LaunchOptions &options) = 0;
    /// Writes what the tab remembers, in one batch.
    virtual void saveSettings() = 0;
    /// The log and send area, or nullptr for a tab without a session.
    virtual SessionWorkspace *workspace() const { return nullptr; }
};

} // namespace Sockpit
