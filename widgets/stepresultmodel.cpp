#include "stepresultmodel.h"

#include "theme.h"

#include <QApplication>
#include <QPalette>

namespace Sockpit {

namespace {

Theme::Tone toneOf(StepResult::Status status)
{
    switch (status) {
    case StepResult::Status::Pass:
        return Theme::Tone::Good;
    case StepResult::Status::Fail:
    case StepResult::Status::TimedOut:
        return Theme::Tone::Bad;
    case StepResult::Status::Skipped:
        break;
    }
    return Theme::Tone::Neutral;
}

} // namespace

StepResultModel::StepResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StepResultModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    if (int(m_results.size()) > m_limit) {
        const int extra = int(m_results.size()) - m_limit;
        beginRemoveRows({}, 0, extra - 1);
        m_results.erase(m_results.begin(), m_results.begin() + extra);
        endRemoveRows();
    }
}

void StepResultModel::append(const StepResult &result)
{
    if (int(m_results.size()) >= m_limit) {
        beginRemoveRows({}, 0, 0);
        m_results.pop_front();
        endRemoveRows();
    }
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.push_back(result);
    endInsertRows();
}

void StepResultModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

int StepResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int StepResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StepResultModel::text(const StepResult &result, int column) const
{
    switch (column) {
    case StepColumn:
        return result.iteration > 0 ? tr("%1 [%2]").arg(result.path).arg(result.iteration) : result.path;
    case TitleColumn:
        return result.title;
    case StatusColumn:
        return StepResult::statusTitle(result.status);
    case RoundTripColumn:
        return result.roundTripMs >= 0 ? tr("%1 ms").arg(result.roundTripMs) : QString();
    case DetailColumn:
        return result.detail;
    default:
        return {};
    }
}

QVariant StepResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_results.size()))
        return {};
    const StepResult &result = m_results.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return text(result, index.column());
    case Qt::ToolTipRole:
        return result.summary();
    case Qt::AccessibleTextRole:
        // A screen reader reads the whole result on the status cell.
        return index.column() == StatusColumn ? result.summary() : text(result, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return Theme::color(toneOf(result.status), QApplication::palette(), QPalette::Base);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RoundTripColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant StepResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case TitleColumn:
        return tr("Does");
    case StatusColumn:
        return tr("Status");
    case RoundTripColumn:
        return tr("Round trip");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace Sockpit
