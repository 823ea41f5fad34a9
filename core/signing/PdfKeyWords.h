#pragma once

// What a PDF dictionary key means, in words a Privacy Office reviewer understands, for the
// findings of the after-signing comparison ("an action that runs when the page is opened or
// closed" for a page's /AA). The raw key goes in brackets after the words, for experts.

#include <QString>

#include <string>

namespace smout::signing {

// An entry of a page dictionary (/AA, /CropBox, /Rotate...).
QString pageEntryWords(const std::string &key);
// An entry of the interactive form dictionary (/XFA, /DR...).
QString formEntryWords(const std::string &key);
// An entry of the document catalog (/OpenAction, /Names...).
QString catalogEntryWords(const std::string &key);
// An entry of an annotation, form field, font or other object that changed ("its position").
QString objectEntryWords(const std::string &key);
// An annotation subtype (/FreeText: "a text box").
QString annotationWords(const std::string &subtype);

} // namespace smout::signing
