#include "build/cache_prune.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace gdlab::build {
namespace fs = std::filesystem;
namespace {

struct Entry {
  fs::path path;
  fs::file_time_type used;
  std::uintmax_t bytes = 0;
  bool leftover = false;  // a killed build's folder: never a program anyone will run
};

std::uintmax_t size_of(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    const auto bytes = fs::file_size(path, ec);
    return ec ? 0 : bytes;
  }
  std::uintmax_t total = 0;  // a program's folder is flat: its program, or what the compiler said
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  return total;
}

// `<problem>-<16 hex digits>`, as build_problem names a program's folder.
bool is_program_folder(const std::string& name) {
  const auto dash = name.rfind('-');
  return dash != std::string::npos && dash > 0 && name.size() - dash - 1 == 16 &&
         std::all_of(name.begin() + static_cast<long>(dash) + 1, name.end(),
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

void add_entries(const fs::path& folder, std::vector<Entry>& entries) {
  // The kept results of `check` and the kept runs of the instructor's programs: a file each.
  const bool kept_results = folder.filename() == "kept-results" || folder.filename() == "answer-runs";
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const bool leftover = name.find(".build-") != std::string::npos;
    const bool kept_result = kept_results && it->path().extension() == ".json";
    if (!leftover && !kept_result && !is_program_folder(name)) continue;
    std::error_code time_ec;
    const auto used = fs::last_write_time(it->path(), time_ec);
    if (time_ec) continue;
    entries.push_back({it->path(), used, size_of(it->path()), leftover});
  }
}

}  // namespace

CacheLimits CacheLimits::from_environment() {
  CacheLimits limits;
  if (const char* mb = std::getenv("GDLAB_CACHE_MB"); mb && *mb) {
    char* end = nullptr;
    const unsigned long long value = std::strtoull(mb, &end, 10);
    if (end && *end == '\0')
      limits.max_bytes = value == 0 ? static_cast<std::uintmax_t>(-1) : static_cast<std::uintmax_t>(value) << 20;
  }
  return limits;
}

void touch(const fs::path& entry) {
  std::error_code ec;  // a cache that cannot be written only prunes this entry sooner
  fs::last_write_time(entry, fs::file_time_type::clock::now(), ec);
}

Pruned prune_cache(const fs::path& cache, const CacheLimits& limits) {
  if (limits.max_bytes == static_cast<std::uintmax_t>(-1)) return {};  // GDLAB_CACHE_MB=0: keep all
  const auto now = fs::file_time_type::clock::now();
  const fs::path stamp = cache / ".pruned";
  std::error_code ec;
  if (const auto last = fs::last_write_time(stamp, ec); !ec && now - last < limits.every) return {};
  if (!fs::is_directory(cache, ec)) return {};
  std::ofstream{stamp};  // created or truncated: its time is this pass's
  std::vector<Entry> entries;
  add_entries(cache, entries);
  add_entries(cache / "kept-results", entries);
  add_entries(cache / "answer-runs", entries);
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
  Pruned pruned;
  for (const auto& e : entries) pruned.kept_bytes += e.bytes;
  const auto idle_since = now - limits.idle;
  for (const auto& e : entries) {
    if (!e.leftover && pruned.kept_bytes <= limits.max_bytes) continue;
    // Read again just before: a gdlab that used it since the list was made keeps it.
    if (fs::last_write_time(e.path, ec) > idle_since || ec) continue;
    if (fs::remove_all(e.path, ec) == static_cast<std::uintmax_t>(-1) || ec) continue;
    ++pruned.removed;
    pruned.freed_bytes += e.bytes;
    pruned.kept_bytes -= e.bytes;
  }
  return pruned;
}

}  // namespace gdlab::build
