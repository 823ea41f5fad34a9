#include "PdfKeyWords.h"

#include <QCoreApplication>

#include <map>

namespace smout::signing {

namespace {

constexpr const char *Context = "smout::signing::PdfKeyWords";

using Table = std::map<std::string, const char *>;

QString lookUp(const Table &table, const std::string &key, const char *otherwise)
{
    const auto it = table.find(key);
    return QCoreApplication::translate(Context, it == table.end() ? otherwise : it->second);
}

const char *const UnknownEntry = QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an entry viewers may act on");

} // namespace

QString pageEntryWords(const std::string &key)
{
    static const Table words{
        {"/AA", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an action that runs when the page is opened or closed")},
        {"/CropBox", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a crop box that hides part of the page")},
        {"/BleedBox", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a print box that limits what printers use of the page")},
        {"/TrimBox", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a print box that limits what printers use of the page")},
        {"/ArtBox", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a print box that limits what printers use of the page")},
        {"/MediaBox", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the page size")},
        {"/Rotate", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a rotation of the page")},
        {"/UserUnit", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a scale for the page")},
        {"/Resources", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the set of fonts, images and drawing settings the page uses")},
        {"/Contents", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the content of the page")},
        {"/Annots", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the list of annotations of the page")},
        {"/Group", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a transparency setting for the page")},
        {"/Trans", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a presentation effect")},
        {"/Dur", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a presentation timing")},
        {"/Tabs", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the tab order of the form fields")},
        {"/Metadata", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "metadata of the page")},
        {"/Thumb", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a thumbnail image of the page")},
        {"/StructParents", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the link of the page to its accessibility tags")},
        {"/PieceInfo", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "data an application keeps with the page")},
        {"/Parent", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the place of the page in the document")},
        {"/PZ", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a preferred zoom")},
        {"/VP", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a measuring viewport")},
    };
    return lookUp(words, key, UnknownEntry);
}

QString formEntryWords(const std::string &key)
{
    static const Table words{
        {"/XFA", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a second form in XFA format that some viewers show instead of the pages")},
        {"/DR", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the set of fonts the form fields are drawn with")},
        {"/DA", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the default text style of the form fields")},
        {"/Q", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the text alignment of the form fields")},
        {"/CO", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the order in which field values are calculated")},
        {"/Fields", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the list of form fields")},
    };
    return lookUp(words, key, UnknownEntry);
}

QString catalogEntryWords(const std::string &key)
{
    static const Table words{
        {"/OpenAction", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an action that runs when the file is opened")},
        {"/AA", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an action that runs on document events such as saving or printing")},
        {"/OCProperties", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the setting of which layers are shown or hidden")},
        {"/Names", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the list of embedded files and document scripts")},
        {"/Metadata", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the document metadata (XMP)")},
        {"/Pages", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the list of pages")},
        {"/Outlines", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the bookmarks")},
        {"/URI", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the base address of links")},
        {"/Perms", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the permission settings")},
        {"/AcroForm", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the form")},
        {"/PageMode", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "how the file opens (bookmarks, attachments or full screen)")},
        {"/PageLayout", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "how the pages are laid out on screen")},
        {"/ViewerPreferences", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the viewer settings")},
        {"/Dests", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the named places links can jump to")},
        {"/Lang", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the language of the document")},
        {"/StructTreeRoot", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the accessibility tags")},
        {"/MarkInfo", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the accessibility settings")},
        {"/Collection", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a portfolio view that shows the attachments instead of the pages")},
    };
    return lookUp(words, key, UnknownEntry);
}

QString objectEntryWords(const std::string &key)
{
    static const Table words{
        {"/F", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "whether it is shown and printed")},
        {"/Rect", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its position")},
        {"/V", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its value")},
        {"/A", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the action it runs when clicked")},
        {"/AA", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the actions it runs on events")},
        {"/Contents", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its text or content")},
        {"/Ff", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its field settings (such as read-only)")},
        {"/DA", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its text style")},
        {"/MK", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its look (colours, caption)")},
        {"/Opt", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its choices")},
        {"/Kids", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its parts")},
        {"/P", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the page it belongs to")},
        {"/Subtype", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its kind")},
        {"/BS", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its border")},
        {"/Border", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its border")},
        {"/C", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its colour")},
        {"/OC", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the layer that shows or hides it")},
        {"/ToUnicode", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the text its characters read as (copying, search, screen readers)")},
        {"/Widths", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its character widths")},
        {"/FontFile", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its character shapes")},
        {"/FontFile2", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its character shapes")},
        {"/FontFile3", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its character shapes")},
        {"/Encoding", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its character encoding")},
        {"/BaseFont", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its font name")},
        {"/ca", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its transparency")},
        {"/CA", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its transparency")},
        {"/Filter", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its compression")},
        {"/Length", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its length")},
        {"/Matrix", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its size and placement")},
        {"/BBox", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "its drawing area")},
        {"/Resources", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "the fonts and images it uses")},
    };
    return lookUp(words, key, UnknownEntry);
}

QString annotationWords(const std::string &subtype)
{
    static const Table words{
        {"/FreeText", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a text box")},
        {"/Stamp", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a stamp")},
        {"/Text", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a sticky note")},
        {"/Link", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a link")},
        {"/FileAttachment", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an attached file")},
        {"/Square", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a rectangle")},
        {"/Circle", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an ellipse")},
        {"/Line", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a line")},
        {"/Polygon", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a drawn shape")},
        {"/PolyLine", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a drawn line")},
        {"/Ink", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a freehand drawing")},
        {"/Highlight", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a highlight")},
        {"/Underline", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an underline")},
        {"/Squiggly", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a wavy underline")},
        {"/StrikeOut", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a strike-through")},
        {"/Caret", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an insertion mark")},
        {"/Redact", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a redaction mark")},
        {"/Popup", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a pop-up note")},
        {"/Sound", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a sound")},
        {"/Movie", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a movie")},
        {"/Screen", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a media player")},
        {"/RichMedia", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "embedded media")},
        {"/3D", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a 3D model")},
        {"/Watermark", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a watermark")},
        {"/Widget", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a form field")},
        {"/PrinterMark", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "a printer's mark")},
        {"/TrapNet", QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "printing trap data")},
    };
    return lookUp(words, subtype, QT_TRANSLATE_NOOP("smout::signing::PdfKeyWords", "an annotation"));
}

} // namespace smout::signing
