#include "WrappedChoices.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>

namespace {

// Clicking the label acts as clicking the box, as the text drawn by the box would.
class LabelClick : public QObject {
public:
    LabelClick(QAbstractButton *button, QObject *parent) : QObject(parent), m_button(button) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton
            && m_button->isEnabled()) {
            m_button->setFocus(Qt::MouseFocusReason);
            m_button->click();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractButton *m_button;
};

} // namespace

void wrapLongChoices(QWidget *form, int maxTextWidth)
{
    for (QAbstractButton *button : form->findChildren<QAbstractButton *>()) {
        if (!button->isCheckable() || button->text().isEmpty())
            continue;
        if (button->fontMetrics().horizontalAdvance(button->text()) <= maxTextWidth)
            continue;
        auto *box = qobject_cast<QBoxLayout *>(button->parentWidget() ? button->parentWidget()->layout() : nullptr);
        if (!box || box->indexOf(button) < 0)
            continue;
        const QString text = button->text();
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(QString(text).remove(u'&'));
        button->setProperty("choiceText", text);
        auto *row = new QWidget(button->parentWidget());
        row->setProperty("wrappedChoice", true);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(button);
        label->setToolTip(button->toolTip()); // e.g. the form's English wording, shown on hover
        label->installEventFilter(new LabelClick(button, label));
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        box->insertWidget(box->indexOf(button), row);
        button->setText(QString());
        layout->addWidget(button, 0, Qt::AlignTop);
        layout->addWidget(label, 1);
    }
}
