#pragma once

#include "commandlibrary.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Sockpit {

class EncodingSelector;

/// Adds or edits one library command: name, group, text or hex, encoding,
/// line ending, checksum and a comment. What is wrong is shown in red as it
/// is typed, and OK stays disabled until the command is valid.
class CommandEditor : public QDialog
{
    Q_OBJECT
public:
    /// sessionEncoding: for the preview of the bytes (a command may leave the encoding to the session).
    CommandEditor(const CommandLibrary *library, const QString &sessionEncoding, QWidget *parent = nullptr);

    /// Fills the fields. When editing is set, the command group/name may keep its own name.
    void setCommand(const Command &command, bool editing);
    /// The command as the fields describe it.
    Command command() const;
    /// Why the command cannot be saved, or "".
    QString problem() const { return m_problem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpControls();
    void layOut();
    void validate();
    /// The error (red) or the bytes the command sends in the session's encoding.
    void showVerdict(const QString &problem);
    void retranslateUi();

    const CommandLibrary *m_library;
    QString m_sessionEncoding;
    QString m_originalGroup; ///< of the command being edited; empty for a new one
    QString m_originalName;
    QString m_problem;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_groupLabel;
    QComboBox *m_group;
    QLabel *m_dataLabel;
    QPlainTextEdit *m_data;
    QCheckBox *m_hex;
    QCheckBox *m_ownEncoding;
    EncodingSelector *m_encoding;
    QLabel *m_lineEndingLabel;
    QComboBox *m_lineEnding;
    QLabel *m_checksumLabel;
    QComboBox *m_checksum;
    QLabel *m_commentLabel;
    QLineEdit *m_comment;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Sockpit
