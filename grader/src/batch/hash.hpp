// FNV-1a, 64 bits: fast and stable across machines and runs (the shards and the variants rely
// on that). Not a defence against a chosen collision; see intake.hpp for how it is used.
#pragma once

#include <cstdint>
#include <string_view>

namespace gdlab::batch {

constexpr std::uint64_t fnv_offset = 1469598103934665603ULL;

constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = fnv_offset) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ULL;
  return hash;
}

}  // namespace gdlab::batch
