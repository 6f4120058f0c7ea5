#include "benchtable.h"

#include <QStringList>

#include <algorithm>

namespace SockpitBench {

QString Table::ratio(double sockpit, double baseline)
{
    if (baseline <= 0)
        return QStringLiteral("—");
    return QString::number(sockpit / baseline, 'f', 2);
}

QString Table::toMarkdown() const
{
    QList<Row> rows = m_rows;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.scenario.section(u'.', 0, 0).toInt() < b.scenario.section(u'.', 0, 0).toInt(); });
    rows.prepend({QStringLiteral("Scenario"), QStringLiteral("Sockpit"), QStringLiteral("Baseline"), QStringLiteral("Ratio"),
                  QStringLiteral("Target"), QStringLiteral("Met?")});

    const auto cells = [](const Row &row) {
        return QStringList{row.scenario, row.sockpit, row.baseline, row.ratio, row.target, row.met};
    };
    QList<qsizetype> widths(6, 0);
    for (const Row &row : std::as_const(rows)) {
        const QStringList c = cells(row);
        for (int i = 0; i < 6; ++i)
            widths[i] = qMax(widths[i], c[i].size());
    }
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList c = cells(rows[r]);
        out += u'|';
        for (int i = 0; i < 6; ++i)
            out += u' ' + c[i].leftJustified(widths[i]) + QStringLiteral(" |");
        out += u'\n';
        if (r == 0) {
            out += u'|';
            for (int i = 0; i < 6; ++i)
                out += QString(widths[i] + 2, u'-') + u'|';
            out += u'\n';
        }
    }
    return out;
}

} // namespace SockpitBench
