// Writing results so that a crash never leaves half of one: each file is written under a
// temporary name, flushed to disk (fsync), renamed over its real name, and its folder synced.
// A reader therefore sees the old file or the new one, never a mix; after a power cut or a
// SIGKILL the worst left behind is a stray ".tmp-" file, which the next write cleans up.
#pragma once

#include <filesystem>
#include <string>

namespace gdlab::batch {

// Throws std::runtime_error naming the file and the system's reason.
void write_atomic(const std::filesystem::path& file, const std::string& bytes);

// Creates the folder (and its parents) and syncs its parent, so the new entry survives a crash.
void make_durable_dir(const std::filesystem::path& dir);

// Removes the ".tmp-*" files a killed writer left in `dir`.
void remove_stray_temporaries(const std::filesystem::path& dir);

}  // namespace gdlab::batch
