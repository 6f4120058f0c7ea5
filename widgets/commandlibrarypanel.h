#pragma once

#include "commandlibrary.h"

#include <QPointer>
#include <QShortcut>
#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Sockpit {

class CommandTree;
class SendBox;

/// The command library beside a session's log: a filtered tree of groups and
/// commands, sent with a click, Enter, a double-click or Ctrl+1 … Ctrl+9, and
/// buttons to add (also from the send box), edit, remove, move, import and
/// export. Sends go through the same handler as the send box's Send button.
class CommandLibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommandLibraryPanel(CommandLibrary *library, QWidget *parent = nullptr);

    /// The library every panel shares, made on first use at CommandLibrary::defaultPath().
    static CommandLibrary *sharedLibrary();

    CommandLibrary *library() const { return m_library; }
    CommandTree *tree() const { return m_tree; }
    /// Where the bytes go; false when nothing was sent.
    void setSendHandler(std::function<bool(const QByteArray &)> handler) { m_handler = std::move(handler); }
    /// The session's encoding, for commands that have none of their own.
    void setEncoding(const QString &encoding) { m_encoding = encoding; }
    /// Where "Add from send box" takes the input from.
    void setSendBox(SendBox *sendBox);
    /// Ctrl+1 … Ctrl+9 work while the focus is anywhere in scope (its session panel).
    void setShortcutScope(QWidget *scope);

    /// Encodes command in the session's encoding and sends it; the reason is shown when it cannot be.
    bool sendCommand(const Command &command);
    /// Sends the number-th visible command (1-based), as Ctrl+number does.
    bool sendShortcut(int number);
    /// Merges or replaces from path; the outcome is shown under the tree.
    Status importFrom(const QString &path, CommandLibrary::ImportMode mode);
    Status exportTo(const QString &path);
    /// The line under the tree: the last outcome or error.
    QString statusText() const;

signals:
    /// A command could not be sent (the panel's log shows it as an error).
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpControls();
    void layOut();
    void connectControls();
    void addKeys();
    void sendSelected();
    /// The editor for a new command (filled from command) or for an existing one.
    void openEditor(const Command &command, bool editing);
    void addFromSendBox();
    void editSelected();
    void removeSelected();
    void moveSelected(int steps);
    void chooseImportFile();
    void askImportMode(const QString &path);
    void chooseExportFile();
    void showStatus(const QString &message, bool error);
    void refreshButtons();
    void retranslateUi();
    void nameFilterClearButton();

    CommandLibrary *m_library;
    std::function<bool(const QByteArray &)> m_handler;
    QString m_encoding = QStringLiteral("UTF-8");
    QPointer<SendBox> m_sendBox;
    QLineEdit *m_filter;
    CommandTree *m_tree;
    QToolButton *m_send;
    QToolButton *m_add;
    QToolButton *m_addFromSendBox;
    QToolButton *m_edit;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_import;
    QToolButton *m_export;
    QLabel *m_status;
    bool m_statusIsError = false;
    std::array<QShortcut *, 9> m_numberKeys{};
};

} // namespace Sockpit
