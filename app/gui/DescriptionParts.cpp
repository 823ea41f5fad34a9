#include "DescriptionParts.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace {

const char *propertyOf(DescriptionPart part)
{
    switch (part) {
    case DescriptionPart::Help:
        return "smoutDescriptionHelp";
    case DescriptionPart::Findings:
        return "smoutDescriptionFindings";
    }
    return "";
}

void apply(QWidget *field)
{
    const QString text = composedDescription(field);
    if (field->accessibleDescription() != text)
        field->setAccessibleDescription(text);
}

// Applies a waiting description once the focus has moved on; posted, so that the screen
// reader hears of the new focus first.
class ApplyWhenLeft : public QObject {
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            QTimer::singleShot(0, watched, [field = QPointer<QWidget>(static_cast<QWidget *>(watched))] {
                if (field && !field->hasFocus())
                    apply(field);
            });
        return false;
    }
};

ApplyWhenLeft *applyWhenLeft()
{
    static auto *instance = new ApplyWhenLeft;
    return instance;
}

} // namespace

QString descriptionPart(const QWidget *field, DescriptionPart part)
{
    return field->property(propertyOf(part)).toString();
}

QString composedDescription(const QWidget *field)
{
    QStringList parts;
    for (const DescriptionPart part : {DescriptionPart::Help, DescriptionPart::Findings})
        if (const QString text = descriptionPart(field, part); !text.isEmpty())
            parts << text;
    return parts.join(u' ');
}

void setDescriptionPart(QWidget *field, DescriptionPart part, const QString &text)
{
    field->setProperty(propertyOf(part), text);
    if (!field->property("smoutDescriptionWatched").toBool()) {
        field->setProperty("smoutDescriptionWatched", true);
        field->installEventFilter(applyWhenLeft());
    }
    if (!field->hasFocus())
        apply(field);
}
