#include "InventoryChart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

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
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height() + 4;
    auto drawGroup = [&](const QRectF &area, const QString &title, const QMap<QString, int> &counts) {
        p.setPen(palette().color(QPalette::WindowText));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, title);
        p.setFont(font());
        int max = 1;
        qreal labelWidth = 0;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            max = std::max(max, it.value());
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(it.key()));
        }
        // Labels as wide as they need (up to half the group), counts after the bars.
        labelWidth = std::min(labelWidth + 8, area.width() * 0.5);
        const qreal countWidth = metrics.horizontalAdvance(QString::number(max)) + 8;
        const qreal barSpace = std::max<qreal>(area.width() - labelWidth - countWidth, 10);
        const qreal rowHeight = counts.isEmpty() ? 0 : std::min(line, (area.height() - line - 4) / counts.size());
        qreal y = area.top() + line + 4;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const QRectF label(area.left(), y, labelWidth - 8, rowHeight);
            const qreal width = barSpace * it.value() / max;
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, metrics.elidedText(it.key(), Qt::ElideRight, label.width()));
            p.setPen(Qt::NoPen);
            p.setBrush(bar);
            p.drawRoundedRect(QRectF(area.left() + labelWidth, y + 2, std::max<qreal>(width, 2), rowHeight - 4), 2, 2);
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRectF(area.left() + labelWidth + width + 4, y, countWidth, rowHeight), Qt::AlignVCenter, QString::number(it.value()));
            y += rowHeight;
        }
    };
    const QRectF r = rect().adjusted(6, 4, -6, -4);
    if (r.width() >= 560) { // side by side when there is room, else one above the other
        drawGroup(QRectF(r.left(), r.top(), r.width() / 2 - 8, r.height()), tr("By status"), m_byStatus);
        drawGroup(QRectF(r.center().x() + 8, r.top(), r.width() / 2 - 8, r.height()), tr("By component"), m_byComponent);
    } else {
        drawGroup(QRectF(r.left(), r.top(), r.width(), r.height() / 2 - 4), tr("By status"), m_byStatus);
        drawGroup(QRectF(r.left(), r.center().y() + 4, r.width(), r.height() / 2 - 4), tr("By component"), m_byComponent);
    }
}
