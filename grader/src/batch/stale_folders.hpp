// Folders of an earlier run: DIR/students keeps a folder per id that any run into DIR graded.
// One whose id is not in this run (a roster now maps the download gd-2026-frank to frank, an
// entry was removed from SUBMISSIONS) is named, on the terminal and in summary.md, and never
// removed: a roster that maps wrongly or a download that missed a student would otherwise
// delete the only copy of a grade. It is in no gradebook (those are made from this run's rows).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gdlab::batch {

// The folders of `students` (DIR/students) whose name is none of `ids`, sorted.
std::vector<std::string> stale_folders(const std::filesystem::path& students, const std::vector<std::string>& ids);

// summary.md's section naming them; "" when there are none.
std::string stale_md(const std::vector<std::string>& stale);

}  // namespace gdlab::batch
