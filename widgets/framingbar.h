#pragma once

#include "checksum.h"
#include "framingspec.h"
#include "theme.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

namespace Sockpit {

class FramingDetails;

/// How a panel cuts received bytes into frames and which checksum it checks:
/// a compact row (mode, a sentence saying what it does, the checksum to
/// verify) over details made on first use. An edit that makes no valid spec
/// is explained in the row and the framing in use stays until it is fixed.
class FramingBar : public QWidget
{
    Q_OBJECT
public:
    explicit FramingBar(QWidget *parent = nullptr);
    ~FramingBar() override;

    /// The framing in use (the last valid one).
    const FramingSpec &framing() const { return m_spec; }
    /// Uses spec when it is valid (false, and nothing changes, when not).
    bool setFraming(const FramingSpec &spec, const QString &delimiterText = QString());
    const std::optional<ChecksumSpec> &receiveChecksum() const { return m_checksum; }
    void setReceiveChecksum(const std::optional<ChecksumSpec> &spec);

    /// Text delimiters are encoded in the panel's encoding.
    void setEncoding(const QString &encoding);
    /// UDP: each datagram ends its frames; the sentence says so.
    void setDatagramMode(bool datagram);

    /// What the row says: the framing in words, or why the edit is not used.
    QString message() const;
    bool hasError() const { return !m_error.isEmpty(); }
    bool detailsShown() const;

    void loadSettings(const QString &group);
    void saveSettings(const QString &group) const;

signals:
    /// A new framing is in use (also when loaded or set from the command line).
    void framingChanged(const Sockpit::FramingSpec &spec);
    void receiveChecksumChanged(const std::optional<Sockpit::ChecksumSpec> &spec);

protected:
    void changeEvent(QEvent *event) override;

private:
    FramingDetails *details();
    void showDetails(bool shown);
    void onModeChosen(int index);
    void onDetailsEdited();
    void onChecksumChosen(int index);
    void onChecksumEdited();
    /// Uses draft when readError is empty and draft is valid; otherwise explains.
    void tryUse(const FramingSpec &draft, const QString &readError);
    void refreshMessage();
    void retranslateUi();
    QString delimiterTextInUse() const;

    FramingSpec m_spec;
    QString m_delimiterText; ///< the delimiters in use, as typed
    std::optional<ChecksumSpec> m_checksum;
    QString m_error;
    QString m_encoding = QStringLiteral("UTF-8");
    bool m_datagram = false;
    Theme::Tone m_tone = Theme::Tone::Neutral;
    bool m_toned = false; ///< m_message has m_tone's colour of the current palette
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QToolButton *m_detailsButton;
    QLabel *m_message;
    QLabel *m_verifyLabel;
    QComboBox *m_verify;
    FramingDetails *m_details = nullptr; ///< made when first shown
};

} // namespace Sockpit
