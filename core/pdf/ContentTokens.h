#pragma once

// The tokens of a page's content stream, each with where it lies in the stream: what the
// structure tagger needs to find text objects and paths. It reads the stream directly, as
// qpdf's object parser (which builds an object for every operand of every glyph) took most
// of an export's time.

#include <cstddef>
#include <functional>
#include <string_view>

namespace smout::pdf {

struct ContentToken {
    enum Kind { Number, Operator, Other };
    Kind kind = Other;
    size_t offset = 0, length = 0;
    double number = 0;       // a Number's value
    std::string_view text;   // an Operator's name
};

// Calls `token` for each operand and operator of `stream` in order. An operand is a number,
// name, string, array, dictionary, or an inline image's data (reported before its EI); a
// composite operand (array, dictionary) is one token spanning it whole.
void readContentTokens(std::string_view stream, const std::function<void(const ContentToken &)> &token);

// Where reading `stream` alone ends: between tokens, or inside something that a reader who
// joins it to the next stream (as poppler does, where MuPDF and qpdf put a line break between
// them) would read on into that stream.
enum class ContentEnd { BetweenTokens, InComment, InString, InArrayOrDictionary, InInlineImage };
ContentEnd contentEnd(std::string_view stream);

} // namespace smout::pdf
