#include "tlscontrols.h"

#include "afterfirstpaint.h"
#include "sessionconfig.h"
#include "tlsclientdialog.h"
#include "tlsserverdialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Sockpit {

namespace {

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString versionText(QSsl::SslProtocol minimum)
{
    return minimum == QSsl::TlsV1_3OrLater ? TlsSwitch::tr("TLS 1.3") : TlsSwitch::tr("TLS 1.2 or later");
}

} // namespace

// ---- TlsSwitch -------------------------------------------------------------------

TlsSwitch::TlsSwitch(QWidget *parent)
    : QWidget(parent)
    , m_switch(new QCheckBox(this))
    , m_settingsButton(new QPushButton(this))
    , m_summary(new QLabel(this))
{
    m_switch->setObjectName(QStringLiteral("tlsCheck"));
    m_settingsButton->setObjectName(QStringLiteral("tlsSettingsButton"));
    m_summary->setObjectName(QStringLiteral("tlsSummary"));
    selectableAfterFirstPaint(m_summary); // the summary can be copied
    connect(m_switch, &QCheckBox::toggled, this, &TlsSwitch::settingsEdited);
    connect(m_settingsButton, &QPushButton::clicked, this, &TlsSwitch::openSettings);
}

bool TlsSwitch::isTlsOn() const
{
    return m_switch->isChecked();
}

void TlsSwitch::setEditable(bool editable)
{
    m_switch->setEnabled(editable);
    m_settingsButton->setEnabled(editable);
}

void TlsSwitch::setSwitch(bool on)
{
    const QSignalBlocker blocker(m_switch);
    m_switch->setChecked(on);
}

void TlsSwitch::settingsEdited()
{
    showSummary();
    emit optionsChanged();
}

void TlsSwitch::showSummary()
{
    const QString text = isTlsOn() ? summary() : tr("plain TCP");
    m_summary->setText(text);
    m_summary->setAccessibleName(tr("TLS: %1").arg(text));
}

bool TlsSwitch::askPassphraseIfNeeded(QWidget *parent, const QString &keyFile, QByteArray *passphrase)
{
    if (!needsKeyPassphrase(keyFile, *passphrase))
        return true;
    bool ok = false;
    const QString given = QInputDialog::getText(parent, tr("Passphrase of the key"),
                                                tr("The key %1 is protected by a passphrase:").arg(fileName(keyFile)),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    *passphrase = given.toUtf8();
    return true;
}

void TlsSwitch::retranslate()
{
    m_switch->setText(tr("T&LS"));
    m_switch->setToolTip(tr("Encrypt the connection with TLS"));
    m_switch->setAccessibleName(tr("Use TLS"));
    m_settingsButton->setText(tr("TLS settings…"));
    m_settingsButton->setAccessibleName(tr("TLS settings"));
    showSummary();
}

void TlsSwitch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// ---- TlsClientControls ------------------------------------------------------------

TlsClientControls::TlsClientControls(QWidget *parent)
    : TlsSwitch(parent)
    , m_certificateButton(new QPushButton(this))
    , m_trustRow(new QWidget(this))
    , m_trustLabel(new QLabel(m_trustRow))
    , m_trustButton(new QPushButton(m_trustRow))
{
    m_certificateButton->setObjectName(QStringLiteral("certificateButton"));
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustLabel->setObjectName(QStringLiteral("trustLabel"));
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_switch);
    row->addWidget(m_settingsButton);
    row->addWidget(m_summary, 1);
    row->addWidget(m_certificateButton);
    rows->addLayout(row);
    auto *trust = new QHBoxLayout(m_trustRow);
    trust->setContentsMargins(0, 0, 0, 0);
    trust->addWidget(m_trustLabel, 1);
    trust->addWidget(m_trustButton);
    rows->addWidget(m_trustRow);
    m_trustLabel->setWordWrap(true);
    m_trustLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustRow->hide();
    m_certificateButton->setEnabled(false);
    connect(m_certificateButton, &QPushButton::clicked, this, &TlsClientControls::showCertificate);
    connect(m_trustButton, &QPushButton::clicked, this, &TlsClientControls::trustRequested);
    retranslate();
}

TlsClientOptions TlsClientControls::options() const
{
    TlsClientOptions options = m_options;
    options.enabled = isTlsOn();
    return options;
}

void TlsClientControls::setOptions(const TlsClientOptions &options)
{
    m_options = options;
    setSwitch(options.enabled);
    showSummary();
}

QString TlsClientControls::summary() const
{
    QStringList parts{versionText(m_options.minimumProtocol)};
    if (!m_options.verifyPeer)
        parts << tr("certificate not verified");
    else if (m_options.caFile.isEmpty())
        parts << tr("verified against the system's CAs");
    else
        parts << tr("verified against %1").arg(fileName(m_options.caFile));
    if (!m_options.serverName.isEmpty())
        parts << tr("server name %1").arg(m_options.serverName);
    if (!m_options.certificateFile.isEmpty())
        parts << tr("client certificate %1").arg(fileName(m_options.certificateFile));
    return parts.join(QStringLiteral(" · "));
}

void TlsClientControls::openSettings()
{
    TlsClientDialog dialog(m_options, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TlsClientOptions chosen = dialog.options();
    if (chosen.keyFile != m_options.keyFile)
        m_options.keyPassphrase.clear();
    const QByteArray passphrase = m_options.keyPassphrase;
    m_options = chosen;
    m_options.keyPassphrase = passphrase;
    setSwitch(true); // settings chosen are settings meant to be used
    settingsEdited();
}

void TlsClientControls::showSecured(const QString &sessionLine, const QStringList &chainLines)
{
    m_sessionLine = sessionLine;
    m_chainLines = chainLines;
    m_certificateButton->setEnabled(!chainLines.isEmpty());
    hideRejected();
}

void TlsClientControls::showRejected(const QStringList &problems)
{
    const QString text = tr("The server's certificate was refused: %1").arg(problems.join(QStringLiteral("; ")));
    if (m_trustRow->isVisibleTo(this) && m_trustLabel->text() == text)
        return; // said already
    m_trustLabel->setText(text);
    m_trustLabel->setAccessibleName(text);
    m_trustRow->show();
    QAccessibleEvent event(m_trustLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void TlsClientControls::hideRejected()
{
    m_trustRow->hide();
}

void TlsClientControls::showCertificate()
{
    QMessageBox box(QMessageBox::Information, tr("The server's certificate"),
                    m_sessionLine, QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("certificateBox"));
    box.setInformativeText(m_chainLines.join(u'\n'));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void TlsClientControls::retranslate()
{
    TlsSwitch::retranslate();
    m_certificateButton->setText(tr("Ce&rtificate…"));
    m_certificateButton->setToolTip(tr("The server's certificate chain of the last TLS handshake"));
    m_certificateButton->setAccessibleName(tr("Show the server's certificate"));
    m_trustButton->setText(tr("&Trust once and connect"));
    m_trustButton->setToolTip(tr("Accept this certificate despite its problems until Sockpit is closed; "
                                 "each connection says so in the log"));
    m_trustButton->setAccessibleName(tr("Trust this certificate once and connect"));
}

// ---- TlsServerControls ------------------------------------------------------------

TlsServerControls::TlsServerControls(QWidget *parent)
    : TlsSwitch(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_switch);
    row->addWidget(m_settingsButton);
    row->addWidget(m_summary, 1);
    retranslate();
}

TlsServerOptions TlsServerControls::options() const
{
    TlsServerOptions options = m_options;
    options.enabled = isTlsOn();
    return options;
}

void TlsServerControls::setOptions(const TlsServerOptions &options)
{
    m_options = options;
    if (m_options.selfSignedName.isEmpty() && m_options.certificateFile.isEmpty())
        m_options.selfSignedName = QStringLiteral("localhost");
    setSwitch(options.enabled);
    showSummary();
}

QString TlsServerControls::summary() const
{
    QStringList parts{versionText(m_options.minimumProtocol)};
    if (!m_options.selfSignedName.isEmpty())
        parts << tr("self-signed for %1").arg(m_options.selfSignedName);
    else
        parts << tr("certificate %1").arg(fileName(m_options.certificateFile));
    if (m_options.requireClientCertificate)
        parts << tr("client certificates required (%1)").arg(fileName(m_options.clientCaFile));
    return parts.join(QStringLiteral(" · "));
}

void TlsServerControls::openSettings()
{
    TlsServerDialog dialog(m_options, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TlsServerOptions chosen = dialog.options();
    const QByteArray passphrase = chosen.keyFile == m_options.keyFile ? m_options.keyPassphrase : QByteArray();
    m_options = chosen;
    m_options.keyPassphrase = passphrase;
    setSwitch(true);
    settingsEdited();
}

} // namespace Sockpit
