#pragma once

// A small bar chart of the inventory: how many SMOUTs per status and per component.

#include <QMap>
#include <QWidget>

class InventoryChart : public QWidget {
    Q_OBJECT
public:
    explicit InventoryChart(QWidget *parent = nullptr);
    void setCounts(const QMap<QString, int> &byStatus, const QMap<QString, int> &byComponent);
    QSize sizeHint() const override { return {520, 170}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QMap<QString, int> m_byStatus, m_byComponent;
};
