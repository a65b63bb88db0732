#include "batch/shard_folders.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>

#include "batch/runner.hpp"
#include "text/file.hpp"

namespace gdlab::batch {
namespace fs = std::filesystem;
namespace {

std::string unfinished_run(const nlohmann::json& batch) {
  const auto pending = batch.value("pending", nlohmann::json::array()).size();
  if (batch.value("stopped", false))
    return fmt::format("its gdlab grade was stopped with {} students pending", pending);
  if (pending > 0) return fmt::format("{} students are pending in it", pending);
  return "";
}

std::string shard_text(const Shard& s) { return fmt::format("{}/{}", s.index, s.count); }

}  // namespace

ShardFolder look_at(const std::string& folder) {
  ShardFolder f;
  f.folder = folder;
  const fs::path dir = folder;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    f.not_done = "no such folder (its gdlab grade has not started)";
    return f;
  }
  const auto text = text::read_file(dir / "batch.json");
  if (text) {
    try {
      f.batch = nlohmann::json::parse(*text);
    } catch (const std::exception& e) {
      throw std::runtime_error(fmt::format("{}: {}", (dir / "batch.json").string(), e.what()));
    }
    std::string ignored;
    if (const auto s = f.batch->value("shard", nlohmann::json()); s.is_string())
      f.shard = parse_shard(s.get<std::string>(), ignored);
  } else {
    f.shard = shard_in_lock(dir);  // a run that has not written batch.json yet
  }
  // A run in progress may sit on the batch.json of an earlier one: the lock says it is running.
  if (being_graded(dir)) f.not_done = "a gdlab grade is writing it now";
  else if (!f.batch) f.not_done = "no batch.json yet: its gdlab grade has not finished";
  else f.not_done = unfinished_run(*f.batch);
  return f;
}

std::vector<std::string> not_mergeable(const std::vector<ShardFolder>& folders) {
  std::multimap<unsigned, std::string> by_shard;  // lines about shard i, in shard order
  std::vector<std::string> others;
  const ShardFolder* first = nullptr;  // the first sharded folder: its N is the split's
  std::map<unsigned, const ShardFolder*> done;
  for (const auto& f : folders) {
    if (!f.shard) {
      if (!f.not_done.empty()) others.push_back(fmt::format("{}: {}", f.folder, f.not_done));
      continue;
    }
    if (!first) first = &f;
    if (f.shard->count != first->shard->count)
      others.push_back(fmt::format("{} is shard {} but {} is shard {}: merge the shards of one split only", f.folder,
                                   shard_text(*f.shard), first->folder, shard_text(*first->shard)));
    else if (!f.not_done.empty())
      by_shard.emplace(f.shard->index, fmt::format("shard {} ({}): {}", shard_text(*f.shard), f.folder, f.not_done));
    else if (const auto [at, fresh] = done.emplace(f.shard->index, &f); !fresh)
      others.push_back(
          fmt::format("shard {} is given twice: {} and {}", shard_text(*f.shard), at->second->folder, f.folder));
  }
  for (unsigned i = 0; first && i < first->shard->count; ++i)
    if (!done.contains(i) && !by_shard.contains(i))
      by_shard.emplace(i, fmt::format("shard {}: in none of the folders given", shard_text({i, first->shard->count})));
  std::vector<std::string> lines;
  for (const auto& [i, line] : by_shard) lines.push_back(line);
  lines.insert(lines.end(), others.begin(), others.end());
  return lines;
}

}  // namespace gdlab::batch
