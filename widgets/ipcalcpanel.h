#pragma once

#include <QWidget>

namespace Sockpit {

class IpCalcPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IpCalcPanel(QWidget *parent = nullptr);
};

} // namespace Sockpit
