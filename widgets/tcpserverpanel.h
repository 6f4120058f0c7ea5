#pragma once

#include <QWidget>

namespace Sockpit {

struct LaunchOptions;

class TcpServerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TcpServerPanel(QWidget *parent = nullptr);

    /// Applies what the command line asked for (e.g. start listening).
    void launch(const LaunchOptions &options);
};

} // namespace Sockpit
