// Bytes as base64 text: GitHub Classroom's payload, pictures inlined as data: URLs.
#pragma once

#include <string>
#include <string_view>

namespace gdlab::text {

// RFC 4648's base64, with padding, on one line.
std::string base64(std::string_view bytes);

}  // namespace gdlab::text
