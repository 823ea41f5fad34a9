#pragma once

// Why a signed page's drawing is not the one SMOUT Studio's renderer makes of the embedded
// data, in plain words: what the page does that the rendering never does (text drawn
// invisible, squeezed, tiny, transparent, clipped or in white; a shape, an image or a
// replacement text added), else where the two drawings part. Used to name the difference;
// the verdict itself is that the page is not proven to show the data.

#include <QString>

#include <qpdf/QPDFObjectHandle.hh>

#include <string>
#include <string_view>
#include <vector>

namespace smout::signing {

// `resources`: the signed page's resource dictionary, to read the graphics states and
// images it names. Never empty: at worst it says where the drawings part.
QString describeContentDifference(int page, std::string_view signedContent, std::string_view renderedContent,
                                  QPDFObjectHandle resources);

// A difference in what the page's entries or resources hold, given the dictionary keys
// leading to it from the page (e.g. /Resources /Font /F7 /ToUnicode).
QString describeResourceDifference(int page, const std::vector<std::string> &path);

} // namespace smout::signing
