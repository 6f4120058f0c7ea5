#pragma once

#include "sequencerunner.h"

#include <QAbstractTableModel>

#include <deque>

namespace Sockpit {

/// The results of a sequence run as a table: step, what it does, status (in
/// the colour of its meaning), round trip and detail. It keeps the latest
/// rows only, so a run that repeats until stopped cannot grow it without end.
class StepResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The status and the round trip come before the long texts, to be seen in a narrow pane.
    enum Column { StepColumn, StatusColumn, RoundTripColumn, TitleColumn, DetailColumn, ColumnCount };

    explicit StepResultModel(QObject *parent = nullptr);

    /// Rows kept at most (the oldest go first).
    void setLimit(int limit);
    int limit() const { return m_limit; }
    void append(const StepResult &result);
    void clear();
    const StepResult &resultAt(int row) const { return m_results.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const StepResult &result, int column) const;

    std::deque<StepResult> m_results;
    int m_limit = SequenceRunner::DefaultResultLimit;
};

} // namespace Sockpit
