#pragma once

// A date typed as text: ISO (2025-01-15) or the locale's short format, empty for "not set",
// with a calendar popup on the button beside it (or Alt+Down / F4). One Tab stop, nothing
// to step with arrow keys, and text that is not a date yet never reaches the document:
// dateEdited fires only for a valid date or an emptied field.

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // An invalid QDate means "not set".
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // Whether the text is a date (or empty); while not, the field is marked and the
    // document keeps the last valid date.
    bool isAcceptable() const { return m_acceptable; }
    // The date the text stands for: ISO first, then the locale's short and long formats.
    static QDate parse(const QString &text);
    // Why `text` is no date, in a sentence ("February 2021 has 28 days").
    static QString whyNotADate(const QString &text);

    void showCalendar();

Q_SIGNALS:
    void dateEdited(const QDate &date);
    // Leaving the field with text that is no date put the document's date back: why, in a
    // sentence the window shows (and a screen reader reads) so that nothing reverts silently.
    void textRefused(const QString &why);
    // The day chosen in the calendar, in words (weekday, day, month and year), for a screen
    // reader: the calendar's own cells are only numbers.
    void calendarDayChosen(const QString &day);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void setAcceptable(bool acceptable);
    void updateTexts();

    QDate m_date;
    bool m_acceptable = true;
    QAction *m_calendarAction;
    QCalendarWidget *m_calendar = nullptr;
};
