#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Sockpit {

/// A file name typed or chosen with Browse…: one line edit and its button,
/// both named for screen readers after what the file is for.
class FilePathEdit : public QWidget
{
    Q_OBJECT
public:
    explicit FilePathEdit(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    /// What the file is ("CA file"), for the accessible names and the file dialog's title.
    void setPurpose(const QString &purpose, const QString &placeholder);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *browseButton() const { return m_browse; }

signals:
    void pathChanged();

private:
    void browse();

    QLineEdit *m_edit;
    QToolButton *m_browse;
    QString m_purpose;
};

} // namespace Sockpit
