// The folders `gdlab merge` is given, before anything is merged: which shard of which split each
// holds, and whether it is done. A merge started before every shard has finished (a scheduler's
// dependent job released too early, a task cancelled or still running) must refuse, naming the
// shards it lacks, rather than write a gradebook without their students.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "batch/shard.hpp"

namespace gdlab::batch {

struct ShardFolder {
  std::string folder;                   // as given
  std::optional<nlohmann::json> batch;  // its batch.json; none: not written yet
  std::optional<Shard> shard;           // the --shard it was graded with; none: a whole class
  std::string not_done;                 // why it cannot be merged yet; empty: finished
};

// DIR as it is now. Not done: no such folder, a gdlab grade writing it, no batch.json, or a
// batch.json that says the run stopped or left students pending. Throws std::runtime_error when
// batch.json is not JSON.
ShardFolder look_at(const std::string& folder);

// What keeps the folders from holding a whole class, one line each: a shard of the split that
// no folder holds, a folder not done (with its shard), a shard given twice, shards of two
// different splits. Empty: they can be merged.
std::vector<std::string> not_mergeable(const std::vector<ShardFolder>& folders);

}  // namespace gdlab::batch
