#include "DateField.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    m_calendarAction = addAction(QIcon::fromTheme(u"view-calendar"_s, QIcon(u":/icons/calendar.svg"_s)),
                                 QLineEdit::TrailingPosition);
    connect(m_calendarAction, &QAction::triggered, this, &DateField::showCalendar);
    updateTexts();
    connect(this, &QLineEdit::textEdited, this, &DateField::onTextEdited);
}

void DateField::updateTexts()
{
    setPlaceholderText(isReadOnly() ? tr("(not set)") : tr("YYYY-MM-DD (not set)"));
    m_calendarAction->setText(tr("Choose a date"));
    m_calendarAction->setToolTip(tr("Choose a date from a calendar (Alt+Down)"));
}

QDate DateField::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (const QDate iso = QDate::fromString(t, Qt::ISODate); iso.isValid())
        return iso;
    const QLocale locale;
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QString fullYear = shortFormat;
    if (!fullYear.contains(u"yyyy"_s))
        fullYear.replace(u"yy"_s, u"yyyy"_s);
    if (const QDate d = locale.toDate(t, fullYear); d.isValid())
        return d;
    // A two-digit year reads as 19xx in Qt; no SMOUT date lies that far back.
    if (const QDate d = locale.toDate(t, shortFormat); d.isValid())
        return d.year() < 1950 && !shortFormat.contains(u"yyyy"_s) ? d.addYears(100) : d;
    return locale.toDate(t, QLocale::LongFormat);
}

QString DateField::whyNotADate(const QString &text)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    if (const QRegularExpressionMatch m = iso.match(text.trimmed()); m.hasMatch()) {
        const int year = m.captured(1).toInt(), month = m.captured(2).toInt(), day = m.captured(3).toInt();
        if (month < 1 || month > 12)
            return tr("a year has no month %1").arg(month);
        const QDate first(year, month, 1);
        if (day < 1 || day > first.daysInMonth())
            return tr("%1 has %n day(s)", nullptr, first.daysInMonth()).arg(QLocale().toString(first, u"MMMM yyyy"_s));
    }
    return tr("type it as YYYY-MM-DD or %1").arg(QLocale().dateFormat(QLocale::ShortFormat));
}

void DateField::setDate(const QDate &date)
{
    const QDate shown = date.isValid() ? date : QDate();
    const bool same = shown == m_date;
    m_date = shown;
    if (same && !m_acceptable)
        return; // the user is still typing; the document has not changed
    if (parse(text()) != m_date || (!m_date.isValid() && !text().trimmed().isEmpty()))
        setText(m_date.isValid() ? m_date.toString(Qt::ISODate) : QString());
    setAcceptable(true);
}

void DateField::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setAcceptable(true);
        if (m_date.isValid()) {
            m_date = QDate();
            Q_EMIT dateEdited(m_date);
        }
        return;
    }
    const QDate d = parse(text);
    setAcceptable(d.isValid());
    if (d.isValid() && d != m_date) {
        m_date = d;
        Q_EMIT dateEdited(m_date);
    }
}

void DateField::setAcceptable(bool acceptable)
{
    if (acceptable == m_acceptable)
        return;
    m_acceptable = acceptable;
    // Marked as an error would be, until the text is a date or the field is left.
    setStyleSheet(acceptable ? QString() : u"DateField { border: 2px solid #c62828; border-radius: 3px; }"_s);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    // Leaving with text that is no date: show the date the document keeps, and say so.
    if (!m_acceptable) {
        const QString typed = text().trimmed();
        const QString kept = m_date.isValid() ? m_date.toString(Qt::ISODate) : QString();
        setText(kept);
        setAcceptable(true);
        Q_EMIT textRefused(kept.isEmpty() ? tr("\u201c%1\u201d is not a date (%2); the date stays not set.").arg(typed, whyNotADate(typed))
                                          : tr("\u201c%1\u201d is not a date (%2); the date stays %3.")
                                                .arg(typed, whyNotADate(typed), kept));
    } else if (m_date.isValid() && text() != m_date.toString(Qt::ISODate)) {
        setText(m_date.toString(Qt::ISODate));
    }
    QLineEdit::focusOutEvent(event);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const bool popup = event->key() == Qt::Key_F4
        || (event->key() == Qt::Key_Down && event->modifiers().testFlag(Qt::AltModifier));
    if (popup && !isReadOnly()) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::showCalendar()
{
    if (isReadOnly())
        return;
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        m_calendar->setAccessibleName(tr("Calendar"));
        // The days' grid is what takes the focus: named by its month, and each day chosen said in full.
        if (auto *days = m_calendar->findChild<QAbstractItemView *>()) {
            days->setAccessibleDescription(tr("Arrow keys move the day, Page Up and Page Down the month; "
                                              "Enter takes the day, Escape closes."));
            auto nameDays = [this, days] {
                days->setAccessibleName(tr("Calendar, %1")
                                            .arg(QLocale().toString(QDate(m_calendar->yearShown(), m_calendar->monthShown(), 1),
                                                                    u"MMMM yyyy"_s)));
            };
            nameDays();
            connect(m_calendar, &QCalendarWidget::currentPageChanged, days, nameDays);
        }
        connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
            if (m_calendar->isVisible())
                Q_EMIT calendarDayChosen(QLocale().toString(m_calendar->selectedDate(), QLocale::LongFormat));
        });
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &d) {
            m_calendar->hide();
            setText(d.toString(Qt::ISODate));
            onTextEdited(text());
            setFocus(Qt::PopupFocusReason);
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::ReadOnlyChange)
        updateTexts();
    QLineEdit::changeEvent(event);
}
