#include "encodingselector.h"

#include "codec.h"

#include <QEvent>
#include <QLineEdit>

namespace Sockpit {

EncodingSelector::EncodingSelector(QWidget *parent)
    : QComboBox(parent)
    , m_encoding(Encodings::textEncodings().constFirst())
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItems(Encodings::all());
    setCurrentText(m_encoding);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::textActivated, this, &EncodingSelector::onTextChosen);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { onTextChosen(currentText()); });
    retranslateUi();
    m_sizeHint = QSize(); // measured before the list was complete
}

bool EncodingSelector::setEncoding(const QString &name)
{
    const QString trimmed = name.trimmed();
    const QString error = Encodings::checkName(trimmed);
    if (!error.isEmpty()) {
        setCurrentText(m_encoding);
        emit errorOccurred(error);
        return false;
    }
    // Show the canonical spelling when the name is one of ours.
    QString canonical = trimmed;
    for (const QString &known : Encodings::all()) {
        if (known.compare(trimmed, Qt::CaseInsensitive) == 0)
            canonical = known;
    }
    setCurrentText(canonical);
    if (canonical != m_encoding) {
        m_encoding = canonical;
        emit encodingChanged(canonical);
    }
    return true;
}

QSize EncodingSelector::sizeHint() const
{
    if (!m_sizeHint.isValid())
        m_sizeHint = QComboBox::sizeHint();
    return m_sizeHint;
}

QSize EncodingSelector::minimumSizeHint() const
{
    return sizeHint();
}

void EncodingSelector::onTextChosen(const QString &text)
{
    if (text.trimmed() != m_encoding)
        setEncoding(text);
}

void EncodingSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_sizeHint = QSize();
    QComboBox::changeEvent(event);
}

void EncodingSelector::retranslateUi()
{
    setToolTip(tr("Encoding of received and sent text. GBK and GB18030 suit Chinese devices; "
                  "Hex shows and sends raw bytes. Another encoding name may be typed."));
    setAccessibleName(tr("Encoding"));
    lineEdit()->setAccessibleName(tr("Encoding name"));
}

} // namespace Sockpit
