// A C++ file as the preprocessor reads its directives, so that the #include scan sees exactly
// the directives GCC will run, however the file is encoded or laid out.
#pragma once

#include <string>

namespace gdlab::build {

// Translation phases 1 to 3 as GCC does them: a leading UTF-8 byte order mark dropped; CRLF,
// LF and a lone CR each a line end; continued lines (a backslash, optional blanks, a line end)
// joined; comments a space; the bodies of raw string literals left out; a header name after
// #include kept whole. One line of the result per logical line, followed by a blank line for
// each line end it swallowed (in a comment, a raw string, a continuation), so line k of the
// result is the logical line that starts on line k of the file.
std::string logical_lines(const std::string& source);

}  // namespace gdlab::build
