// Text back to an enumerator, one way for every enum that has a to_string and a `last_...`
// constant naming its last enumerator (the enumerators run 0..last).
#pragma once

#include <optional>
#include <string>

namespace gdlab::text {

// The enumerator whose to_string (found in E's namespace) is `text`, or nothing.
template <class E>
std::optional<E> enum_from_text(const std::string& text, E last) {
  for (int i = 0; i <= static_cast<int>(last); ++i)
    if (to_string(static_cast<E>(i)) == text) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace gdlab::text
