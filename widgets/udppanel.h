#pragma once

#include <QWidget>

namespace Sockpit {

struct LaunchOptions;

class UdpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UdpPanel(QWidget *parent = nullptr);

    /// Applies what the command line asked for (e.g. start listening).
    void launch(const LaunchOptions &options);
};

} // namespace Sockpit
