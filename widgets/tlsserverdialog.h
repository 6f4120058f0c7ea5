#pragma once

#include "tlsoptions.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Sockpit {

class FilePathEdit;
class TlsVersionCombo;

/// The TCP server's TLS settings: its certificate (made on the spot for a
/// host name, or from files), whether clients must show a certificate and the
/// CA it is checked against, the minimum version.
class TlsServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TlsServerDialog(const TlsServerOptions &options, QWidget *parent = nullptr);

    TlsServerOptions options() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void check();

    TlsServerOptions m_options;
    QRadioButton *m_selfSigned;
    QLineEdit *m_hostName;
    QRadioButton *m_fromFiles;
    QLabel *m_certificateLabel;
    FilePathEdit *m_certificate;
    QLabel *m_keyLabel;
    FilePathEdit *m_key;
    QCheckBox *m_requireClient;
    QLabel *m_clientCaLabel;
    FilePathEdit *m_clientCa;
    QLabel *m_minimumLabel;
    TlsVersionCombo *m_minimum;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Sockpit
