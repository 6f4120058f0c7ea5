#include "tlsversioncombo.h"

#include <QEvent>

namespace Sockpit {

TlsVersionCombo::TlsVersionCombo(QWidget *parent)
    : QComboBox(parent)
{
    addItem(QString(), int(QSsl::TlsV1_2OrLater));
    addItem(QString(), int(QSsl::TlsV1_3OrLater));
    retranslate();
}

QSsl::SslProtocol TlsVersionCombo::minimum() const
{
    return QSsl::SslProtocol(currentData().toInt());
}

void TlsVersionCombo::setMinimum(QSsl::SslProtocol minimum)
{
    setCurrentIndex(minimum == QSsl::TlsV1_3OrLater ? 1 : 0);
}

void TlsVersionCombo::retranslate()
{
    setItemText(0, tr("TLS 1.2"));
    setItemText(1, tr("TLS 1.3"));
    setAccessibleName(tr("Minimum TLS version"));
}

void TlsVersionCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

} // namespace Sockpit
