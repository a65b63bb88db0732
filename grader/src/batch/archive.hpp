// Reading a student's .zip or .tar.gz with libarchive, without ever writing what it holds to
// disk: every entry is checked, and only the files the caller wants are kept, in memory.
//
// An archive is refused whole (a bad_archive row) when it cannot be read or when any entry is
// unsafe: an absolute path, a `..` component, a symbolic or hard link, a device, FIFO or socket,
// more entries or more bytes than the limits allow (zip bombs).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace gdlab::batch {

struct ArchiveLimits {
  std::uint64_t total_bytes = 64ULL << 20;  // all entries unpacked, counted as they are read
  std::size_t entries = 10000;
  std::uint64_t file_bytes = 1ULL << 20;  // one kept file
};

struct ArchiveContents {
  std::vector<std::string> paths;           // every regular file, normalised (a/b/c.cpp)
  std::map<std::string, std::string> kept;  // path -> bytes, for the paths `keep` accepted
  std::string error;                        // empty: read and safe; else why it was refused
};

// `keep` sees each regular file's normalised path and says whether to keep its bytes.
ArchiveContents read_archive(const std::filesystem::path& archive, const std::function<bool(const std::string&)>& keep,
                             const ArchiveLimits& limits = {});

// The archive extensions gdlab reads (".zip", ".tar.gz", ".tgz", ".tar"), or "" for none.
std::string archive_extension(const std::string& file_name);

}  // namespace gdlab::batch
