#pragma once

#include "tlsoptions.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Sockpit {

/// The TLS row of a TCP panel: a switch, a button for the settings dialog, and
/// a line that says what the settings are. Subclasses hold the options.
class TlsSwitch : public QWidget
{
    Q_OBJECT
public:
    bool isTlsOn() const;
    /// Off while connected or listening: settings apply to the next connection.
    void setEditable(bool editable);

    /// A key file that holds an encrypted key and no passphrase yet: asks the
    /// user for it. False when the user cancelled.
    static bool askPassphraseIfNeeded(QWidget *parent, const QString &keyFile, QByteArray *passphrase);

signals:
    /// The switch or the settings changed (save them, check the form again).
    void optionsChanged();

protected:
    explicit TlsSwitch(QWidget *parent);
    void changeEvent(QEvent *event) override;
    virtual void retranslate();
    virtual void openSettings() = 0;
    virtual QString summary() const = 0;
    void setSwitch(bool on);
    /// Says the settings anew and tells the panel.
    void settingsEdited();
    void showSummary();

    QCheckBox *m_switch;
    QPushButton *m_settingsButton;
    QLabel *m_summary;
};

/// The TCP client's TLS row, with the certificate of the last handshake and,
/// when a handshake failed on a certificate, the offer to trust it once.
class TlsClientControls : public TlsSwitch
{
    Q_OBJECT
public:
    explicit TlsClientControls(QWidget *parent = nullptr);

    /// The options, with the passphrase given for this run of the program.
    TlsClientOptions options() const;
    void setOptions(const TlsClientOptions &options);
    void setPassphrase(const QByteArray &passphrase) { m_options.keyPassphrase = passphrase; }

    /// After a handshake: the server's chain, for the Certificate… button.
    void showSecured(const QString &sessionLine, const QStringList &chainLines);
    /// A handshake failed on this certificate: what is wrong, and Trust once.
    void showRejected(const QStringList &problems);
    void hideRejected();
    QPushButton *trustButton() const { return m_trustButton; }
    QPushButton *certificateButton() const { return m_certificateButton; }

signals:
    /// The user trusts the refused certificate for the next connections.
    void trustRequested();

protected:
    void retranslate() override;
    void openSettings() override;
    QString summary() const override;

private:
    void showCertificate();

    TlsClientOptions m_options;
    QPushButton *m_certificateButton;
    QWidget *m_trustRow;
    QLabel *m_trustLabel;
    QPushButton *m_trustButton;
    QString m_sessionLine;
    QStringList m_chainLines;
};

/// The TCP server's TLS row.
class TlsServerControls : public TlsSwitch
{
    Q_OBJECT
public:
    explicit TlsServerControls(QWidget *parent = nullptr);

    TlsServerOptions options() const;
    void setOptions(const TlsServerOptions &options);
    void setPassphrase(const QByteArray &passphrase) { m_options.keyPassphrase = passphrase; }

protected:
    void openSettings() override;
    QString summary() const override;

private:
    TlsServerOptions m_options;
};

} // namespace Sockpit
