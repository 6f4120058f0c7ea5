#pragma once

#include "ruleset.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sockpit {

/// The rules of a panel as a table: switched on, name, match, action and
/// reply, delay and hits. Only the check box is edited here; the rest goes
/// through the rule editor, and every change leaves as ruleToggled().
class RuleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Hits come early: the side pane is narrow, and they are what changes.
    enum Column { EnabledColumn, NameColumn, HitsColumn, MatchColumn, ActionColumn, DelayColumn, ColumnCount };

    explicit RuleListModel(QObject *parent = nullptr);

    void setRules(const RuleSet &rules);
    const RuleSet &rules() const { return m_rules; }
    /// Refreshes the hits column only.
    void setHits(const QList<quint64> &hits);
    quint64 hits(int row) const { return m_hits.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    /// "Contains \"PING\"", "Reply \"PONG\"": what the table shows.
    static QString matchText(const Rule &rule);
    static QString actionText(const Rule &rule);

signals:
    /// The user switched row on or off with its check box.
    void ruleToggled(int row, bool enabled);

private:
    RuleSet m_rules;
    QList<quint64> m_hits;
};

} // namespace Sockpit
