#pragma once

#include "ipcalc.h"
#include "ipcalcpanel.h"
#include "ipcalcreport.h"

#include <QAbstractTableModel>
#include <QFont>

#include <optional>

namespace Sockpit {

/// Roles of the calculator's models that the copy action, the interface list and the tests read.
enum IpCalcRole {
    KeyRole = Qt::UserRole + 1,   ///< the stable key of a result line ("class")
    ValueRole,                    ///< its stable English value
    CalculatorInputRole,          ///< interface rows: text for the calculator input
    GatewayRole,                  ///< interface rows: a gateway for the "same subnet?" field
};

/// The fixed-width font of binary and address columns.
QFont monospaceFont();


/// The results as a read-only two-column table: label | value.
class IpCalcResultModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<IpCalcLine> &lines)
    {
        beginResetModel();
        m_lines = lines;
        endResetModel();
    }
    const QList<IpCalcLine> &lines() const { return m_lines; }
    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, 1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_lines.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_lines.size())
            return QVariant();
        const IpCalcLine &line = m_lines.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? line.label : line.text;
        case Qt::ToolTipRole:
            return index.column() == 0 ? line.key : line.text;
        case Qt::FontRole:
            if (index.column() == 1 && line.bits)
                return monospaceFont();
            return QVariant();
        case KeyRole:
            return line.key;
        case ValueRole:
            return line.value;
        default:
            return QVariant();
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return section == 0 ? IpCalcPanel::tr("Property") : IpCalcPanel::tr("Value");
    }

private:
    QList<IpCalcLine> m_lines;
};

/// The subnets of a split; each row is computed when the view asks for it,
/// so a split into a million subnets costs only the rows on screen.
class SubnetListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSplit(const std::optional<IpCalc::SubnetSplit> &split)
    {
        beginResetModel();
        m_split = split;
        endResetModel();
    }
    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        if (parent.isValid() || !m_split)
            return 0;
        return int(qMin<quint64>(m_split->count(), IpCalcPanel::MaxListedSubnets));
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : 5;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || !m_split || index.row() >= rowCount())
            return QVariant();
        if (role == Qt::TextAlignmentRole && index.column() == 0)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::FontRole && index.column() > 0)
            return monospaceFont();
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return QVariant();
        const IpCalc::Subnet subnet = m_split->at(quint64(index.row()));
        switch (index.column()) {
        case 0: return QString::number(index.row() + 1);
        case 1: return text(subnet.network) + u'/' + QString::number(subnet.prefix);
        case 2: return text(subnet.first);
        case 3: return text(subnet.last);
        case 4:
            if (!m_split->isIpv4())
                return QString();
            return subnet.broadcast.isNull() ? IpCalcPanel::tr("none") : text(subnet.broadcast);
        default: return QVariant();
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        const bool v4 = !m_split || m_split->isIpv4();
        switch (section) {
        case 0: return IpCalcPanel::tr("#");
        case 1: return IpCalcPanel::tr("Subnet");
        case 2: return v4 ? IpCalcPanel::tr("First host") : IpCalcPanel::tr("First address");
        case 3: return v4 ? IpCalcPanel::tr("Last host") : IpCalcPanel::tr("Last address");
        case 4: return v4 ? IpCalcPanel::tr("Broadcast") : QString();
        default: return QVariant();
        }
    }

private:
    static QString text(const QHostAddress &address)
    {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return IpCalc::ipv4ToString(address.toIPv4Address());
        return IpCalc::ipv6Compressed(address.toIPv6Address());
    }

    std::optional<IpCalc::SubnetSplit> m_split;
};

} // namespace Sockpit
