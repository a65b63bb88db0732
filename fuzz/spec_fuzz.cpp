// Any text as a spec file. Contract: parse_spec never throws, returns a spec if and only if
// there are no errors, and its errors are sorted by position and can all be printed.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "spec/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto result = gdlab::spec::parse_spec(text, "fuzz.yaml");
  if (result.spec.has_value() == !result.errors.empty()) __builtin_trap();
  const auto by_position = [](const auto& a, const auto& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  };
  if (!std::is_sorted(result.errors.begin(), result.errors.end(), by_position)) __builtin_trap();
  for (const auto& e : result.errors)
    if (e.to_string().empty()) __builtin_trap();
  return 0;
}
