#pragma once

#include <QLabel>

namespace Sockpit {

/// A one-line label that ends its text with "…" where the row cuts it, instead
/// of stopping mid-word at the edge. text(), the tooltip and the accessible
/// name keep the whole text; a word-wrapped label paints as QLabel does.
class ElidingLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Sockpit
