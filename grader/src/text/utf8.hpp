// Cutting UTF-8 text without splitting a character: a report's size limits, a commit's subject.
#pragma once

#include <cstddef>
#include <string_view>

namespace gdlab::text {

// The last character boundary of `s` at or before byte `n` (s.size() when n is past the end):
// s.substr(0, utf8_boundary(s, n)) is at most n bytes of whole characters.
inline std::size_t utf8_boundary(std::string_view s, std::size_t n) {
  if (n >= s.size()) return s.size();
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // a continuation byte
  return n;
}

}  // namespace gdlab::text
