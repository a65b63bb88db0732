// FNV-1a, 64 bits: fast and stable across machines and runs (the shards, the variants and the
// declared harnesses' cache keys rely on that). Not a defence against a chosen collision; see
// batch/intake.hpp for how it is used.
#pragma once

#include <cstdint>
#include <string_view>

namespace gdlab::build {

constexpr std::uint64_t fnv_offset = 1469598103934665603ULL;

constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = fnv_offset) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ULL;
  return hash;
}

}  // namespace gdlab::build
