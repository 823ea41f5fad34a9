#include "ContrastStyle.h"

#include <QApplication>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool lightWindow()
{
    return QApplication::palette().color(QPalette::Window).lightness() > 128;
}

// `start` moved away from `against` (darker from a light colour, lighter from a dark one)
// until the two stand `ratio` apart.
QColor until(QColor start, const QColor &against, double ratio)
{
    const bool darken = luminance(against) >= luminance(start);
    for (int step = 0; step < 40 && contrastRatio(start, against) < ratio; ++step)
        start = darken ? start.darker(108) : start.lighter(108);
    return start;
}

// Fusion draws these borders in its "outline", the window colour darker by 140 %: drawn with
// a window colour whose outline is the border wanted (check boxes and radio buttons use the
// outline lightened by 110 %, hence the margin in controlBorderColor()).
class ContrastStyle : public QProxyStyle {
public:
    ContrastStyle() : QProxyStyle(QStyleFactory::create(u"Fusion"_s)) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const bool bordered = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton || element == PE_FrameLineEdit;
        if (bordered && lightWindow()) {
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option))
                return drawBordered(element, *button, painter, widget);
            if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option))
                return drawBordered(element, *frame, painter, widget);
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

private:
    template <typename Option>
    void drawBordered(PrimitiveElement element, Option copy, QPainter *painter, const QWidget *widget) const
    {
        copy.palette.setColor(QPalette::Window, controlBorderColor().lighter(140));
        QProxyStyle::drawPrimitive(element, &copy, painter, widget);
    }
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor controlBorderColor()
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    return until(window.darker(140), window, 3.6);
}

QColor focusRingColor()
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    return until(QApplication::palette().color(QPalette::Highlight), window, 3.0);
}

QString multiLineFocusStyleSheet()
{
    return u"QPlainTextEdit, QTextEdit { border: 1px solid %1; border-radius: 2px; padding: 1px; }"
           "QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid %2; padding: 0px; }"_s
        .arg(controlBorderColor().name(), focusRingColor().name());
}

void applyContrast()
{
    static const bool applied = [] {
        QPalette palette = QApplication::palette();
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            const QColor text = palette.color(group, QPalette::HighlightedText);
            palette.setColor(group, QPalette::Highlight, until(palette.color(group, QPalette::Highlight), text, 4.5));
        }
        QApplication::setPalette(palette);
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) == 0)
            QApplication::setStyle(new ContrastStyle);
        return true;
    }();
    Q_UNUSED(applied);
}
