#include "rulelistmodel.h"

namespace Sockpit {

RuleListModel::RuleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RuleListModel::setRules(const RuleSet &rules)
{
    beginResetModel();
    m_rules = rules;
    m_hits = QList<quint64>(rules.rules.size(), 0); // the responder's counts follow through setHits()
    endResetModel();
}

void RuleListModel::setHits(const QList<quint64> &hits)
{
    if (hits == m_hits)
        return;
    m_hits = hits;
    m_hits.resize(m_rules.rules.size(), 0);
    if (!m_rules.rules.isEmpty())
        emit dataChanged(index(0, HitsColumn), index(rowCount() - 1, HitsColumn));
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.rules.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleListModel::matchText(const Rule &rule)
{
    const QString kind = FrameMatchSpec::kindTitle(rule.match.kind);
    if (rule.match.kind == FrameMatchSpec::Kind::Any)
        return kind;
    return tr("%1 \"%2\"").arg(kind, rule.match.pattern);
}

QString RuleListModel::actionText(const Rule &rule)
{
    const QString action = Rule::actionTitle(rule.action);
    if (rule.action != Rule::Action::Reply)
        return action;
    return rule.replyHex ? tr("%1 hex %2").arg(action, rule.reply) : tr("%1 \"%2\"").arg(action, rule.reply);
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.rules.size())
        return QVariant();
    const Rule &rule = m_rules.rules.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return rule.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (index.column() == DelayColumn || index.column() == HitsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (index.column()) {
    case EnabledColumn:
        return role == Qt::DisplayRole ? QVariant() : QVariant(rule.enabled ? tr("On") : tr("Off"));
    case NameColumn: return rule.name;
    case MatchColumn: return matchText(rule);
    case ActionColumn: return actionText(rule);
    case DelayColumn: return rule.delayMs > 0 ? tr("%1 ms").arg(rule.delayMs) : QString();
    case HitsColumn: return QString::number(m_hits.value(index.row()));
    }
    return QVariant();
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnabledColumn: return tr("On");
    case NameColumn: return tr("Name");
    case MatchColumn: return tr("Match");
    case ActionColumn: return tr("Action");
    case DelayColumn: return tr("Delay");
    case HitsColumn: return tr("Hits");
    }
    return QVariant();
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    emit ruleToggled(index.row(), enabled); // the panel applies it, and sets the rules back
    return true;
}

} // namespace Sockpit
