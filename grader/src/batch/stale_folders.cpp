#include "batch/stale_folders.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "text/printable.hpp"

namespace gdlab::batch {
namespace fs = std::filesystem;

std::vector<std::string> stale_folders(const fs::path& students, const std::vector<std::string>& ids) {
  const std::set<std::string> current(ids.begin(), ids.end());
  std::vector<std::string> stale;
  std::error_code ec;
  for (fs::directory_iterator it(students, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with('.') && it->is_directory(ec) && !current.contains(name)) stale.push_back(name);
  }
  std::sort(stale.begin(), stale.end());
  return stale;
}

std::string stale_md(const std::vector<std::string>& stale) {
  if (stale.empty()) return "";
  std::vector<std::string> names;
  for (const auto& id : stale) names.push_back("students/" + text::printable(id));  // ids: [A-Za-z0-9._@-]
  return fmt::format(
      "## Folders of no student in this run\n\n{} folder{} in students/ belong{} to no student graded now: {}. "
      "They are from an earlier run into this folder (before a roster gave the student another id, or of an "
      "entry no longer in the submissions), are not in gradebook.csv, and were left as they are: remove them "
      "when you no longer need them.\n\n",
      stale.size(), stale.size() == 1 ? "" : "s", stale.size() == 1 ? "s" : "", fmt::join(names, ", "));
}

}  // namespace gdlab::batch
