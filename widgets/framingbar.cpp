#include "framingbar.h"

#include "accessiblenames.h"
#include "afterfirstpaint.h"
#include "delimitertext.h"
#include "elidinglabel.h"
#include "framingdetails.h"
#include "settings.h"
#include "theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockpit {

FramingBar::FramingBar(QWidget *parent)
    : QWidget(parent)
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_detailsButton(new QToolButton(this))
    , m_message(new ElidingLabel(this))
    , m_verifyLabel(new QLabel(this))
    , m_verify(new QComboBox(this))
{
    m_mode->setObjectName(QStringLiteral("framingModeCombo"));
    m_detailsButton->setObjectName(QStringLiteral("framingDetailsButton"));
    m_message->setObjectName(QStringLiteral("framingMessageLabel"));
    m_verify->setObjectName(QStringLiteral("verifyChecksumCombo"));
    m_mode->addItems({QString(), QString(), QString(), QString(), QString()});
    m_modeLabel->setBuddy(m_mode);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    selectableAfterFirstPaint(m_message);
    // A line of its own under the controls, where the sentence fits whole at
    // the window's first size; one line (a wrapped label makes every layout up
    // to the window ask for heights by width, at start-up and at each resize),
    // ending in "…" where a narrower window cuts it; the tooltip has it whole.
    // A reason for an error wraps.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_verifyLabel->setBuddy(m_verify);
    m_verify->addItem(QString());
    for (const Checksum::Algorithm algorithm : Checksum::all())
        m_verify->addItem(Checksum::name(algorithm), int(algorithm));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_modeLabel);
    row->addWidget(m_mode);
    row->addWidget(m_detailsButton);
    row->addSpacing(8);
    row->addWidget(m_verifyLabel);
    row->addWidget(m_verify);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    setTabOrder(m_mode, m_detailsButton);
    setTabOrder(m_detailsButton, m_verify);

    m_mode->setCurrentIndex(int(m_spec.mode));
    connect(m_mode, &QComboBox::activated, this, &FramingBar::onModeChosen);
    connect(m_detailsButton, &QToolButton::toggled, this, &FramingBar::showDetails);
    connect(m_verify, &QComboBox::activated, this, &FramingBar::onChecksumChosen);
    retranslateUi();
}

FramingBar::~FramingBar() = default;

FramingDetails *FramingBar::details()
{
    if (m_details)
        return m_details;
    m_details = new FramingDetails(this);
    m_details->setObjectName(QStringLiteral("framingDetails"));
    m_details->setVisible(false);
    m_details->showSpec(m_spec, m_delimiterText);
    m_details->showMode(FramingSpec::Mode(m_mode->currentIndex()));
    m_details->showChecksum(m_checksum);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_details);
    QWidget *previous = m_detailsButton;
    for (QWidget *control : m_details->controls()) {
        setTabOrder(previous, control);
        previous = control;
    }
    setTabOrder(previous, m_verify);
    connect(m_details, &FramingDetails::edited, this, &FramingBar::onDetailsEdited);
    connect(m_details, &FramingDetails::checksumEdited, this, &FramingBar::onChecksumEdited);
    return m_details;
}

bool FramingBar::detailsShown() const
{
    return m_details && m_details->isVisible();
}

void FramingBar::showDetails(bool shown)
{
    if (m_detailsButton->isChecked() != shown)
        m_detailsButton->setChecked(shown); // comes back here through toggled
    m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    if (shown || m_details)
        details()->setVisible(shown);
}

bool FramingBar::setFraming(const FramingSpec &spec, const QString &delimiterText)
{
    if (!spec.validate().ok())
        return false;
    m_error.clear();
    const bool changed = spec != m_spec;
    m_spec = spec;
    m_delimiterText = delimiterText;
    m_mode->setCurrentIndex(int(spec.mode));
    if (m_details)
        m_details->showSpec(spec, delimiterText);
    refreshMessage();
    if (changed)
        emit framingChanged(m_spec);
    return true;
}

void FramingBar::setReceiveChecksum(const std::optional<ChecksumSpec> &spec)
{
    m_checksum = spec;
    m_verify->setCurrentIndex(spec ? qMax(0, m_verify->findData(int(spec->algorithm))) : 0);
    if (m_details)
        m_details->showChecksum(spec);
    emit receiveChecksumChanged(m_checksum);
}

void FramingBar::setEncoding(const QString &encoding)
{
    m_encoding = encoding;
    // Text delimiters mean other bytes in another encoding.
    if (m_spec.mode == FramingSpec::Mode::Delimiter && !m_delimiterText.isEmpty()) {
        const Result<QList<QByteArray>> delimiters = DelimiterText::parse(m_delimiterText, encoding);
        if (delimiters.ok() && delimiters.value != m_spec.delimiters) {
            FramingSpec spec = m_spec;
            spec.delimiters = delimiters.value;
            setFraming(spec, m_delimiterText);
        }
    }
}

void FramingBar::setDatagramMode(bool datagram)
{
    m_datagram = datagram;
    refreshMessage();
}

QString FramingBar::message() const
{
    return m_message->text();
}

void FramingBar::onModeChosen(int index)
{
    FramingSpec draft = m_spec;
    draft.mode = FramingSpec::Mode(index);
    QString readError;
    if (m_details) {
        m_details->showMode(draft.mode);
        readError = m_details->readInto(draft, m_encoding).error;
    }
    tryUse(draft, readError);
}

void FramingBar::onDetailsEdited()
{
    FramingSpec draft = m_spec;
    draft.mode = FramingSpec::Mode(m_mode->currentIndex());
    tryUse(draft, m_details->readInto(draft, m_encoding).error);
}

void FramingBar::tryUse(const FramingSpec &draft, const QString &readError)
{
    const QString error = readError.isEmpty() ? draft.validate().error : readError;
    if (error.isEmpty()) {
        setFraming(draft, delimiterTextInUse());
        return;
    }
    m_error = error;
    refreshMessage();
    // The fields to fix are in the details.
    if (!detailsShown())
        showDetails(true);
}

QString FramingBar::delimiterTextInUse() const
{
    return m_details ? m_details->delimiterText() : m_delimiterText;
}

void FramingBar::onChecksumChosen(int index)
{
    if (index <= 0) {
        setReceiveChecksum(std::nullopt);
        return;
    }
    ChecksumSpec spec = m_checksum.value_or(ChecksumSpec());
    spec.algorithm = Checksum::Algorithm(m_verify->itemData(index).toInt());
    spec.bigEndian = Checksum::naturallyBigEndian(spec.algorithm);
    setReceiveChecksum(spec);
}

void FramingBar::onChecksumEdited()
{
    if (!m_checksum)
        return;
    m_details->readChecksumInto(*m_checksum);
    emit receiveChecksumChanged(m_checksum);
}

void FramingBar::refreshMessage()
{
    QString text;
    if (!m_error.isEmpty()) {
        text = tr("%1 — still in use: %2").arg(m_error, m_spec.describe());
    } else {
        text = m_spec.describe();
        if (m_spec == FramingSpec())
            text = tr("%1 This is the default.").arg(text);
        if (m_datagram && m_spec.mode != FramingSpec::Mode::PerRead)
            text = tr("%1 A datagram always ends a frame.").arg(text);
    }
    const Theme::Tone tone = m_error.isEmpty() ? Theme::Tone::Neutral : Theme::Tone::Bad;
    if (tone != m_tone || !m_toned) {
        m_tone = tone;
        m_toned = true;
        Theme::setTone(m_message, tone);
        m_message->setWordWrap(tone == Theme::Tone::Bad);
    }
    m_message->setToolTip(text);
    AccessibleNames::announce(m_message, text);
}

void FramingBar::loadSettings(const QString &group)
{
    const QString saved = Settings::panelValue(group, "framing", QString()).toString();
    const Result<FramingSpec> spec = saved.isEmpty() ? Result<FramingSpec>::success(FramingSpec()) : FramingSpec::parse(saved);
    if (spec.ok())
        setFraming(spec.value, Settings::panelValue(group, "framingDelimiters", QString()).toString());
    const QString checksum = Settings::panelValue(group, "receiveChecksum", QString()).toString();
    const Result<ChecksumSpec> verify = ChecksumSpec::parse(checksum);
    setReceiveChecksum(checksum.isEmpty() || !verify.ok() ? std::nullopt : std::optional<ChecksumSpec>(verify.value));
}

void FramingBar::saveSettings(const QString &group) const
{
    Settings::setPanelValue(group, "framing", m_spec.toString());
    Settings::setPanelValue(group, "framingDelimiters", m_delimiterText);
    Settings::setPanelValue(group, "receiveChecksum", m_checksum ? m_checksum->toString() : QString());
}

void FramingBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        m_toned = false; // the tone's colour comes from the new palette
        refreshMessage();
    }
    QWidget::changeEvent(event);
}

void FramingBar::retranslateUi()
{
    m_modeLabel->setText(tr("Fr&aming:"));
    m_mode->setItemText(int(FramingSpec::Mode::PerRead), tr("Per read"));
    m_mode->setItemText(int(FramingSpec::Mode::IdleGap), tr("Idle gap"));
    m_mode->setItemText(int(FramingSpec::Mode::Delimiter), tr("Delimiter"));
    m_mode->setItemText(int(FramingSpec::Mode::FixedLength), tr("Fixed length"));
    m_mode->setItemText(int(FramingSpec::Mode::LengthField), tr("Length field"));
    m_mode->setToolTip(tr("How received bytes become log rows (frames). The default, an idle gap of %1 ms, "
                          "shows a reply a slow device writes byte by byte as one row")
                           .arg(FramingSpec::DefaultGapMs));
    m_mode->setAccessibleName(tr("Receive framing"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setToolTip(tr("Show the settings of the framing and of the checksum check"));
    m_detailsButton->setAccessibleName(tr("Framing details"));
    m_verifyLabel->setText(tr("&Verify:"));
    m_verify->setItemText(0, tr("No checksum"));
    m_verify->setToolTip(tr("Check the last bytes of every received frame against this checksum: "
                            "✓ or ✗ on the row, bad frames counted"));
    m_verify->setAccessibleName(tr("Checksum to verify on received frames"));
    refreshMessage();
}

} // namespace Sockpit
