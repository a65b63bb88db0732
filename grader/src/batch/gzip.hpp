// gzip in memory, with libarchive (already a dependency): a stored report is mostly numbers,
// which shrink about five-fold.
#pragma once

#include <optional>
#include <string>

namespace gdlab::batch {

// The same bytes for the same text (no time stamp in the header).
std::string gzip(const std::string& text);
std::optional<std::string> gunzip(const std::string& bytes);  // nullopt: not gzip, or damaged

}  // namespace gdlab::batch
