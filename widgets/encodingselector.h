#pragma once

#include <QComboBox>

namespace Sockpit {

/// Picks the encoding used to show received bytes and to encode sent text.
/// Offers the common encodings and Hex; another name may be typed and is checked.
class EncodingSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit EncodingSelector(QWidget *parent = nullptr);

    QString encoding() const { return m_encoding; }
    /// Selects name if it is usable; otherwise keeps the current one and reports why.
    bool setEncoding(const QString &name);

    /// As wide as the widest encoding name: the list never changes, so it is
    /// measured once per font and style (Qt measures every name again each
    /// time the hint is asked after a change, for the minimum as well, which
    /// is the same measurement).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void encodingChanged(const QString &encoding);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTextChosen(const QString &text);
    void retranslateUi();

    QString m_encoding;
    mutable QSize m_sizeHint;
};

} // namespace Sockpit
