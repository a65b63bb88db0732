// `--shard i/N`: a deterministic slice of the class, so an existing scheduler can spread a
// large class over N machines. Shards are numbered from 0 (as Slurm's --array=0-N and a
// Kubernetes Indexed Job's JOB_COMPLETION_INDEX are): student s is in shard
// FNV-1a-64(s) mod N. A student's shard depends on their id alone, never on who else is in
// the class, so a late submission added between runs lands in the same shard every time.
#pragma once

#include <optional>
#include <string>

namespace gdlab::batch {

struct Shard {
  unsigned index = 0, count = 1;
  bool contains(const std::string& student_id) const;
};

// "2/5" -> {2, 5}; nullopt (and `error` says why) for anything else, 0 <= i < N <= 10000.
std::optional<Shard> parse_shard(const std::string& text, std::string& error);

}  // namespace gdlab::batch
