#include "batch/intake.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

#include "batch/git_clone.hpp"
#include "build/hash.hpp"
#include "text/printable.hpp"

namespace gdlab::batch {
namespace fs = std::filesystem;
namespace {

constexpr int max_wrapper_depth = 3;

bool ignored(const std::string& name) { return name.empty() || name.front() == '.' || name == "__MACOSX"; }

std::string base_name(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A stand-in id for a bad name: the allowed characters kept, the rest '_', and a hash of the
// original so that two bad names never share a folder.
std::string safe_id(const std::string& name) {
  std::string id;
  for (char c : name) id += is_student_id(std::string(1, c)) ? c : '_';
  if (id.size() > 40) id.resize(40);
  return fmt::format("{}-{:08x}", id.empty() || id.front() == '.' ? "_" + id : id, build::fnv1a(name) & 0xffffffffu);
}

std::vector<std::string> sources_of(const spec::Spec& spec) {
  std::vector<std::string> out;
  for (const auto& p : spec.problems)
    if (std::find(out.begin(), out.end(), p.source) == out.end()) out.push_back(p.source);
  return out;
}

// The wrapper folder ("" or "repo-main/") the spec paths are relative to, in a list of file
// paths (an archive's, a commit's): while no spec file is at its spec path and the root holds
// a single folder and nothing else, the root moves into it.
std::string root_of_listing(const std::set<std::string>& paths, const std::vector<std::string>& sources) {
  std::string root;
  const auto any_at_spec_path = [&](const std::string& r) {
    return std::any_of(sources.begin(), sources.end(), [&](const std::string& s) { return paths.contains(r + s); });
  };
  for (int depth = 0; depth < max_wrapper_depth && !any_at_spec_path(root); ++depth) {
    std::set<std::string> tops;  // what the root holds: "name" for a file, "name/" for a folder
    for (const auto& p : paths) {
      if (!p.starts_with(root)) continue;
      const std::string rest = p.substr(root.size());
      const auto slash = rest.find('/');
      const std::string top = slash == std::string::npos ? rest : rest.substr(0, slash + 1);
      if (!ignored(top)) tops.insert(top);
    }
    if (tops.size() != 1 || !tops.begin()->ends_with('/')) break;
    root += *tops.begin();
  }
  return root;
}

// --- Folders. ---

// Reads root/relative without following any link on the way; a note says why it was not taken.
std::optional<std::string> read_inside(const fs::path& root, const std::string& relative, std::uint64_t cap,
                                       std::vector<std::string>& notes) {
  fs::path at = root;
  std::error_code ec;
  for (const auto& part : fs::path(relative)) {
    at /= part;
    const auto st = fs::symlink_status(at, ec);
    if (ec || st.type() == fs::file_type::not_found) return std::nullopt;
    if (st.type() == fs::file_type::symlink) {
      notes.push_back(fmt::format("{}: a symbolic link, not taken", relative));
      return std::nullopt;
    }
  }
  if (!fs::is_regular_file(fs::symlink_status(at, ec))) {
    notes.push_back(fmt::format("{}: not a regular file, not taken", relative));
    return std::nullopt;
  }
  const int fd = ::open(at.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    notes.push_back(fmt::format("{}: cannot be read ({})", relative, std::strerror(errno)));
    return std::nullopt;
  }
  struct stat st {};
  std::string bytes;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || static_cast<std::uint64_t>(st.st_size) > cap) {
    notes.push_back(fmt::format("{}: larger than {} KB, not taken", relative, cap >> 10));
    ::close(fd);
    return std::nullopt;
  }
  char buffer[65536];
  for (;;) {
    const auto n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > cap) break;
  }
  ::close(fd);
  if (bytes.size() > cap) {
    notes.push_back(fmt::format("{}: larger than {} KB, not taken", relative, cap >> 10));
    return std::nullopt;
  }
  return bytes;
}

// The single folder inside `dir` when it holds nothing else (hidden names aside).
std::optional<fs::path> only_folder(const fs::path& dir) {
  std::error_code ec;
  std::optional<fs::path> folder;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (ignored(it->path().filename().string())) continue;
    if (folder || it->symlink_status(ec).type() != fs::file_type::directory) return std::nullopt;
    folder = it->path();
  }
  return folder;
}

void take_from_folder(const Entry& entry, const std::vector<std::string>& sources, const ArchiveLimits& limits,
                      Taken& taken) {
  std::error_code ec;
  taken.kind = "folder";
  fs::directory_iterator probe(entry.path, ec);
  if (ec) {
    taken.status = Status::unreadable;
    taken.detail = fmt::format("the folder cannot be read: {}", ec.message());
    return;
  }
  fs::path root = entry.path;
  const auto any_at_spec_path = [&](const fs::path& r) {
    return std::any_of(sources.begin(), sources.end(), [&](const std::string& s) {
      return fs::symlink_status(r / s, ec).type() != fs::file_type::not_found;
    });
  };
  for (int depth = 0; depth < max_wrapper_depth && !any_at_spec_path(root); ++depth) {
    const auto inner = only_folder(root);
    if (!inner) break;
    root = *inner;
  }
  for (const auto& s : sources) {
    auto bytes = read_inside(root, s, limits.file_bytes, taken.notes);
    if (!bytes && fs::symlink_status(root / s, ec).type() == fs::file_type::not_found)
      bytes = read_inside(root, base_name(s), limits.file_bytes, taken.notes);
    if (bytes) taken.files[s] = std::move(*bytes);
    else taken.missing.push_back(s);
  }
}

// --- Git clones: the same rules over the list of a commit's files. ---

std::string short_hash(const std::string& hash) { return hash.substr(0, 12); }

// The file at `path` in the commit: its bytes, or nothing (with a note when it is there but
// not taken).
std::optional<std::string> take_blob(const fs::path& clone, const TreeFile& file, const std::string& source,
                                     const ArchiveLimits& limits, std::vector<std::string>& notes) {
  if (file.link) {
    notes.push_back(fmt::format("{}: a symbolic link, not taken", source));
    return std::nullopt;
  }
  if (file.size > limits.file_bytes) {
    notes.push_back(fmt::format("{}: larger than {} KB, not taken", source, limits.file_bytes >> 10));
    return std::nullopt;
  }
  auto bytes = read_blob(clone, file.object, limits.file_bytes);
  if (!bytes) notes.push_back(fmt::format("{}: git cannot read it at this commit", source));
  return bytes;
}

void take_from_clone(const Entry& entry, const std::vector<std::string>& sources, const ArchiveLimits& limits,
                     std::optional<std::int64_t> deadline, Taken& taken) {
  taken.kind = "git clone";
  const auto choice = choose_commit(entry.path, deadline);
  if (!choice.error.empty()) {
    taken.status = choice.no_commit ? Status::no_files : Status::unreadable;
    taken.detail = fmt::format("{} (a git clone): {}", text::printable(entry.name), choice.error);
    return;
  }
  if (!choice.chosen) {
    taken.status = Status::late;
    taken.detail =
        fmt::format("no commit at or before the deadline {} (by committer date); the first is {} of {}",
                    utc_text(*deadline), short_hash(choice.first->hash), utc_text(choice.first->committer_time));
    return;
  }
  taken.commit = choice.chosen->hash;
  taken.commit_time = choice.chosen->committer_time;
  taken.commit_subject = commit_subject(entry.path, taken.commit);
  taken.later_commits = choice.after_deadline;
  std::string error;
  const auto tree = list_tree(entry.path, taken.commit, error);
  if (!tree) {
    taken.status = Status::unreadable;
    taken.detail = fmt::format("{} (a git clone): {}", text::printable(entry.name), error);
    return;
  }
  std::map<std::string, const TreeFile*> by_path;
  for (const auto& f : *tree) by_path[f.path] = &f;
  std::set<std::string> paths;
  for (const auto& [path, file] : by_path) paths.insert(path);
  const std::string root = root_of_listing(paths, sources);
  for (const auto& s : sources) {
    auto it = by_path.find(root + s);
    if (it == by_path.end()) it = by_path.find(root + base_name(s));
    auto bytes = it == by_path.end() ? std::nullopt : take_blob(entry.path, *it->second, s, limits, taken.notes);
    if (!bytes) {
      taken.missing.push_back(s);
      continue;
    }
    // The commit is graded, not the folder: say so when the folder holds something else.
    std::vector<std::string> ignored_notes;
    const auto working = read_inside(entry.path, it->first, limits.file_bytes, ignored_notes);
    if (!deadline && working && *working != *bytes)
      taken.notes.push_back(
          fmt::format("{}: the working copy differs from commit {}, which is what was graded "
                      "(uncommitted changes are not)",
                      s, short_hash(taken.commit)));
    taken.files[s] = std::move(*bytes);
  }
}

// --- Archives: the same rules over the archive's list of paths. ---

void take_from_archive(const Entry& entry, const std::vector<std::string>& sources, const ArchiveLimits& limits,
                       Taken& taken) {
  taken.kind = "archive";
  std::set<std::string> names;
  for (const auto& s : sources) names.insert(base_name(s));
  const auto contents = read_archive(
      entry.path, [&](const std::string& p) { return names.contains(base_name(p)); }, limits);
  if (!contents.error.empty()) {
    taken.status = Status::bad_archive;
    taken.detail = fmt::format("{} {}", text::printable(entry.name), contents.error);
    return;
  }
  const std::string root = root_of_listing({contents.paths.begin(), contents.paths.end()}, sources);
  for (const auto& s : sources) {
    const auto it = contents.kept.find(root + s);
    const auto flat = contents.kept.find(root + base_name(s));
    if (it != contents.kept.end()) taken.files[s] = it->second;
    else if (flat != contents.kept.end()) taken.files[s] = flat->second;
    else taken.missing.push_back(s);
  }
}

}  // namespace

bool is_student_id(const std::string& id) {
  if (id.empty() || id.front() == '.') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '@' || c == '-';
  });
}

std::vector<Entry> list_entries(const fs::path& submissions, const fs::path& skip, const IdOf& id_of) {
  std::vector<Entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(submissions, ec), end; !ec && it != end; it.increment(ec)) {
    Entry e;
    e.name = it->path().filename().string();
    e.path = it->path();
    if (e.name.front() == '.') continue;
    std::error_code eq;
    if (!skip.empty() && fs::equivalent(e.path, skip, eq)) continue;
    const std::string ext = archive_extension(e.name);
    e.archive = !ext.empty() && !fs::is_directory(e.path, eq);
    e.id = e.archive ? e.name.substr(0, e.name.size() - ext.size()) : e.name;
    if (id_of)
      if (auto id = id_of(e.id)) e.id = std::move(*id);
    if (!is_student_id(e.id)) {
      e.detail = fmt::format(
          "the entry name '{}' has characters outside A-Z a-z 0-9 . _ @ -: rename it to the "
          "student's id and grade again",
          text::printable(e.name));
      e.id = safe_id(e.id);
      e.status = Status::bad_id;
    }
    entries.push_back(std::move(e));
  }
  if (ec) throw std::runtime_error(fmt::format("cannot list {}: {}", submissions.string(), ec.message()));
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return std::tie(a.id, a.name) < std::tie(b.id, b.name); });
  // alice/ and alice.zip: one id, two submissions; which one counts is the instructor's call.
  std::vector<Entry> out;
  for (std::size_t i = 0; i < entries.size();) {
    std::size_t j = i;
    std::vector<std::string> names;
    while (j < entries.size() && entries[j].id == entries[i].id) names.push_back(text::printable(entries[j++].name));
    Entry e = entries[i];
    if (j - i > 1) {
      e.status = Status::duplicate;
      e.detail = fmt::format("{} entries give the id '{}' ({}): keep one and grade again", j - i, e.id,
                             fmt::join(names, ", "));
    }
    out.push_back(std::move(e));
    i = j;
  }
  return out;
}

Taken take_files(const Entry& entry, const spec::Spec& spec, const ArchiveLimits& limits,
                 std::optional<std::int64_t> deadline) {
  Taken taken;
  const auto sources = sources_of(spec);
  std::error_code ec;
  const auto st = fs::status(entry.path, ec);  // a link made by the instructor is followed here
  if (ec || st.type() == fs::file_type::not_found) {
    taken.status = Status::unreadable;
    taken.detail =
        fmt::format("{} cannot be read: {}", text::printable(entry.name), ec ? ec.message() : "it does not exist");
    return taken;
  }
  if (st.type() == fs::file_type::directory &&
      fs::symlink_status(entry.path / ".git", ec).type() != fs::file_type::not_found) {
    take_from_clone(entry, sources, limits, deadline, taken);
  } else if (st.type() == fs::file_type::directory) {
    take_from_folder(entry, sources, limits, taken);
  } else if (entry.archive && st.type() == fs::file_type::regular) {
    take_from_archive(entry, sources, limits, taken);
  } else {
    taken.status = Status::unreadable;
    taken.detail =
        fmt::format("{} is neither a folder nor a .zip, .tar.gz, .tgz or .tar archive", text::printable(entry.name));
    return taken;
  }
  if (taken.status == Status::ok && taken.files.empty()) {
    taken.status = Status::no_files;
    taken.detail =
        fmt::format("no exercise file found{} (looked for {}{})",
                    taken.commit.empty() ? "" : " in commit " + short_hash(taken.commit), fmt::join(sources, ", "),
                    taken.notes.empty() ? "" : "; " + fmt::format("{}", fmt::join(taken.notes, "; ")));
  }
  if (taken.status != Status::ok) taken.files.clear();
  return taken;
}

std::string content_key(const Taken& taken, const std::string& spec_text, const std::string& variant_id) {
  std::uint64_t hash = build::fnv_offset, size = 0;
  for (const auto& [path, bytes] : taken.files) {  // a std::map: sorted by path
    hash = build::fnv1a(fmt::format("{}\n{}\n", path, bytes.size()), hash);
    hash = build::fnv1a(bytes, hash);
    size += bytes.size();
  }
  return fmt::format("{:016x}-{}-{:016x}{}", hash, size, build::fnv1a(spec_text),
                     variant_id.empty() ? "" : "-" + variant_id);
}

void write_files(const Taken& taken, const fs::path& folder) {
  for (const auto& [path, bytes] : taken.files) {
    const fs::path file = folder / path;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush()) throw std::runtime_error("cannot write " + file.string());
  }
}

}  // namespace gdlab::batch
