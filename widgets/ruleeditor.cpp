#include "ruleeditor.h"

#include "accessiblenames.h"
#include "ruleset.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockpit {

namespace {

constexpr Rule::Action Actions[] = {Rule::Action::Reply, Rule::Action::Close, Rule::Action::Ignore};

} // namespace

RuleEditor::RuleEditor(const QString &encoding, QWidget *parent)
    : QDialog(parent)
    , m_encoding(encoding)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_pattern(new QLineEdit(this))
    , m_ignoreCase(new QCheckBox(this))
    , m_action(new QComboBox(this))
    , m_reply(new QLineEdit(this))
    , m_replyHex(new QCheckBox(this))
    , m_delay(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    m_name->setObjectName(QStringLiteral("ruleNameEdit"));
    m_kind->setObjectName(QStringLiteral("ruleKindCombo"));
    m_pattern->setObjectName(QStringLiteral("rulePatternEdit"));
    m_ignoreCase->setObjectName(QStringLiteral("ruleIgnoreCaseCheck"));
    m_action->setObjectName(QStringLiteral("ruleActionCombo"));
    m_reply->setObjectName(QStringLiteral("ruleReplyEdit"));
    m_replyHex->setObjectName(QStringLiteral("ruleReplyHexCheck"));
    m_delay->setObjectName(QStringLiteral("ruleDelaySpin"));
    m_error->setObjectName(QStringLiteral("ruleErrorLabel"));
    for (FrameMatchSpec::Kind kind : FrameMatchSpec::kinds())
        m_kind->addItem(QString(), int(kind));
    for (Rule::Action action : Actions)
        m_action->addItem(QString(), int(action));
    m_delay->setRange(0, Rule::MaxDelayMs);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTone(m_error, Theme::Tone::Bad);
    layOut();
    for (QLineEdit *edit : {m_name, m_pattern, m_reply})
        connect(edit, &QLineEdit::textChanged, this, &RuleEditor::validate);
    for (QComboBox *combo : {m_kind, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &RuleEditor::validate);
    for (QCheckBox *check : {m_ignoreCase, m_replyHex})
        connect(check, &QCheckBox::toggled, this, &RuleEditor::validate);
    connect(m_delay, &QSpinBox::valueChanged, this, &RuleEditor::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setRule(Rule(), false);
}

void RuleEditor::layOut()
{
    auto *form = new QFormLayout;
    const auto row = [this, form](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    row(m_name);
    row(m_kind);
    row(m_pattern);
    form->addRow(QString(), m_ignoreCase);
    row(m_action);
    row(m_reply);
    form->addRow(QString(), m_replyHex);
    row(m_delay);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void RuleEditor::setRule(const Rule &rule, bool editing)
{
    m_editing = editing;
    m_name->setText(rule.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(rule.match.kind))));
    m_pattern->setText(rule.match.pattern);
    m_ignoreCase->setChecked(rule.match.caseInsensitive);
    m_action->setCurrentIndex(qMax(0, m_action->findData(int(rule.action))));
    m_reply->setText(rule.reply);
    m_replyHex->setChecked(rule.replyHex);
    m_delay->setValue(rule.delayMs);
    retranslateUi();
    validate();
}

Rule RuleEditor::rule() const
{
    Rule rule;
    rule.name = m_name->text().trimmed();
    rule.match.kind = FrameMatchSpec::Kind(m_kind->currentData().toInt());
    rule.match.pattern = rule.match.kind == FrameMatchSpec::Kind::Any ? QString() : m_pattern->text();
    rule.match.caseInsensitive = rule.match.kind == FrameMatchSpec::Kind::Regex && m_ignoreCase->isChecked();
    rule.action = Rule::Action(m_action->currentData().toInt());
    rule.replyHex = rule.action == Rule::Action::Reply && m_replyHex->isChecked();
    rule.reply = rule.action == Rule::Action::Reply ? m_reply->text() : QString();
    rule.delayMs = m_delay->value();
    return rule;
}

QString RuleEditor::errorText() const
{
    return m_error->text();
}

void RuleEditor::validate()
{
    const auto kind = FrameMatchSpec::Kind(m_kind->currentData().toInt());
    const bool reply = Rule::Action(m_action->currentData().toInt()) == Rule::Action::Reply;
    m_pattern->setEnabled(kind != FrameMatchSpec::Kind::Any);
    m_ignoreCase->setEnabled(kind == FrameMatchSpec::Kind::Regex);
    m_reply->setEnabled(reply);
    m_replyHex->setEnabled(reply);
    RuleSet single;
    single.rules << rule();
    const auto compiled = single.compile(m_encoding);
    // The rule alone is "rule 1 'name'": say only what is wrong with it.
    const QString prefix = RuleSet::describe(0, single.rules.constFirst()) + QStringLiteral(": ");
    QString message = compiled ? QString() : compiled.error;
    if (message.startsWith(prefix))
        message.remove(0, prefix.size());
    m_error->setVisible(!message.isEmpty());
    AccessibleNames::announce(m_error, message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(compiled.ok());
}

void RuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QDialog::changeEvent(event);
}

void RuleEditor::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit rule") : tr("Add rule"));
    const QStringList labels{tr("&Name:"), tr("&Match:"), tr("&Pattern:"), tr("&Action:"), tr("&Reply:"), tr("&Delay (ms):")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, FrameMatchSpec::kindTitle(FrameMatchSpec::Kind(m_kind->itemData(i).toInt())));
    for (int i = 0; i < m_action->count(); ++i)
        m_action->setItemText(i, Rule::actionTitle(Rule::Action(m_action->itemData(i).toInt())));
    m_name->setAccessibleName(tr("Rule name"));
    m_kind->setAccessibleName(tr("Match kind"));
    m_pattern->setAccessibleName(tr("Pattern"));
    m_pattern->setToolTip(tr("Text with escapes (\\r \\n \\t \\xHH), a regular expression, or hex bytes with ?? for any byte"));
    m_ignoreCase->setText(tr("&Ignore case (regular expression)"));
    m_action->setAccessibleName(tr("Action"));
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setToolTip(tr("Placeholders: %1").arg(ReplyTemplate::placeholders().join(u' ')));
    m_replyHex->setText(tr("Reply is &hex"));
    m_delay->setAccessibleName(tr("Delay in milliseconds"));
}

} // namespace Sockpit
