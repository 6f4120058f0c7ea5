#include "filepathedit.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Sockpit {

FilePathEdit::FilePathEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(260);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FilePathEdit::pathChanged);
    connect(m_browse, &QToolButton::clicked, this, &FilePathEdit::browse);
}

QString FilePathEdit::path() const
{
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FilePathEdit::setPurpose(const QString &purpose, const QString &placeholder)
{
    m_purpose = purpose;
    m_edit->setAccessibleName(purpose);
    m_edit->setPlaceholderText(placeholder);
    m_browse->setText(tr("Browse…"));
    m_browse->setAccessibleName(tr("Choose the %1").arg(purpose));
    m_browse->setToolTip(tr("Choose the %1").arg(purpose));
}

void FilePathEdit::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, m_purpose, path(),
                                                        tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace Sockpit
