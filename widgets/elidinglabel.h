#pragma once

#include <QLabel>

namespace Sockpit {

/// A one-line label that ends its text with "…" where the row cuts it, instead
/// of stopping mid-word at the edge. text(), the tooltip and the accessible
/// name keep the whole text; a word-wrapped label paints as QLabel does. Its
/// text is always plain: it shows what a user typed (a delimiter "<b>") as typed.
class ElidingLabel : public QLabel
{
public:
    explicit ElidingLabel(const QString &text = QString(), QWidget *parent = nullptr);
    explicit ElidingLabel(QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Sockpit
