#include "InventoryChart.h"

#include <QPainter>

InventoryChart::InventoryChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(150);
    setAccessibleName(tr("SMOUTs by status and by component"));
}

void InventoryChart::setCounts(const QMap<QString, int> &byStatus, const QMap<QString, int> &byComponent)
{
    m_byStatus = byStatus;
    m_byComponent = byComponent;
    QStringList description;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        description << tr("%1: %2").arg(it.key()).arg(it.value());
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    update();
}

void InventoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor bar = palette().color(QPalette::Highlight);
    auto drawGroup = [&](const QRectF &area, const QString &title, const QMap<QString, int> &counts) {
        p.setPen(palette().color(QPalette::WindowText));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(area.adjusted(0, 0, 0, -area.height() + 18), Qt::AlignLeft, title);
        p.setFont(font());
        int max = 1;
        for (int v : counts)
            max = std::max(max, v);
        const qreal rowHeight = counts.isEmpty() ? 0 : std::min<qreal>(18, (area.height() - 22) / counts.size());
        qreal y = area.top() + 22;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const QRectF label(area.left(), y, area.width() * 0.42, rowHeight);
            const qreal width = (area.width() * 0.5) * it.value() / max;
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, it.key());
            p.setPen(Qt::NoPen);
            p.setBrush(bar);
            p.drawRoundedRect(QRectF(area.left() + area.width() * 0.44, y + 2, std::max<qreal>(width, 2), rowHeight - 4), 2, 2);
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRectF(area.left() + area.width() * 0.44 + width + 4, y, 60, rowHeight), Qt::AlignVCenter, QString::number(it.value()));
            y += rowHeight;
        }
    };
    const QRectF r = rect().adjusted(6, 4, -6, -4);
    drawGroup(QRectF(r.left(), r.top(), r.width() / 2 - 8, r.height()), tr("By status"), m_byStatus);
    drawGroup(QRectF(r.center().x() + 8, r.top(), r.width() / 2 - 8, r.height()), tr("By component"), m_byComponent);
}
