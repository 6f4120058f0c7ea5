#pragma once

#include <QList>
#include <QString>

namespace SockpitBench {

/// The benchmark's one table, printed as Markdown (readable in a terminal,
/// pasteable into the README). Rows print in scenario order (the number they start with).
class Table
{
public:
    struct Row
    {
        QString scenario;
        QString sockpit;
        QString baseline;
        QString ratio;
        QString target;
        QString met;
    };

    void add(const Row &row) { m_rows << row; }
    QString toMarkdown() const;

    /// "0.52" (sockpit / baseline), or "—" when the baseline is zero.
    static QString ratio(double sockpit, double baseline);
    static QString met(bool ok) { return ok ? QStringLiteral("yes") : QStringLiteral("NO"); }

private:
    QList<Row> m_rows;
};

} // namespace SockpitBench
