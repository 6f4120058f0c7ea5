#include "theme.h"

#include <QApplication>
#include <QLabel>

namespace Sockpit::Theme {

namespace {

bool isDark(const QColor &background)
{
    return background.lightness() < 128;
}

/// a over b by weight (0: b, 1: a).
QColor mix(const QColor &a, const QColor &b, qreal weight)
{
    return QColor::fromRgbF(float(a.redF() * weight + b.redF() * (1 - weight)),
                            float(a.greenF() * weight + b.greenF() * (1 - weight)),
                            float(a.blueF() * weight + b.blueF() * (1 - weight)));
}

} // namespace

QColor color(Tone tone, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor back = palette.color(background);
    const QColor text = palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    // Hues that keep a contrast of about 4.5:1 against white, or against a dark grey.
    const bool dark = isDark(back);
    switch (tone) {
    case Tone::Neutral:
    case Tone::Info:
        return mix(text, back, 0.7);
    case Tone::Good:
    case Tone::Tx:
        return dark ? QColor(0x7d, 0xd3, 0x8e) : QColor(0x1b, 0x7a, 0x2e);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
    case Tone::Rx:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x4e, 0x9c);
    }
    return text;
}

void setTone(QLabel *label, Tone tone)
{
    // From the application's palette: while it changes, a parent's may still be the old one.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color(tone, QApplication::palette(label)));
    label->setPalette(palette);
}

void clearTone(QLabel *label)
{
    label->setPalette(QPalette()); // inherits every role again
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace Sockpit::Theme
