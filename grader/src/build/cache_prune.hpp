// The program cache kept within a size. Every check of an edited file adds a program (about
// 0.4 MB), and a class graded each week adds one per student and problem: unpruned, the cache of
// a term grows to gigabytes on a student's laptop or the grading machine.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>

namespace gdlab::build {

struct CacheLimits {
  std::uintmax_t max_bytes = std::uintmax_t{512} << 20;
  // Used more recently than this, an entry stays whatever the size: another gdlab may be about
  // to run it (a class being graded, a second terminal), and removing it would fail that run.
  std::chrono::seconds idle = std::chrono::hours(24);
  // A cache pruned more recently than this is left as it is, without listing it: every check
  // asks, and listing thousands of programs costs more than the check of an unchanged file.
  std::chrono::seconds every = std::chrono::hours(1);

  static CacheLimits from_environment();  // GDLAB_CACHE_MB overrides max_bytes (0: keep all)
};

struct Pruned {
  std::size_t removed = 0;
  std::uintmax_t freed_bytes = 0, kept_bytes = 0;
};

// Marks a cache entry (a program's folder, a kept result) as just used, for prune_cache.
void touch(const std::filesystem::path& entry);

// Removes the cache's least recently used programs (`<problem>-<key>` folders), kept results
// (`kept-results/*.json`) and kept runs (`answer-runs/*.json`) until what is left is under
// `limits.max_bytes`, never one used within `limits.idle`; a build folder a killed gdlab left (`*.build-*`) goes once
// it is idle. The declared problems' harnesses (`harness/`) are small and stay. The time of the last pass is the file
// `.pruned` in the cache. Best effort: an entry that cannot be removed is skipped.
Pruned prune_cache(const std::filesystem::path& cache, const CacheLimits& limits);

}  // namespace gdlab::build
