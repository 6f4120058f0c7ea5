#pragma once

#include "tlsoptions.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Sockpit {

class FilePathEdit;
class TlsVersionCombo;

/// The TCP client's TLS settings: server name (SNI), whether and against what
/// the server's certificate is verified, a client certificate, the minimum
/// version. OK stays off while the choices make no sense together.
class TlsClientDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TlsClientDialog(const TlsClientOptions &options, QWidget *parent = nullptr);

    /// The options as chosen (enabled as given; the passphrase is not asked here).
    TlsClientOptions options() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void check();

    TlsClientOptions m_options;
    QLabel *m_serverNameLabel;
    QLineEdit *m_serverName;
    QCheckBox *m_verify;
    QLabel *m_caLabel;
    FilePathEdit *m_ca;
    QLabel *m_certificateLabel;
    FilePathEdit *m_certificate;
    QLabel *m_keyLabel;
    FilePathEdit *m_key;
    QLabel *m_minimumLabel;
    TlsVersionCombo *m_minimum;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Sockpit
