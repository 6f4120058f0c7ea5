#include "commandeditor.h"

#include "codec.h"
#include "encodingselector.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Sockpit {

CommandEditor::CommandEditor(const CommandLibrary *library, const QString &sessionEncoding, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_sessionEncoding(sessionEncoding)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_groupLabel(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_dataLabel(new QLabel(this))
    , m_data(new QPlainTextEdit(this))
    , m_hex(new QCheckBox(this))
    , m_ownEncoding(new QCheckBox(this))
    , m_encoding(new EncodingSelector(this))
    , m_lineEndingLabel(new QLabel(this))
    , m_lineEnding(new QComboBox(this))
    , m_checksumLabel(new QLabel(this))
    , m_checksum(new QComboBox(this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("commandEditor"));
    setUpControls();
    layOut();
    for (QLineEdit *edit : {m_name, m_comment, m_group->lineEdit(), m_checksum->lineEdit()})
        connect(edit, &QLineEdit::textChanged, this, &CommandEditor::validate);
    connect(m_data, &QPlainTextEdit::textChanged, this, &CommandEditor::validate);
    connect(m_hex, &QCheckBox::toggled, this, &CommandEditor::validate);
    connect(m_ownEncoding, &QCheckBox::toggled, this, [this](bool own) {
        m_encoding->setEnabled(own);
        validate();
    });
    connect(m_encoding, &EncodingSelector::encodingChanged, this, &CommandEditor::validate);
    connect(m_encoding, &EncodingSelector::errorOccurred, this, [this](const QString &message) {
        m_problem = message;
        showVerdict(message);
    });
    connect(m_lineEnding, &QComboBox::currentIndexChanged, this, &CommandEditor::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_problem.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    validate();
}

void CommandEditor::setUpControls()
{
    m_name->setObjectName(QStringLiteral("commandNameEdit"));
    m_group->setObjectName(QStringLiteral("commandGroupCombo"));
    m_data->setObjectName(QStringLiteral("commandDataEdit"));
    m_hex->setObjectName(QStringLiteral("commandHexCheck"));
    m_ownEncoding->setObjectName(QStringLiteral("commandOwnEncodingCheck"));
    m_encoding->setObjectName(QStringLiteral("commandEncodingSelector"));
    m_lineEnding->setObjectName(QStringLiteral("commandLineEndingCombo"));
    m_checksum->setObjectName(QStringLiteral("commandChecksumCombo"));
    m_comment->setObjectName(QStringLiteral("commandCommentEdit"));
    m_preview->setObjectName(QStringLiteral("commandPreviewLabel"));
    m_error->setObjectName(QStringLiteral("commandEditorError"));

    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->addItems(m_library->groupNames());
    m_data->setTabChangesFocus(true);
    m_data->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_data->setMinimumHeight(70);
    m_encoding->setEnabled(false);
    m_lineEnding->addItems({QString(), QStringLiteral("LF \\n"), QStringLiteral("CRLF \\r\\n"), QStringLiteral("CR \\r")});
    m_checksum->setEditable(true);
    m_checksum->setInsertPolicy(QComboBox::NoInsert);
    m_checksum->addItem(QString());
    m_checksum->addItems(Checksum::names());
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Bad);
    for (auto [label, buddy] : {std::pair<QLabel *, QWidget *>{m_nameLabel, m_name}, {m_groupLabel, m_group},
                                {m_dataLabel, m_data}, {m_lineEndingLabel, m_lineEnding},
                                {m_checksumLabel, m_checksum}, {m_commentLabel, m_comment}})
        label->setBuddy(buddy);
}

void CommandEditor::layOut()
{
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_hex);
    encodingRow->addSpacing(12);
    encodingRow->addWidget(m_ownEncoding);
    encodingRow->addWidget(m_encoding, 1);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_groupLabel, m_group);
    form->addRow(m_dataLabel, m_data);
    form->addRow(QString(), encodingRow);
    form->addRow(m_lineEndingLabel, m_lineEnding);
    form->addRow(m_checksumLabel, m_checksum);
    form->addRow(m_commentLabel, m_comment);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    setTabOrder(m_name, m_group);
    setTabOrder(m_group, m_data);
    setTabOrder(m_data, m_hex);
    setTabOrder(m_hex, m_ownEncoding);
    setTabOrder(m_ownEncoding, m_encoding);
    setTabOrder(m_encoding, m_lineEnding);
    setTabOrder(m_lineEnding, m_checksum);
    setTabOrder(m_checksum, m_comment);
    setTabOrder(m_comment, m_buttons);
}

void CommandEditor::setCommand(const Command &command, bool editing)
{
    m_originalGroup = editing ? command.group : QString();
    m_originalName = editing ? command.name : QString();
    m_name->setText(command.name);
    m_group->setCurrentText(command.group);
    m_data->setPlainText(command.item.data);
    m_hex->setChecked(command.item.hex);
    m_ownEncoding->setChecked(!command.item.encoding.isEmpty());
    if (!command.item.encoding.isEmpty())
        m_encoding->setEncoding(command.item.encoding);
    m_lineEnding->setCurrentIndex(int(command.item.lineEnding));
    m_checksum->setCurrentText(command.item.checksum ? command.item.checksum->toString() : QString());
    m_comment->setText(command.comment);
    retranslateUi(); // the title says new or edit
    validate();
}

Command CommandEditor::command() const
{
    Command command;
    command.name = m_name->text().trimmed();
    command.group = m_group->currentText().trimmed();
    command.comment = m_comment->text().trimmed();
    command.item.data = m_data->toPlainText();
    command.item.hex = m_hex->isChecked();
    command.item.encoding = m_ownEncoding->isChecked() ? m_encoding->encoding() : QString();
    command.item.lineEnding = PayloadSpec::LineEnding(m_lineEnding->currentIndex());
    const Result<ChecksumSpec> checksum = ChecksumSpec::parse(m_checksum->currentText().trimmed());
    if (checksum)
        command.item.checksum = checksum.value;
    return command;
}

void CommandEditor::validate()
{
    const Command current = command();
    const QString checksumText = m_checksum->currentText().trimmed();
    const Result<ChecksumSpec> checksum = ChecksumSpec::parse(checksumText);
    const bool renamed = current.group != m_originalGroup || current.name != m_originalName;
    if (!checksumText.isEmpty() && !checksum)
        m_problem = tr("checksum: %1").arg(checksum.error);
    else if (renamed && m_library->command(current.group, current.name))
        m_problem = tr("group \"%1\" already has a command named \"%2\"").arg(current.group, current.name);
    else
        m_problem = CommandLibrary::problemWith(current);
    m_lineEnding->setEnabled(!current.item.hex);
    showVerdict(m_problem);
}

void CommandEditor::showVerdict(const QString &problem)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_error->setText(problem);
    m_error->setAccessibleName(problem);
    m_error->setVisible(!problem.isEmpty());
    const Result<QByteArray> bytes = command().item.bytes(m_sessionEncoding);
    const QString encoding = m_ownEncoding->isChecked() ? m_encoding->encoding() : m_sessionEncoding;
    if (!problem.isEmpty())
        m_preview->clear();
    else if (bytes)
        m_preview->setText(tr("Sends %n byte(s): %1", nullptr, int(bytes.value.size())).arg(Hex::format(bytes.value, 64)));
    else
        m_preview->setText(tr("Cannot be sent in %1: %2").arg(encoding, bytes.error));
    m_preview->setAccessibleName(m_preview->text());
}

void CommandEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        Theme::setTone(m_error, Theme::Tone::Bad);
    QDialog::changeEvent(event);
}

void CommandEditor::retranslateUi()
{
    setWindowTitle(m_originalName.isEmpty() ? tr("New command") : tr("Edit command"));
    m_nameLabel->setText(tr("&Name:"));
    m_groupLabel->setText(tr("&Group:"));
    m_group->setAccessibleName(tr("Group"));
    m_group->lineEdit()->setAccessibleName(tr("Group name"));
    m_group->lineEdit()->setPlaceholderText(tr("e.g. Modbus"));
    m_dataLabel->setText(tr("&Data:"));
    m_data->setAccessibleName(tr("Data to send"));
    m_data->setPlaceholderText(tr("Text with escapes (\\r \\n \\t \\\\ \\0 \\xHH), or hex digits"));
    m_hex->setText(tr("He&x"));
    m_ownEncoding->setText(tr("Own &encoding:"));
    m_ownEncoding->setToolTip(tr("Off: the command is encoded in the session's encoding"));
    m_lineEndingLabel->setText(tr("&Line end:"));
    m_lineEnding->setItemText(0, tr("None"));
    m_lineEnding->setAccessibleName(tr("Line ending"));
    m_checksumLabel->setText(tr("C&hecksum:"));
    m_checksum->setAccessibleName(tr("Checksum"));
    m_checksum->lineEdit()->setAccessibleName(tr("Checksum name"));
    m_checksum->setToolTip(tr("Appended after the line ending, e.g. CRC-16/MODBUS, crc32:be or sum8:be:1 "
                              "(byte order, then bytes left out at the front and back)"));
    m_checksum->lineEdit()->setPlaceholderText(tr("none"));
    m_commentLabel->setText(tr("Co&mment:"));
    m_name->setAccessibleName(tr("Command name"));
    m_comment->setAccessibleName(tr("Comment"));
    m_encoding->setAccessibleName(tr("Command encoding"));
}

} // namespace Sockpit
