// Reading a whole file, and telling whether it changed without reading it: one way for every
// folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace gdlab::text {

// The whole file, or nothing when it cannot be opened or read.
std::optional<std::string> read_file(const std::filesystem::path& file);

// Writes the bytes beside the file, then renames them over it: a reader (another thread or
// process, which may be writing the same file) sees the old file or the new one, never a part.
// False, and nothing left behind, when it cannot.
bool replace_file(const std::filesystem::path& file, const std::string& bytes);

// A file as its path, size and time of last change: a file written again is a new stamp (the
// caches' keys). A missing file has size and time 0.
std::string file_stamp(const std::filesystem::path& file);

}  // namespace gdlab::text
