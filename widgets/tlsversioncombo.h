#pragma once

#include <QComboBox>
#include <QSsl>

namespace Sockpit {

/// The minimum TLS version of a client or server: TLS 1.2 or TLS 1.3.
class TlsVersionCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit TlsVersionCombo(QWidget *parent = nullptr);

    QSsl::SslProtocol minimum() const;
    void setMinimum(QSsl::SslProtocol minimum);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace Sockpit
