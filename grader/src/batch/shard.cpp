#include "batch/shard.hpp"

#include <fmt/format.h>

#include <charconv>

#include "build/hash.hpp"

namespace gdlab::batch {

bool Shard::contains(const std::string& student_id) const { return build::fnv1a(student_id) % count == index; }

std::optional<Shard> parse_shard(const std::string& text, std::string& error) {
  const auto slash = text.find('/');
  unsigned i = 0, n = 0;
  const auto number = [](std::string_view s, unsigned& out) {
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size() && !s.empty();
  };
  if (slash == std::string::npos || !number(std::string_view(text).substr(0, slash), i) ||
      !number(std::string_view(text).substr(slash + 1), n)) {
    error = fmt::format("--shard wants i/N (e.g. 0/3: the first of three shards), got '{}'", text);
    return std::nullopt;
  }
  if (n == 0 || n > 10000) {
    error = fmt::format("--shard {}: N, the number of shards, must be 1 to 10000", text);
    return std::nullopt;
  }
  if (i >= n) {
    error =
        fmt::format("--shard {}: shards are numbered from 0 to N-1, so this one is 0/{} to {}/{}", text, n, n - 1, n);
    return std::nullopt;
  }
  return Shard{i, n};
}

}  // namespace gdlab::batch
