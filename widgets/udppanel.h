#pragma once

#include <QWidget>

namespace Sockpit {

class UdpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UdpPanel(QWidget *parent = nullptr);
};

} // namespace Sockpit
