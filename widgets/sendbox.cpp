#include "sendbox.h"

#include "afterfirstpaint.h"
#include "checksumbar.h"
#include "codec.h"
#include "senditem.h"
#include "session.h"
#include "settings.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockpit {

SendBox::SendBox(QWidget *parent)
    : QWidget(parent)
    , m_encoding(QStringLiteral("UTF-8"))
    , m_input(new QPlainTextEdit(this))
    , m_hex(new QCheckBox(this))
    , m_escapes(new QCheckBox(this))
    , m_lineEndingLabel(new QLabel(this))
    , m_lineEnding(new QComboBox(this))
    , m_repeat(new QCheckBox(this))
    , m_interval(new QSpinBox(this))
    , m_historyBox(new QComboBox(this))
    , m_sendFileButton(new QPushButton(this))
    , m_sendButton(new QPushButton(this))
    , m_checksum(new ChecksumBar(this))
    , m_error(new QLabel(this))
{
    setUpControls();
    layOut();
    connectControls();
    connect(&m_repeatTimer, &QTimer::timeout, this, &SendBox::sendRepeat);
    m_fileTimer.setInterval(0);
    connect(&m_fileTimer, &QTimer::timeout, this, &SendBox::sendNextFileChunk);
    retranslateUi();
}

void SendBox::setUpControls()
{
    // Names let tests (and accessibility tools) find the controls.
    m_input->setObjectName(QStringLiteral("sendInput"));
    m_hex->setObjectName(QStringLiteral("hexCheck"));
    m_escapes->setObjectName(QStringLiteral("escapesCheck"));
    m_lineEnding->setObjectName(QStringLiteral("lineEndingCombo"));
    m_repeat->setObjectName(QStringLiteral("repeatCheck"));
    m_interval->setObjectName(QStringLiteral("repeatIntervalSpin"));
    m_historyBox->setObjectName(QStringLiteral("historyCombo"));
    m_sendFileButton->setObjectName(QStringLiteral("sendFileButton"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_checksum->setObjectName(QStringLiteral("checksumBar"));
    m_error->setObjectName(QStringLiteral("sendErrorLabel"));

    // The fixed-width font is loaded after the first paint: the box starts empty.
    AfterFirstPaint::run(m_input, [box = m_input] { box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); });
    m_input->setTabChangesFocus(true);
    m_input->setMinimumHeight(60);
    m_lineEnding->addItems({QString(), QStringLiteral("LF \\n"), QStringLiteral("CRLF \\r\\n"), QStringLiteral("CR \\r")});
    m_lineEndingLabel->setBuddy(m_lineEnding);
    m_escapes->setChecked(true);
    m_interval->setRange(1, 3600 * 1000);
    m_interval->setValue(1000);
    m_interval->setSuffix(QStringLiteral(" ms"));
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyBox->setMinimumContentsLength(16);
    m_sendButton->setDefault(false);
    m_sendButton->setMinimumWidth(90);
    Theme::setTone(m_error, Theme::Tone::Bad);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
}

void SendBox::layOut()
{
    m_options = new QHBoxLayout;
    m_options->addWidget(m_hex);
    m_options->addWidget(m_escapes);
    m_options->addWidget(m_lineEndingLabel);
    m_options->addWidget(m_lineEnding);
    m_options->addSpacing(12);
    m_options->addWidget(m_repeat);
    m_options->addWidget(m_interval);
    m_options->addSpacing(12);
    m_options->addWidget(m_historyBox, 1);
    m_options->addWidget(m_sendFileButton);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_sendButton, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_options);
    layout->addLayout(inputRow, 1);
    layout->addWidget(m_checksum);
    layout->addWidget(m_error);

    setTabOrder(m_input, m_sendButton);
    setTabOrder(m_sendButton, m_hex);
    setTabOrder(m_hex, m_escapes);
    setTabOrder(m_escapes, m_lineEnding);
    setTabOrder(m_lineEnding, m_repeat);
    setTabOrder(m_repeat, m_interval);
    setTabOrder(m_interval, m_historyBox);
    setTabOrder(m_historyBox, m_sendFileButton);
}

void SendBox::connectControls()
{
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_input);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &SendBox::send);
    }
    connect(m_sendButton, &QPushButton::clicked, this, &SendBox::send);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        m_error->setVisible(false);
        refreshReadout();
    });
    connect(m_hex, &QCheckBox::toggled, this, [this](bool hex) {
        m_escapes->setEnabled(!hex);
        m_lineEnding->setEnabled(!hex);
        m_error->setVisible(false);
        refreshReadout();
    });
    connect(m_escapes, &QCheckBox::toggled, this, &SendBox::refreshReadout);
    connect(m_lineEnding, &QComboBox::currentIndexChanged, this, &SendBox::refreshReadout);
    connect(m_checksum, &ChecksumBar::changed, this, [this] {
        refreshReadout();
        emit checksumChanged();
    });
    connect(m_repeat, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            stopRepeat();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int ms) { m_repeatTimer.setInterval(ms); });
    connect(m_historyBox, &QComboBox::activated, this, [this](int index) {
        if (index <= 0 || index > m_history.size())
            return;
        const HistoryItem item = m_history.at(index - 1);
        setHex(item.hex);
        setText(item.text);
        m_historyBox->setCurrentIndex(0);
    });
    connect(m_sendFileButton, &QPushButton::clicked, this, [this] {
        if (m_file.isOpen()) {
            finishFile(tr("file sending cancelled after %n byte(s)", nullptr, int(m_fileSent)));
            return;
        }
        const QString path = QFileDialog::getOpenFileName(this, tr("Send file"));
        if (!path.isEmpty()) {
            const QString error = sendFile(path);
            if (!error.isEmpty())
                showError(error);
        }
    });
}

QProgressBar *SendBox::progressBar()
{
    // Made when a file is first sent: most sessions never show it.
    if (!m_progress) {
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("fileProgress"));
        m_progress->setMaximumWidth(160);
        m_progress->setAccessibleName(tr("File sending progress"));
        m_options->addWidget(m_progress);
    }
    return m_progress;
}

SendBox::~SendBox() = default;

void SendBox::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &Session::drained, this, &SendBox::onDrained);
}

bool SendBox::pauseWhileBackedUp()
{
    if (!m_session || !m_session->isBackedUp())
        return false;
    // Waiting costs nothing: drained() starts the timers again, no polling.
    m_waitingForDrain = true;
    m_fileTimer.stop();
    m_repeatTimer.stop();
    return true;
}

void SendBox::onDrained()
{
    if (!m_waitingForDrain)
        return;
    m_waitingForDrain = false;
    if (m_file.isOpen())
        m_fileTimer.start();
    if (!m_repeatPayload.isEmpty())
        m_repeatTimer.start(m_interval->value());
}

void SendBox::sendRepeat()
{
    if (pauseWhileBackedUp())
        return;
    if (!m_handler || !m_handler(m_repeatPayload))
        stopRepeat();
}

void SendBox::setEncoding(const QString &encoding)
{
    m_encoding = encoding;
    // The Hex encoding means hex both ways; leaving it gives the box back as the user had it.
    const bool hexEncoding = Encodings::isHex(encoding);
    if (hexEncoding && !m_hexForced) {
        m_hexForced = true;
        m_hexBeforeForced = m_hex->isChecked();
        m_hex->setChecked(true);
    } else if (!hexEncoding && m_hexForced) {
        m_hexForced = false;
        m_hex->setChecked(m_hexBeforeForced);
    }
    m_hex->setEnabled(!hexEncoding);
    refreshReadout();
}

QString SendBox::text() const
{
    return m_input->toPlainText();
}

void SendBox::setText(const QString &text)
{
    m_input->setPlainText(text);
}

bool SendBox::isHex() const
{
    return m_hex->isChecked();
}

void SendBox::setHex(bool hex)
{
    m_hex->setChecked(hex);
}

QString SendBox::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QStringList SendBox::history() const
{
    QStringList texts;
    for (const HistoryItem &item : m_history)
        texts << item.text;
    return texts;
}

PayloadSpec SendBox::spec() const
{
    PayloadSpec spec;
    spec.hex = m_hex->isChecked();
    spec.encoding = m_encoding;
    spec.escapes = m_escapes->isChecked();
    spec.lineEnding = PayloadSpec::LineEnding(m_lineEnding->currentIndex());
    return spec;
}

SendItem SendBox::sendItem() const
{
    SendItem item;
    item.hex = m_hex->isChecked();
    item.data = m_input->toPlainText();
    // A send item always reads escapes: with them off, a backslash is only a backslash.
    if (!item.hex && !m_escapes->isChecked())
        item.data.replace(u'\\', QStringLiteral("\\\\"));
    if (!item.hex)
        item.lineEnding = PayloadSpec::LineEnding(m_lineEnding->currentIndex());
    item.checksum = m_checksum->appendSpec();
    return item;
}

std::optional<QByteArray> SendBox::payload()
{
    const Result<QByteArray> bytes = buildPayload(m_input->toPlainText(), spec());
    if (!bytes.ok()) {
        showError(bytes.error);
        return std::nullopt;
    }
    if (bytes.value.isEmpty()) {
        showError(tr("nothing to send: the input is empty"));
        return std::nullopt;
    }
    m_error->setVisible(false);
    return m_checksum->appendTo(bytes.value);
}

void SendBox::refreshReadout()
{
    if (m_checksum->spec())
        m_checksum->showInput(buildPayload(m_input->toPlainText(), spec()));
}

void SendBox::send()
{
    if (isRepeating()) {
        stopRepeat();
        return;
    }
    const std::optional<QByteArray> bytes = payload();
    if (!bytes || !m_handler)
        return;
    if (!m_handler(*bytes))
        return;
    addToHistory();
    if (m_repeat->isChecked()) {
        m_repeatPayload = *bytes;
        m_repeatTimer.start(m_interval->value());
        refreshButtons();
    }
}

void SendBox::stopRepeat()
{
    if (!isRepeating())
        return;
    m_repeatTimer.stop();
    m_repeatPayload.clear();
    m_waitingForDrain = m_waitingForDrain && m_file.isOpen();
    refreshButtons();
}

QString SendBox::sendFile(const QString &path)
{
    if (m_file.isOpen())
        return tr("a file is already being sent");
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return tr("cannot read '%1': %2").arg(path, m_file.errorString());
    m_fileSent = 0;
    progressBar()->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_fileTimer.start();
    refreshButtons();
    return QString();
}

void SendBox::sendNextFileChunk()
{
    if (pauseWhileBackedUp())
        return;
    const QByteArray chunk = m_file.read(m_fileChunkBytes);
    if (chunk.isEmpty()) {
        if (m_file.error() != QFileDevice::NoError)
            finishFile(tr("reading '%1' failed: %2").arg(m_file.fileName(), m_file.errorString()));
        else
            finishFile(QString());
        return;
    }
    if (!m_handler || !m_handler(chunk)) {
        finishFile(tr("file sending stopped after %n byte(s)", nullptr, int(m_fileSent)));
        return;
    }
    m_fileSent += chunk.size();
    const qint64 total = qMax<qint64>(1, m_file.size());
    m_progress->setValue(int(m_fileSent * 1000 / total));
}

void SendBox::finishFile(const QString &message)
{
    m_fileTimer.stop();
    m_file.close();
    m_waitingForDrain = m_waitingForDrain && isRepeating();
    if (m_progress)
        m_progress->setVisible(false);
    if (!message.isEmpty())
        showError(message);
    else
        emit fileSendFinished(m_fileSent);
    refreshButtons();
}

void SendBox::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

void SendBox::addToHistory()
{
    const HistoryItem item{m_input->toPlainText(), m_hex->isChecked()};
    m_history.removeIf([&](const HistoryItem &old) { return old.text == item.text && old.hex == item.hex; });
    m_history.prepend(item);
    while (m_history.size() > HistorySize)
        m_history.removeLast();
    refreshHistory();
    emit historyChanged();
}

void SendBox::loadSettings(const QString &group)
{
    m_checksum->loadSettings(group);
    m_input->setPlainText(Settings::panelValue(group, "sendText", QString()).toString());
    const bool hex = Settings::panelValue(group, "sendHex", false).toBool();
    if (m_hexForced)
        m_hexBeforeForced = hex; // stays ticked while the encoding is Hex
    else
        m_hex->setChecked(hex);
    m_escapes->setChecked(Settings::panelValue(group, "sendEscapes", true).toBool());
    m_lineEnding->setCurrentIndex(qBound(0, Settings::panelValue(group, "lineEnding", 0).toInt(), 3));
    m_interval->setValue(Settings::panelValue(group, "repeatMs", 1000).toInt());
    m_history.clear();
    const QVariantList saved = Settings::panelValue(group, "history", QVariantList()).toList();
    for (const QVariant &v : saved) {
        const QVariantMap map = v.toMap();
        m_history.append(HistoryItem{map.value(QStringLiteral("text")).toString(), map.value(QStringLiteral("hex")).toBool()});
    }
    refreshHistory();
}

void SendBox::saveSettings(const QString &group) const
{
    m_checksum->saveSettings(group);
    Settings::setPanelValue(group, "sendText", m_input->toPlainText());
    Settings::setPanelValue(group, "sendHex", m_hexForced ? m_hexBeforeForced : m_hex->isChecked());
    Settings::setPanelValue(group, "sendEscapes", m_escapes->isChecked());
    Settings::setPanelValue(group, "lineEnding", m_lineEnding->currentIndex());
    Settings::setPanelValue(group, "repeatMs", m_interval->value());
    QVariantList saved;
    for (const HistoryItem &item : m_history)
        saved << QVariantMap{{QStringLiteral("text"), item.text}, {QStringLiteral("hex"), item.hex}};
    Settings::setPanelValue(group, "history", saved);
}

void SendBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        Theme::setTone(m_error, Theme::Tone::Bad);
    QWidget::changeEvent(event);
}

void SendBox::retranslateUi()
{
    m_input->setPlaceholderText(tr("Text to send (Ctrl+Enter sends). Escapes: \\r \\n \\t \\\\ \\0 \\xHH"));
    m_input->setAccessibleName(tr("Data to send"));
    m_hex->setText(tr("He&x"));
    m_hex->setToolTip(tr("Send the input as hex bytes, e.g. 48 65 6C 6C 6F or 0x48,0x65"));
    m_escapes->setText(tr("&Escapes"));
    m_escapes->setToolTip(tr("Turn \\r \\n \\t \\\\ \\0 and \\xHH in the text into bytes"));
    m_lineEndingLabel->setText(tr("&Line end:"));
    m_lineEnding->setItemText(0, tr("None"));
    m_lineEnding->setToolTip(tr("Appended to every text send"));
    m_lineEnding->setAccessibleName(tr("Line ending"));
    m_repeat->setText(tr("&Repeat every"));
    m_repeat->setToolTip(tr("Send the same data again at this interval until stopped"));
    m_interval->setAccessibleName(tr("Repeat interval in milliseconds"));
    m_sendButton->setToolTip(tr("Send (Ctrl+Enter)"));
    m_sendFileButton->setToolTip(tr("Send the raw bytes of a file"));
    if (m_progress)
        m_progress->setAccessibleName(tr("File sending progress"));
    m_historyBox->setToolTip(tr("Pick a recent send to put it back into the input"));
    m_historyBox->setAccessibleName(tr("Send history"));
    refreshButtons();
    refreshHistory();
}

void SendBox::refreshButtons()
{
    m_sendButton->setText(isRepeating() ? tr("Stop") : tr("&Send"));
    m_sendFileButton->setText(m_file.isOpen() ? tr("Cancel file") : tr("Send &file…"));
}

void SendBox::refreshHistory()
{
    m_historyBox->clear();
    m_historyBox->addItem(tr("History (%n)", nullptr, int(m_history.size())));
    for (const HistoryItem &item : m_history) {
        QString shown = item.text.left(60).replace(u'\n', u' ');
        if (item.hex)
            shown = tr("[hex] %1").arg(shown);
        m_historyBox->addItem(shown);
    }
}

} // namespace Sockpit
