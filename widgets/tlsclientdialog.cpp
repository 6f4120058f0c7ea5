#include "tlsclientdialog.h"

#include "filepathedit.h"
#include "sessionconfig.h"
#include "tlsversioncombo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Sockpit {

TlsClientDialog::TlsClientDialog(const TlsClientOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_serverNameLabel(new QLabel(this))
    , m_serverName(new QLineEdit(this))
    , m_verify(new QCheckBox(this))
    , m_caLabel(new QLabel(this))
    , m_ca(new FilePathEdit(this))
    , m_certificateLabel(new QLabel(this))
    , m_certificate(new FilePathEdit(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new FilePathEdit(this))
    , m_minimumLabel(new QLabel(this))
    , m_minimum(new TlsVersionCombo(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tlsClientDialog"));
    auto *form = new QFormLayout(this);
    form->addRow(m_serverNameLabel, m_serverName);
    form->addRow(QString(), m_verify);
    form->addRow(m_caLabel, m_ca);
    form->addRow(m_certificateLabel, m_certificate);
    form->addRow(m_keyLabel, m_key);
    form->addRow(m_minimumLabel, m_minimum);
    form->addRow(m_error);
    form->addRow(m_buttons);
    m_serverNameLabel->setBuddy(m_serverName);
    m_caLabel->setBuddy(m_ca);
    m_certificateLabel->setBuddy(m_certificate);
    m_keyLabel->setBuddy(m_key);
    m_minimumLabel->setBuddy(m_minimum);
    m_error->setWordWrap(true);

    m_serverName->setText(options.serverName);
    m_verify->setChecked(options.verifyPeer);
    m_ca->setPath(options.caFile);
    m_certificate->setPath(options.certificateFile);
    m_key->setPath(options.keyFile);
    m_minimum->setMinimum(options.minimumProtocol);

    connect(m_serverName, &QLineEdit::textChanged, this, &TlsClientDialog::check);
    for (FilePathEdit *edit : {m_ca, m_certificate, m_key})
        connect(edit, &FilePathEdit::pathChanged, this, &TlsClientDialog::check);
    connect(m_verify, &QCheckBox::toggled, this, &TlsClientDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    check();
}

TlsClientOptions TlsClientDialog::options() const
{
    TlsClientOptions options = m_options;
    options.serverName = m_serverName->text().trimmed();
    options.verifyPeer = m_verify->isChecked();
    options.caFile = m_ca->path();
    options.certificateFile = m_certificate->path();
    options.keyFile = m_key->path();
    options.minimumProtocol = m_minimum->minimum();
    return options;
}

void TlsClientDialog::check()
{
    TlsClientOptions checked = options();
    checked.enabled = true;
    const Status status = checkTlsOptions(checked);
    m_error->setText(status.ok() ? (checked.verifyPeer ? QString()
                                                       : tr("Certificate problems will only be warned about in the log."))
                                 : status.error);
    m_error->setAccessibleName(m_error->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(status.ok());
    m_ca->setEnabled(checked.verifyPeer);
}

void TlsClientDialog::retranslate()
{
    setWindowTitle(tr("TLS settings of the TCP client"));
    m_serverNameLabel->setText(tr("Server &name (SNI):"));
    m_serverName->setPlaceholderText(tr("the host typed"));
    m_serverName->setAccessibleName(tr("Server name for SNI and the certificate check"));
    m_serverName->setToolTip(tr("The name sent to the server (SNI) and checked against its certificate"));
    m_verify->setText(tr("&Verify the server's certificate"));
    m_verify->setToolTip(tr("Off: a certificate with problems is accepted, and each problem is a warning in the log"));
    m_caLabel->setText(tr("&CA file:"));
    m_ca->setPurpose(tr("CA file"), tr("the system's CAs"));
    m_certificateLabel->setText(tr("Client c&ertificate:"));
    m_certificate->setPurpose(tr("client certificate file"), tr("none"));
    m_keyLabel->setText(tr("Client &key:"));
    m_key->setPurpose(tr("client key file"), tr("none"));
    m_minimumLabel->setText(tr("&Minimum version:"));
    check();
}

void TlsClientDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Sockpit
