// Text from a student's program made safe for every reader of a report: terminals, XML 1.0,
// JSON consumers, HTML, CI logs, gradebooks.
#pragma once

#include <string>
#include <string_view>

namespace gdlab::text {

// Student programs print anything: the result is valid UTF-8 with no control characters but
// tab and newline (others, malformed bytes and U+FFFE/U+FFFF become U+FFFD; CR becomes a
// newline).
std::string printable(std::string_view s);

}  // namespace gdlab::text
