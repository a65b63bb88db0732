// What a submission may #include: the standard library, Eigen, gdlab's student headers and the
// exercise headers, named directly. The compiler also runs where nothing else is visible; this
// scan is there to say so plainly, with the line, before the compiler tries.
#pragma once

#include <optional>
#include <string>

namespace gdlab::build {

// The message for the first #include that is not allowed, or nothing.
// `shown_as` is the file's name in messages (exercises/gd_1d.cpp).
std::optional<std::string> forbidden_include(const std::string& source, const std::string& shown_as);

}  // namespace gdlab::build
