#include "tlsserverdialog.h"

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
#include <QRadioButton>

namespace Sockpit {

TlsServerDialog::TlsServerDialog(const TlsServerOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_selfSigned(new QRadioButton(this))
    , m_hostName(new QLineEdit(this))
    , m_fromFiles(new QRadioButton(this))
    , m_certificateLabel(new QLabel(this))
    , m_certificate(new FilePathEdit(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new FilePathEdit(this))
    , m_requireClient(new QCheckBox(this))
    , m_clientCaLabel(new QLabel(this))
    , m_clientCa(new FilePathEdit(this))
    , m_minimumLabel(new QLabel(this))
    , m_minimum(new TlsVersionCombo(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tlsServerDialog"));
    auto *form = new QFormLayout(this);
    form->addRow(m_selfSigned, m_hostName);
    form->addRow(m_fromFiles);
    form->addRow(m_certificateLabel, m_certificate);
    form->addRow(m_keyLabel, m_key);
    form->addRow(m_requireClient);
    form->addRow(m_clientCaLabel, m_clientCa);
    form->addRow(m_minimumLabel, m_minimum);
    form->addRow(m_error);
    form->addRow(m_buttons);
    m_certificateLabel->setBuddy(m_certificate);
    m_keyLabel->setBuddy(m_key);
    m_clientCaLabel->setBuddy(m_clientCa);
    m_minimumLabel->setBuddy(m_minimum);
    m_error->setWordWrap(true);

    const bool files = !options.certificateFile.isEmpty() || !options.keyFile.isEmpty();
    (files ? m_fromFiles : m_selfSigned)->setChecked(true);
    m_hostName->setText(options.selfSignedName.isEmpty() ? QStringLiteral("localhost") : options.selfSignedName);
    m_certificate->setPath(options.certificateFile);
    m_key->setPath(options.keyFile);
    m_requireClient->setChecked(options.requireClientCertificate);
    m_clientCa->setPath(options.clientCaFile);
    m_minimum->setMinimum(options.minimumProtocol);

    connect(m_hostName, &QLineEdit::textChanged, this, &TlsServerDialog::check);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{m_selfSigned, m_fromFiles, m_requireClient})
        connect(button, &QAbstractButton::toggled, this, &TlsServerDialog::check);
    for (FilePathEdit *edit : {m_certificate, m_key, m_clientCa})
        connect(edit, &FilePathEdit::pathChanged, this, &TlsServerDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

TlsServerOptions TlsServerDialog::options() const
{
    TlsServerOptions options = m_options;
    const bool files = m_fromFiles->isChecked();
    options.selfSignedName = files ? QString() : m_hostName->text().trimmed();
    options.certificateFile = files ? m_certificate->path() : QString();
    options.keyFile = files ? m_key->path() : QString();
    options.requireClientCertificate = m_requireClient->isChecked();
    options.clientCaFile = m_clientCa->path();
    options.minimumProtocol = m_minimum->minimum();
    return options;
}

void TlsServerDialog::check()
{
    const bool files = m_fromFiles->isChecked();
    m_hostName->setEnabled(!files);
    m_certificate->setEnabled(files);
    m_key->setEnabled(files);
    m_clientCa->setEnabled(m_requireClient->isChecked());
    TlsServerOptions checked = options();
    checked.enabled = true;
    const Status status = checkTlsOptions(checked);
    m_error->setText(status.error);
    m_error->setAccessibleName(status.error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(status.ok());
}

void TlsServerDialog::retranslate()
{
    setWindowTitle(tr("TLS settings of the TCP server"));
    m_selfSigned->setText(tr("&Self-signed, made now for:"));
    m_selfSigned->setToolTip(tr("A new certificate and key for this host name, made when the server starts "
                                "listening; clients must accept it (its SHA-256 fingerprint is in the log)"));
    m_hostName->setAccessibleName(tr("Host name of the self-signed certificate"));
    m_fromFiles->setText(tr("Certificate and key from &files:"));
    m_certificateLabel->setText(tr("C&ertificate:"));
    m_certificate->setPurpose(tr("server certificate file"), tr("PEM certificate, with its chain"));
    m_keyLabel->setText(tr("&Key:"));
    m_key->setPurpose(tr("server key file"), tr("PEM private key"));
    m_requireClient->setText(tr("&Require client certificates"));
    m_requireClient->setToolTip(tr("Clients without a certificate signed by the client CA are refused"));
    m_clientCaLabel->setText(tr("Client &CA file:"));
    m_clientCa->setPurpose(tr("client CA file"), tr("the CA that signs the clients' certificates"));
    m_minimumLabel->setText(tr("&Minimum version:"));
    check();
}

void TlsServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Sockpit
