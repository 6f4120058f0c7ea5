#include "framingdetails.h"

#include "delimitertext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace Sockpit {

namespace {

QSpinBox *sizeSpin(QWidget *parent, const char *name, int minimum, int maximum)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(minimum, maximum);
    spin->setAccelerated(true);
    // A number is taken at Enter, on leaving the field or from the arrows, not
    // digit by digit: "70000" must not be used as 7, 70, 700 on the way.
    spin->setKeyboardTracking(false);
    return spin;
}

QLabel *buddyLabel(QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FramingDetails::FramingDetails(QWidget *parent)
    : QWidget(parent)
{
    setUpControls();
    layOut();
    connectControls();
    retranslateUi();
    showMode(m_mode);
    showChecksum(std::nullopt);
}

void FramingDetails::setUpControls()
{
    m_perReadNote = new QLabel(this);
    m_gap = sizeSpin(this, "framingGapSpin", 0, FramingSpec::MaxGapMs * 10);
    m_gap->setSuffix(QStringLiteral(" ms"));
    m_gapLabel = buddyLabel(this, m_gap);
    m_gapLimit = sizeSpin(this, "framingGapLimitSpin", 0, FramingSpec::MaxGapLimitMs * 10);
    m_gapLimit->setSuffix(QStringLiteral(" ms"));
    m_gapLimitLabel = buddyLabel(this, m_gapLimit);
    m_delimiters = new QLineEdit(this);
    m_delimiters->setObjectName(QStringLiteral("framingDelimiterEdit"));
    m_delimiters->setMinimumWidth(140);
    m_delimiterLabel = buddyLabel(this, m_delimiters);
    m_keep = new QCheckBox(this);
    m_keep->setObjectName(QStringLiteral("framingKeepCheck"));
    m_fixed = sizeSpin(this, "framingFixedSpin", 0, INT_MAX);
    m_fixedLabel = buddyLabel(this, m_fixed);
    m_offset = sizeSpin(this, "framingOffsetSpin", 0, INT_MAX);
    m_offsetLabel = buddyLabel(this, m_offset);
    m_width = new QComboBox(this);
    m_width->setObjectName(QStringLiteral("framingWidthCombo"));
    m_width->addItems({QString(), QString(), QString()});
    m_widthLabel = buddyLabel(this, m_width);
    m_lengthOrder = new QComboBox(this);
    m_lengthOrder->setObjectName(QStringLiteral("framingLengthOrderCombo"));
    m_lengthOrder->addItems({QString(), QString()});
    m_counts = new QComboBox(this);
    m_counts->setObjectName(QStringLiteral("framingCountsCombo"));
    m_counts->addItems({QString(), QString()});
    m_countsLabel = buddyLabel(this, m_counts);
    m_adjust = sizeSpin(this, "framingAdjustSpin", -65536, 65536);
    m_adjustLabel = buddyLabel(this, m_adjust);
    m_max = sizeSpin(this, "framingMaxSpin", 0, INT_MAX);
    m_maxLabel = buddyLabel(this, m_max);

    m_checksumRow = new QWidget(this);
    m_checkOrder = new QComboBox(m_checksumRow);
    m_checkOrder->setObjectName(QStringLiteral("verifyOrderCombo"));
    m_checkOrder->addItems({QString(), QString()});
    m_checkOrderLabel = buddyLabel(m_checksumRow, m_checkOrder);
    m_skipFront = sizeSpin(m_checksumRow, "verifySkipFrontSpin", 0, 65536);
    m_skipFrontLabel = buddyLabel(m_checksumRow, m_skipFront);
    m_skipBack = sizeSpin(m_checksumRow, "verifySkipBackSpin", 0, 65536);
    m_skipBackLabel = buddyLabel(m_checksumRow, m_skipBack);
}

void FramingDetails::layOut()
{
    auto *fields = new QHBoxLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_perReadNote, m_gapLabel, m_gap, m_gapLimitLabel, m_gapLimit, m_delimiterLabel, m_delimiters, m_keep, m_fixedLabel, m_fixed,
             m_offsetLabel, m_offset, m_widthLabel, m_width, m_lengthOrder, m_countsLabel, m_counts,
             m_adjustLabel, m_adjust})
        fields->addWidget(widget);
    fields->addSpacing(12);
    fields->addWidget(m_maxLabel);
    fields->addWidget(m_max);
    fields->addStretch(1);

    auto *checksum = new QHBoxLayout(m_checksumRow);
    checksum->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_checkOrderLabel, m_checkOrder, m_skipFrontLabel,
                                                           m_skipFront, m_skipBackLabel, m_skipBack})
        checksum->addWidget(widget);
    checksum->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(m_checksumRow);

    const QList<QWidget *> order = controls();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void FramingDetails::connectControls()
{
    for (QSpinBox *spin : {m_gap, m_gapLimit, m_fixed, m_offset, m_adjust, m_max})
        connect(spin, &QSpinBox::valueChanged, this, &FramingDetails::edited);
    for (QComboBox *combo : {m_width, m_lengthOrder, m_counts})
        connect(combo, &QComboBox::currentIndexChanged, this, &FramingDetails::edited);
    // Half-typed delimiters ("0" of "0x03") are not used: they are taken when typing pauses or ends.
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &FramingDetails::edited);
    connect(m_delimiters, &QLineEdit::textEdited, this, [this] { m_typingPause.start(); });
    connect(m_delimiters, &QLineEdit::editingFinished, this, [this] {
        if (m_typingPause.isActive()) {
            m_typingPause.stop();
            emit edited();
        }
    });
    connect(m_keep, &QCheckBox::toggled, this, &FramingDetails::edited);
    for (QSpinBox *spin : {m_skipFront, m_skipBack})
        connect(spin, &QSpinBox::valueChanged, this, &FramingDetails::checksumEdited);
    connect(m_checkOrder, &QComboBox::currentIndexChanged, this, &FramingDetails::checksumEdited);
}

QList<QWidget *> FramingDetails::controls() const
{
    return {m_gap, m_gapLimit, m_delimiters, m_keep, m_fixed, m_offset, m_width, m_lengthOrder,
            m_counts, m_adjust, m_max, m_checkOrder, m_skipFront, m_skipBack};
}

void FramingDetails::showSpec(const FramingSpec &spec, const QString &delimiterText)
{
    // Filling the fields is no edit.
    const QList<QWidget *> fields{m_gap,   m_gapLimit,    m_delimiters, m_keep,   m_fixed, m_offset,
                                  m_width, m_lengthOrder, m_counts,     m_adjust, m_max};
    for (QWidget *field : fields)
        field->blockSignals(true);
    m_gap->setValue(spec.gapMs);
    m_gapLimit->setValue(spec.gapLimitMs);
    m_delimiters->setText(delimiterText.isEmpty() ? DelimiterText::format(spec.delimiters) : delimiterText);
    m_keep->setChecked(spec.keepDelimiter);
    m_fixed->setValue(int(qMin<qsizetype>(spec.fixedLength, INT_MAX)));
    m_offset->setValue(spec.length.offset);
    m_width->setCurrentIndex(spec.length.width == 1 ? 0 : spec.length.width == 4 ? 2 : 1);
    m_lengthOrder->setCurrentIndex(spec.length.bigEndian ? 0 : 1);
    m_counts->setCurrentIndex(spec.length.countsWholeFrame ? 1 : 0);
    m_adjust->setValue(int(qBound(qint64(m_adjust->minimum()), spec.length.adjust, qint64(m_adjust->maximum()))));
    m_max->setValue(int(qMin<qsizetype>(spec.maxFrameBytes, INT_MAX)));
    for (QWidget *field : fields)
        field->blockSignals(false);
    showMode(spec.mode);
}

void FramingDetails::showMode(FramingSpec::Mode mode)
{
    using Mode = FramingSpec::Mode;
    m_mode = mode;
    const auto show = [](std::initializer_list<QWidget *> widgets, bool visible) {
        for (QWidget *widget : widgets)
            widget->setVisible(visible);
    };
    show({m_perReadNote}, mode == Mode::PerRead);
    show({m_gapLabel, m_gap, m_gapLimitLabel, m_gapLimit}, mode == Mode::IdleGap);
    show({m_delimiterLabel, m_delimiters, m_keep}, mode == Mode::Delimiter);
    show({m_fixedLabel, m_fixed}, mode == Mode::FixedLength);
    show({m_offsetLabel, m_offset, m_widthLabel, m_width, m_lengthOrder, m_countsLabel, m_counts, m_adjustLabel, m_adjust},
         mode == Mode::LengthField);
    show({m_maxLabel, m_max}, mode != Mode::PerRead);
}

Status FramingDetails::readInto(FramingSpec &spec, const QString &encoding) const
{
    spec.gapMs = m_gap->value();
    spec.gapLimitMs = m_gapLimit->value();
    spec.keepDelimiter = m_keep->isChecked();
    spec.fixedLength = m_fixed->value();
    spec.length.offset = m_offset->value();
    spec.length.width = QList<int>{1, 2, 4}.value(m_width->currentIndex(), 2);
    spec.length.bigEndian = m_lengthOrder->currentIndex() == 0;
    spec.length.countsWholeFrame = m_counts->currentIndex() == 1;
    spec.length.adjust = m_adjust->value();
    spec.maxFrameBytes = m_max->value();
    if (spec.mode != FramingSpec::Mode::Delimiter)
        return Status::success();
    const Result<QList<QByteArray>> delimiters = DelimiterText::parse(m_delimiters->text(), encoding);
    if (!delimiters.ok())
        return Status::failure(delimiters.error);
    spec.delimiters = delimiters.value;
    return Status::success();
}

QString FramingDetails::delimiterText() const
{
    return m_delimiters->text();
}

void FramingDetails::showChecksum(const std::optional<ChecksumSpec> &spec)
{
    m_checksumRow->setVisible(spec.has_value());
    if (!spec)
        return;
    const QSignalBlocker order(m_checkOrder);
    const QSignalBlocker front(m_skipFront);
    const QSignalBlocker back(m_skipBack);
    m_checkOrder->setCurrentIndex(spec->bigEndian ? 0 : 1);
    m_skipFront->setValue(spec->skipFront);
    m_skipBack->setValue(spec->skipBack);
}

void FramingDetails::readChecksumInto(ChecksumSpec &spec) const
{
    spec.bigEndian = m_checkOrder->currentIndex() == 0;
    spec.skipFront = m_skipFront->value();
    spec.skipBack = m_skipBack->value();
}

void FramingDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FramingDetails::retranslateUi()
{
    m_perReadNote->setText(tr("Every read from the socket (every datagram) is a row, as it arrived."));
    m_gapLabel->setText(tr("&Gap:"));
    m_gap->setToolTip(tr("A frame ends when no byte has come for this long"));
    m_gap->setAccessibleName(tr("Idle gap in milliseconds"));
    m_gapLimitLabel->setText(tr("Lo&ngest frame:"));
    m_gapLimit->setSpecialValueText(tr("auto"));
    m_gapLimit->setToolTip(tr("A frame still getting bytes ends once it has lasted this long, so a stream that never "
                              "pauses still shows. Auto: 1 s, or ten gaps when that is longer"));
    m_gapLimit->setAccessibleName(tr("Longest frame time in milliseconds"));
    m_delimiterLabel->setText(tr("&Delimiters:"));
    m_delimiters->setPlaceholderText(tr("\\r\\n or 0x03"));
    m_delimiters->setToolTip(tr("Text with escapes (\\r\\n, END) or hex starting with 0x (0x03, 0x0D 0x0A); "
                                "separate several with |"));
    m_delimiters->setAccessibleName(tr("Frame delimiters"));
    m_keep->setText(tr("&Keep delimiter"));
    m_keep->setToolTip(tr("Show the delimiter at the end of each frame, or strip it"));
    m_fixedLabel->setText(tr("Frame len&gth:"));
    m_fixed->setSuffix(tr(" bytes"));
    m_fixed->setAccessibleName(tr("Fixed frame length in bytes"));
    m_offsetLabel->setText(tr("Length field at &offset:"));
    m_offset->setAccessibleName(tr("Length field offset in bytes"));
    m_widthLabel->setText(tr("&Width:"));
    m_width->setItemText(0, tr("1 byte"));
    m_width->setItemText(1, tr("2 bytes"));
    m_width->setItemText(2, tr("4 bytes"));
    m_width->setAccessibleName(tr("Length field width"));
    m_lengthOrder->setItemText(0, tr("Big endian"));
    m_lengthOrder->setItemText(1, tr("Little endian"));
    m_lengthOrder->setAccessibleName(tr("Length field byte order"));
    m_countsLabel->setText(tr("Co&unts:"));
    m_counts->setItemText(0, tr("the bytes after the field"));
    m_counts->setItemText(1, tr("the whole frame"));
    m_counts->setAccessibleName(tr("What the length field counts"));
    m_adjustLabel->setText(tr("&Adjust:"));
    m_adjust->setToolTip(tr("Added to the length field's value, e.g. 2 for a CRC after the payload"));
    m_adjust->setAccessibleName(tr("Length adjustment in bytes"));
    m_maxLabel->setText(tr("&Max frame:"));
    m_max->setSuffix(tr(" bytes"));
    m_max->setToolTip(tr("A longer frame is cut here and marked; the rest follows as further frames"));
    m_max->setAccessibleName(tr("Maximum frame size in bytes"));
    m_checkOrderLabel->setText(tr("Checksum b&yte order:"));
    m_checkOrder->setItemText(0, tr("Big endian"));
    m_checkOrder->setItemText(1, tr("Little endian"));
    m_checkOrder->setAccessibleName(tr("Received checksum byte order"));
    m_skipFrontLabel->setText(tr("Skip first:"));
    m_skipFront->setSuffix(tr(" bytes"));
    m_skipFront->setToolTip(tr("Bytes at the start of a frame the checksum leaves out, e.g. a start byte"));
    m_skipFront->setAccessibleName(tr("Bytes at the start the checksum skips"));
    m_skipBackLabel->setText(tr("Skip before checksum:"));
    m_skipBack->setSuffix(tr(" bytes"));
    m_skipBack->setToolTip(tr("Bytes just before the checksum that it leaves out"));
    m_skipBack->setAccessibleName(tr("Bytes before the checksum it skips"));
}

} // namespace Sockpit
