#pragma once

#include <QColor>
#include <QPalette>

class QLabel;

namespace Sockpit {

/// The colours of meaning (a state that is fine or failed, the directions of
/// the log), in one place. Each is derived from the palette, so it reads well
/// on a light and on a dark background alike; nothing else names a colour.
namespace Theme {

enum class Tone {
    Neutral, ///< idle, not connected: dimmed text
    Good,    ///< connected, listening, bound
    Bad,     ///< a failure, an input error
    Rx,      ///< received data in the log
    Tx,      ///< sent data in the log
    Info,    ///< notices in the log
};

/// The colour of tone on palette's background role (Window for labels, Base for lists).
QColor color(Tone tone, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
/// Colours label's text by tone, from the application's palette.
void setTone(QLabel *label, Tone tone);
/// Gives label the plain text colour of its palette again.
void clearTone(QLabel *label);

/// A dark Fusion palette, for checking that the colours above read well on it.
QPalette darkPalette();

} // namespace Theme
} // namespace Sockpit
