#include "pcapngexportaction.h"

#include "pcapngexport.h"
#include "sessionworkspace.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace Sockpit {

PcapngExportAction::PcapngExportAction(QMainWindow *window)
    : QAction(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("exportPcapngAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(this, &QAction::triggered, this, &PcapngExportAction::chooseFile);
    setWorkspace(nullptr);
    retranslate();
}

void PcapngExportAction::setWorkspace(SessionWorkspace *workspace)
{
    m_workspace = workspace;
    setEnabled(workspace != nullptr);
}

void PcapngExportAction::retranslate()
{
    setText(tr("&Export as pcapng…"));
    setToolTip(tr("Write every entry of this tab's log to a pcapng file for Wireshark"));
}

void PcapngExportAction::chooseFile()
{
    if (!m_workspace)
        return;
    // Not blocking: the sessions go on while the dialog is open.
    auto *dialog = new QFileDialog(m_window, tr("Export as pcapng"), QString(),
                                   tr("pcapng files (*.pcapng);;All files (*)"));
    dialog->setObjectName(QStringLiteral("pcapngExportDialog"));
    dialog->setAccessibleName(tr("Export as pcapng"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pcapng"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

Status PcapngExportAction::exportTo(const QString &path)
{
    if (!m_workspace)
        return Status::failure(tr("this tab has no log to export"));
    const Status written =
        PcapngExport::exportLog(*m_workspace->log(), PcapngExport::localEndpointOf(m_workspace->session()), path);
    if (written.ok()) {
        m_window->statusBar()->showMessage(tr("Log exported as pcapng to %1").arg(path));
        return written;
    }
    m_window->statusBar()->showMessage(written.error);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export as pcapng"), written.error, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("pcapngExportError"));
    box->setAccessibleName(tr("Export as pcapng failed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return written;
}

} // namespace Sockpit
