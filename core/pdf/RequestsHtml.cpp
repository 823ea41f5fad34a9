#include "RequestsHtml.h"

#include "model/FormText.h"
#include "WithheldHtml.h"
#include "model/FieldNames.h"
#include "model/Roles.h"
#include "review/RequestLog.h"

#include <QLocale>

namespace smout::pdf {

namespace {

using namespace Qt::StringLiterals;

QString esc(const QString &s)
{
    // Requests are subject to a release copy's markings like any other text.
    return documentTextHtml(s).replace(u'\n', u"<br>"_s);
}

QString date(const OptionalDate &d)
{
    return d && d->isValid() ? QLocale(QLocale::English).toString(*d, u"MMMM d, yyyy"_s) : FormText::tr("(no date)");
}

QString statusText(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Open: return FormText::tr("Open: awaiting the program office's answer");
    case RequestStatus::Answered: return FormText::tr("Answered: awaiting review");
    case RequestStatus::Closed: return FormText::tr("Closed");
    }
    return {};
}

QString line(const QString &label, const QString &valueHtml)
{
    return u"<p><b>%1</b> %2</p>"_s.arg(esc(label), valueHtml);
}

} // namespace

QString requestsHtml(const SmoutDocument &doc)
{
    if (doc.requests.isEmpty())
        return {};
    QString h = u"<h2>%1</h2>"_s.arg(FormText::tr("REQUESTS FOR ADDITIONAL INFORMATION"));
    for (const InformationRequest &r : doc.requests) {
        const QString field = r.path.isEmpty() ? FormText::tr("The whole document") : fieldName(r.path);
        h += u"<h3>%1</h3>"_s.arg(FormText::tr("Request %1 about %2").arg(r.id, field).toHtmlEscaped());
        h += line(FormText::tr("Requested by:"),
                  esc(FormText::tr("%1 (%2), %3").arg(r.by, roleInSentence(r.role), date(r.date))));
        h += u"<p class=\"answer\">%1</p>"_s.arg(esc(r.text));
        if (r.answer)
            h += line(FormText::tr("Answer by %1, %2:").arg(r.answer->by, date(r.answer->date)), esc(r.answer->text));
        else
            h += line(FormText::tr("Answer:"), esc(FormText::tr("(not answered yet)")));
        QString status = statusText(r.status);
        if (r.closed)
            status = FormText::tr("Closed by %1, %2").arg(r.closed->by, date(r.closed->date));
        h += line(FormText::tr("Status:"), esc(status));
    }
    return h;
}

} // namespace smout::pdf
