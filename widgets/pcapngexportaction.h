#pragma once

#include "result.h"

#include <QAction>
#include <QPointer>

class QMainWindow;

namespace Sockpit {

class SessionWorkspace;

/// File → Export as pcapng…: writes the log of the current session tab as a
/// pcapng file for Wireshark. It asks for the file, exports, and says how it
/// went in the status bar, or in a dialog naming the reason. The log keeps
/// everything either way. Disabled where there is no log (the IP calculator).
class PcapngExportAction : public QAction
{
    Q_OBJECT
public:
    explicit PcapngExportAction(QMainWindow *window);

    /// The tab's workspace, or nullptr for a tab without a log.
    void setWorkspace(SessionWorkspace *workspace);
    /// Writes the workspace's log to path and shows the result.
    Status exportTo(const QString &path);
    void retranslate();

private:
    void chooseFile();

    QMainWindow *m_window;
    QPointer<SessionWorkspace> m_workspace;
};

} // namespace Sockpit
