#include "batch/archive.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <fmt/format.h>

#include <memory>

namespace gdlab::batch {
namespace {

using Reader = std::unique_ptr<archive, decltype(&archive_read_free)>;

// "./a//b\c" -> "a/b/c"; "" when the path is absolute or has a ".." component.
std::string normalise(std::string path, std::string& why) {
  for (auto& c : path)
    if (c == '\\') c = '/';
  if (path.starts_with('/')) {
    why = "an absolute path";
    return "";
  }
  std::string out;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = std::min(path.find('/', start), path.size());
    const std::string part = path.substr(start, slash - start);
    start = slash + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      why = "a '..' path that leaves the archive's folder";
      return "";
    }
    out += (out.empty() ? "" : "/") + part;
  }
  return out;
}

std::string show(const char* name) {
  std::string s = name ? name : "?";
  for (auto& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  return s.size() > 80 ? s.substr(0, 80) + "..." : s;
}

}  // namespace

std::string archive_extension(const std::string& name) {
  for (const char* ext : {".tar.gz", ".tgz", ".zip", ".tar"})
    if (name.size() > std::string(ext).size() && name.ends_with(ext)) return ext;
  return "";
}

ArchiveContents read_archive(const std::filesystem::path& file, const std::function<bool(const std::string&)>& keep,
                             const ArchiveLimits& limits) {
  ArchiveContents out;
  Reader a(archive_read_new(), archive_read_free);
  // Only the formats students hand in: no raw, ISO, cpio, ... (their parsers are surface too).
  archive_read_support_format_zip(a.get());
  archive_read_support_format_tar(a.get());
  archive_read_support_format_gnutar(a.get());
  archive_read_support_filter_gzip(a.get());
  archive_read_support_filter_none(a.get());
  if (archive_read_open_filename(a.get(), file.c_str(), 65536) != ARCHIVE_OK) {
    out.error = fmt::format("cannot be read as a .zip or .tar.gz ({})", show(archive_error_string(a.get())));
    return out;
  }
  std::uint64_t total = 0;
  std::size_t count = 0;
  archive_entry* entry = nullptr;
  for (;;) {
    const int rc = archive_read_next_header(a.get(), &entry);
    if (rc == ARCHIVE_EOF) break;
    if (rc < ARCHIVE_WARN) {  // ARCHIVE_FAILED or FATAL: a damaged or truncated archive
      out.error = fmt::format("is damaged ({})", show(archive_error_string(a.get())));
      return out;
    }
    if (++count > limits.entries) {
      out.error = fmt::format("has more than {} entries", limits.entries);
      return out;
    }
    const char* raw = archive_entry_pathname(entry);
    std::string why;
    const std::string path = normalise(raw ? raw : "", why);
    if (!why.empty()) {
      out.error = fmt::format("holds {}: '{}'", why, show(raw));
      return out;
    }
    if (archive_entry_hardlink(entry)) {
      out.error = fmt::format("holds a hard link: '{}'", show(raw));
      return out;
    }
    const auto type = archive_entry_filetype(entry);
    if (type == AE_IFLNK) {
      out.error = fmt::format("holds a symbolic link: '{}' -> '{}'", show(raw), show(archive_entry_symlink(entry)));
      return out;
    }
    if (type == AE_IFDIR) continue;
    if (type != AE_IFREG) {
      out.error = fmt::format("holds a device, FIFO or socket: '{}'", show(raw));
      return out;
    }
    if (path.empty()) continue;
    out.paths.push_back(path);
    const bool wanted = keep(path);
    std::string bytes;
    char buffer[65536];
    for (;;) {  // the sizes in the headers are not trusted: the bytes are counted as they come
      const auto n = archive_read_data(a.get(), buffer, sizeof buffer);
      if (n < 0) {
        out.error = fmt::format("is damaged at '{}' ({})", show(raw), show(archive_error_string(a.get())));
        return out;
      }
      if (n == 0) break;
      total += static_cast<std::uint64_t>(n);
      if (total > limits.total_bytes) {
        out.error = fmt::format("unpacks to more than {} MB", limits.total_bytes >> 20);
        return out;
      }
      if (wanted) {
        if (bytes.size() + static_cast<std::size_t>(n) > limits.file_bytes) {
          out.error = fmt::format("holds '{}', larger than {} KB", show(raw), limits.file_bytes >> 10);
          return out;
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
      }
    }
    if (wanted) out.kept[path] = std::move(bytes);
  }
  return out;
}

}  // namespace gdlab::batch
