#include "checksumbar.h"

#include "afterfirstpaint.h"
#include "codec.h"
#include "settings.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace Sockpit {

ChecksumBar::ChecksumBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_algorithm(new QComboBox(this))
    , m_append(new QCheckBox(this))
    , m_optionsButton(new QToolButton(this))
    , m_readout(new QLabel(this))
{
    m_algorithm->setObjectName(QStringLiteral("sendChecksumCombo"));
    m_append->setObjectName(QStringLiteral("appendChecksumCheck"));
    m_optionsButton->setObjectName(QStringLiteral("sendChecksumOptionsButton"));
    m_readout->setObjectName(QStringLiteral("checksumReadout"));
    m_label->setBuddy(m_algorithm);
    m_algorithm->addItem(QString());
    for (const Checksum::Algorithm algorithm : Checksum::all())
        m_algorithm->addItem(Checksum::name(algorithm), int(algorithm));
    m_optionsButton->setCheckable(true);
    m_optionsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_optionsButton->setArrowType(Qt::RightArrow);
    m_optionsButton->setAutoRaise(true);
    selectableAfterFirstPaint(m_readout);
    // One line in the room the row has (no heights by width for every layout); the tooltip has it whole.
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_algorithm);
    layout->addWidget(m_append);
    layout->addWidget(m_optionsButton);
    layout->addSpacing(8);
    layout->addWidget(m_readout, 1);
    layout->addStretch(0); // keeps the controls together while there is no readout
    setTabOrder(m_algorithm, m_append);
    setTabOrder(m_append, m_optionsButton);

    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &ChecksumBar::onAlgorithmChosen);
    connect(m_append, &QCheckBox::toggled, this, &ChecksumBar::changed);
    connect(m_optionsButton, &QToolButton::toggled, this, &ChecksumBar::showOptions);
    retranslateUi();
    refreshEnabled();
}

std::optional<ChecksumSpec> ChecksumBar::spec() const
{
    if (m_algorithm->currentIndex() <= 0)
        return std::nullopt;
    return m_spec;
}

std::optional<ChecksumSpec> ChecksumBar::appendSpec() const
{
    return m_append->isChecked() ? spec() : std::nullopt;
}

void ChecksumBar::setAppend(const std::optional<ChecksumSpec> &spec)
{
    {
        const QSignalBlocker blocker(m_algorithm);
        m_algorithm->setCurrentIndex(spec ? qMax(0, m_algorithm->findData(int(spec->algorithm))) : 0);
    }
    if (spec)
        m_spec = *spec;
    if (m_order) {
        const QSignalBlocker order(m_order);
        const QSignalBlocker front(m_skipFront);
        const QSignalBlocker back(m_skipBack);
        m_order->setCurrentIndex(m_spec.bigEndian ? 0 : 1);
        m_skipFront->setValue(m_spec.skipFront);
        m_skipBack->setValue(m_spec.skipBack);
    }
    const QSignalBlocker blocker(m_append);
    m_append->setChecked(spec.has_value());
    refreshEnabled();
    emit changed();
}

QByteArray ChecksumBar::appendTo(const QByteArray &bytes) const
{
    const std::optional<ChecksumSpec> appended = appendSpec();
    return appended ? appended->append(bytes) : bytes;
}

void ChecksumBar::onAlgorithmChosen()
{
    if (m_algorithm->currentIndex() > 0) {
        m_spec.algorithm = Checksum::Algorithm(m_algorithm->currentData().toInt());
        m_spec.bigEndian = Checksum::naturallyBigEndian(m_spec.algorithm);
        if (m_order) {
            const QSignalBlocker blocker(m_order);
            m_order->setCurrentIndex(m_spec.bigEndian ? 0 : 1);
        }
    }
    refreshEnabled();
    emit changed();
}

void ChecksumBar::refreshEnabled()
{
    const bool chosen = m_algorithm->currentIndex() > 0;
    m_append->setEnabled(chosen);
    m_optionsButton->setEnabled(chosen);
    if (m_order) {
        for (QWidget *widget : std::initializer_list<QWidget *>{m_order, m_skipFront, m_skipBack})
            widget->setEnabled(chosen);
    }
    m_readout->setVisible(chosen);
}

void ChecksumBar::makeOptions()
{
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("sendChecksumOrderCombo"));
    m_order->addItems({QString(), QString()});
    m_order->setCurrentIndex(m_spec.bigEndian ? 0 : 1);
    m_skipFront = new QSpinBox(this);
    m_skipFront->setObjectName(QStringLiteral("sendChecksumSkipFrontSpin"));
    m_skipFront->setRange(0, 65536);
    m_skipFront->setValue(m_spec.skipFront);
    m_skipFrontLabel = new QLabel(this);
    m_skipFrontLabel->setBuddy(m_skipFront);
    m_skipBack = new QSpinBox(this);
    m_skipBack->setObjectName(QStringLiteral("sendChecksumSkipBackSpin"));
    m_skipBack->setRange(0, 65536);
    m_skipBack->setValue(m_spec.skipBack);
    m_skipBackLabel = new QLabel(this);
    m_skipBackLabel->setBuddy(m_skipBack);
    auto *row = static_cast<QHBoxLayout *>(layout());
    int at = row->indexOf(m_optionsButton) + 1;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_order, m_skipFrontLabel, m_skipFront, m_skipBackLabel, m_skipBack})
        row->insertWidget(at++, widget);
    setTabOrder(m_optionsButton, m_order);
    setTabOrder(m_order, m_skipFront);
    setTabOrder(m_skipFront, m_skipBack);

    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_spec.bigEndian = index == 0;
        emit changed();
    });
    connect(m_skipFront, &QSpinBox::valueChanged, this, [this](int bytes) {
        m_spec.skipFront = bytes;
        emit changed();
    });
    connect(m_skipBack, &QSpinBox::valueChanged, this, [this](int bytes) {
        m_spec.skipBack = bytes;
        emit changed();
    });
    retranslateUi();
    refreshEnabled();
}

void ChecksumBar::showOptions(bool shown)
{
    if (shown && !m_order)
        makeOptions();
    m_optionsButton->setArrowType(shown ? Qt::LeftArrow : Qt::RightArrow);
    if (!m_order)
        return;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_order, m_skipFrontLabel, m_skipFront, m_skipBackLabel, m_skipBack})
        widget->setVisible(shown);
}

void ChecksumBar::showInput(const Result<QByteArray> &bytes)
{
    m_input = bytes;
    const std::optional<ChecksumSpec> chosen = spec();
    if (!chosen) {
        m_readout->clear();
        return;
    }
    const QString name = Checksum::name(chosen->algorithm);
    QString text;
    if (!bytes.ok()) {
        text = tr("No checksum: %1").arg(bytes.error);
    } else if (bytes.value.isEmpty()) {
        text = tr("%1: type data to see its checksum").arg(name);
    } else {
        const QByteArray sum = chosen->checksumBytes(bytes.value);
        quint32 value = 0;
        for (qsizetype i = 0; i < sum.size(); ++i) {
            const qsizetype at = chosen->bigEndian ? i : sum.size() - 1 - i;
            value = (value << 8) | uchar(sum.at(at));
        }
        const QString hex = Hex::format(sum);
        text = m_append->isChecked() ? tr("%1: %2 → appends %3").arg(name, chosen->formatValue(value), hex)
                                     : tr("%1: %2 → bytes %3").arg(name, chosen->formatValue(value), hex);
    }
    Theme::setTone(m_readout, bytes.ok() ? Theme::Tone::Info : Theme::Tone::Bad);
    m_readout->setText(text);
    m_readout->setToolTip(text);
}

QString ChecksumBar::readout() const
{
    return m_readout->isHidden() ? QString() : m_readout->text();
}

void ChecksumBar::loadSettings(const QString &group)
{
    const QString saved = Settings::panelValue(group, "sendChecksum", QString()).toString();
    const Result<ChecksumSpec> spec = ChecksumSpec::parse(saved);
    if (saved.isEmpty() || !spec.ok()) {
        setAppend(std::nullopt);
        return;
    }
    setAppend(spec.value);
    m_append->setChecked(Settings::panelValue(group, "sendChecksumAppend", false).toBool());
}

void ChecksumBar::saveSettings(const QString &group) const
{
    const std::optional<ChecksumSpec> chosen = spec();
    Settings::setPanelValue(group, "sendChecksum", chosen ? chosen->toString() : QString());
    Settings::setPanelValue(group, "sendChecksumAppend", m_append->isChecked());
}

void ChecksumBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        showInput(m_input);
    QWidget::changeEvent(event);
}

void ChecksumBar::retranslateUi()
{
    m_label->setText(tr("Check&sum:"));
    m_algorithm->setItemText(0, tr("None"));
    m_algorithm->setToolTip(tr("A checksum of the data to send: shown as you type, appended when ticked"));
    m_algorithm->setAccessibleName(tr("Send checksum"));
    m_append->setText(tr("A&ppend to each send"));
    m_append->setToolTip(tr("Add the checksum's bytes to the end of every send and repeat (files are sent as they are)"));
    m_optionsButton->setText(tr("Range"));
    m_optionsButton->setToolTip(tr("Byte order, and the bytes the checksum leaves out"));
    m_optionsButton->setAccessibleName(tr("Checksum byte order and range"));
    m_readout->setAccessibleDescription(tr("Checksum of the input"));
    if (m_order) {
        m_order->setItemText(0, tr("Big endian"));
        m_order->setItemText(1, tr("Little endian"));
        m_order->setAccessibleName(tr("Checksum byte order"));
        m_skipFrontLabel->setText(tr("Skip first:"));
        m_skipFront->setSuffix(tr(" bytes"));
        m_skipFront->setToolTip(tr("Bytes at the start the checksum leaves out, e.g. a start byte"));
        m_skipFront->setAccessibleName(tr("Bytes at the start the checksum skips"));
        m_skipBackLabel->setText(tr("Stop before end:"));
        m_skipBack->setSuffix(tr(" bytes"));
        m_skipBack->setToolTip(tr("Bytes at the end the checksum leaves out"));
        m_skipBack->setAccessibleName(tr("Bytes at the end the checksum skips"));
    }
    showInput(m_input);
}

} // namespace Sockpit
