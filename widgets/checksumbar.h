#pragma once

#include "checksum.h"
#include "result.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace Sockpit {

/// The send box's checksum: an algorithm, whether it is appended to each send,
/// its byte order and range (made on first use), and a readout of the
/// checksum of what the input holds now. The bytes come from ChecksumSpec.
class ChecksumBar : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksumBar(QWidget *parent = nullptr);

    /// The chosen checksum (the readout shows it), appended or not.
    std::optional<ChecksumSpec> spec() const;
    /// The checksum appended to each send; none when "append" is off.
    std::optional<ChecksumSpec> appendSpec() const;
    /// Chooses spec and appends it to each send (std::nullopt: none).
    void setAppend(const std::optional<ChecksumSpec> &spec);
    /// bytes with the checksum appended when appending is on.
    QByteArray appendTo(const QByteArray &bytes) const;

    /// The readout for the input's bytes, or for why there are none.
    void showInput(const Result<QByteArray> &bytes);
    QString readout() const;

    void loadSettings(const QString &group);
    void saveSettings(const QString &group) const;

signals:
    /// The algorithm, the range or appending changed (the readout needs new input).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void makeOptions();
    void showOptions(bool shown);
    void onAlgorithmChosen();
    void refreshEnabled();
    void retranslateUi();

    QLabel *m_label;
    QComboBox *m_algorithm;
    QCheckBox *m_append;
    QToolButton *m_optionsButton;
    QLabel *m_readout;
    // Made when the options are first shown.
    QComboBox *m_order = nullptr;
    QLabel *m_skipFrontLabel = nullptr;
    QSpinBox *m_skipFront = nullptr;
    QLabel *m_skipBackLabel = nullptr;
    QSpinBox *m_skipBack = nullptr;
    ChecksumSpec m_spec; ///< order and range, also while the options are not made
    Result<QByteArray> m_input;
};

} // namespace Sockpit
