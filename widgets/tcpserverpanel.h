#pragma once

#include <QWidget>

namespace Sockpit {

class TcpServerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TcpServerPanel(QWidget *parent = nullptr);
};

} // namespace Sockpit
