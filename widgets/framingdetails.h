#pragma once

#include "checksum.h"
#include "framingspec.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sockpit {

/// The fields of the framing row's details: those of the chosen mode (gap,
/// delimiters, fixed length, the length field), the maximum frame size and the
/// receive checksum's byte order and range. Made the first time the details
/// are opened; holds no framing logic: it turns fields into a spec.
class FramingDetails : public QWidget
{
    Q_OBJECT
public:
    explicit FramingDetails(QWidget *parent = nullptr);

    /// Fills every field from spec (no signals); delimiterText as typed, if known.
    void showSpec(const FramingSpec &spec, const QString &delimiterText);
    /// Shows the fields of mode only.
    void showMode(FramingSpec::Mode mode);
    /// The fields into spec (its mode stays); a delimiter that cannot be read is the error.
    Status readInto(FramingSpec &spec, const QString &encoding) const;
    QString delimiterText() const;

    /// The checksum row: shown while a receive checksum is chosen.
    void showChecksum(const std::optional<ChecksumSpec> &spec);
    void readChecksumInto(ChecksumSpec &spec) const;

    /// Its controls in tab order.
    QList<QWidget *> controls() const;

    /// A delimiter being typed is taken this long after the last key (or at Enter).
    static constexpr int TypingPauseMs = 500;

signals:
    /// A field changed: at once for choices, when typing pauses or ends for text and numbers.
    void edited();
    void checksumEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpControls();
    void layOut();
    void connectControls();
    void retranslateUi();

    QLabel *m_perReadNote;
    QLabel *m_gapLabel;
    QSpinBox *m_gap;
    QLabel *m_gapLimitLabel;
    QSpinBox *m_gapLimit; ///< 0: auto
    QLabel *m_delimiterLabel;
    QLineEdit *m_delimiters;
    QCheckBox *m_keep;
    QLabel *m_fixedLabel;
    QSpinBox *m_fixed;
    QLabel *m_offsetLabel;
    QSpinBox *m_offset;
    QLabel *m_widthLabel;
    QComboBox *m_width;
    QComboBox *m_lengthOrder;
    QLabel *m_countsLabel;
    QComboBox *m_counts;
    QLabel *m_adjustLabel;
    QSpinBox *m_adjust;
    QLabel *m_maxLabel;
    QSpinBox *m_max;
    QWidget *m_checksumRow;
    QLabel *m_checkOrderLabel;
    QComboBox *m_checkOrder;
    QLabel *m_skipFrontLabel;
    QSpinBox *m_skipFront;
    QLabel *m_skipBackLabel;
    QSpinBox *m_skipBack;
    FramingSpec::Mode m_mode = FramingSpec::Mode::IdleGap;
    QTimer m_typingPause;
};

} // namespace Sockpit
