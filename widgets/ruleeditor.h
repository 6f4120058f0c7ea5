#pragma once

#include "rule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sockpit {

/// Adds or edits one rule: name, match kind and pattern, action, reply and
/// delay. The rule is compiled for the panel's encoding as it is typed; the
/// error shows in red under the fields and OK stays off until it is valid.
class RuleEditor : public QDialog
{
    Q_OBJECT
public:
    RuleEditor(const QString &encoding, QWidget *parent = nullptr);

    void setRule(const Rule &rule, bool editing);
    Rule rule() const;
    /// Empty when the rule is valid.
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void layOut();
    void validate();
    void retranslateUi();

    QString m_encoding;
    bool m_editing = false;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_pattern;
    QCheckBox *m_ignoreCase;
    QComboBox *m_action;
    QLineEdit *m_reply;
    QCheckBox *m_replyHex;
    QSpinBox *m_delay;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
};

} // namespace Sockpit
