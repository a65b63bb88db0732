#include "build/pch.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <mutex>
#include <random>
#include <sstream>
#include <string_view>

#include "build/compile.hpp"
#include "build/logical_lines.hpp"
#include "sandbox/process.hpp"
#include "text/file.hpp"
#include "build/hash.hpp"

namespace gdlab::build {
namespace fs = std::filesystem;
namespace {

// The files a -MD depfile names after its target, with make's escapes ("\ " is a space).
std::vector<std::string> depfile_paths(const std::string& text) {
  std::vector<std::string> paths;
  std::string word;
  auto end_word = [&] {
    if (!word.empty() && word.back() != ':') paths.push_back(word);
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && text[i + 1] == ' ') word += text[++i];
    else if (c == '\\' && i + 1 < text.size() && text[i + 1] == '\n') ++i, end_word();
    else if (c == ' ' || c == '\n' || c == '\t') end_word();
    else word += c;
  }
  end_word();
  return paths;
}

// FNV-1a, as the program cache uses.
std::string key_of(const std::string& text) { return fmt::format("{:016x}", fnv1a(text)); }

// The header precompiled for every exercise: what each exercise header includes first, and what
// takes the time to parse (Eigen, through gdlab/core.hpp).
constexpr const char* base_name = "exercise_base.hpp";
constexpr const char* base_text =
    "// Precompiled by gdlab for every exercise (build/pch.hpp).\n#include <gdlab/core.hpp>\n";

// The students' flags but the exercise headers' folder: the header includes none of them, and
// each declared problem has a folder of its own, so with it they would each make it anew.
std::vector<std::string> pch_flags(const Toolchain& t) {
  auto flags = compile_flags(t);
  std::erase(flags, "-I" + t.headers.string());
  return flags;
}

// The first line of `made-from`: the compiler, its flags and the header's text. The lines after
// it are every file the header included, with its time stamp, as the compiler listed them.
std::string recipe(const Toolchain& t, const std::vector<std::string>& flags) {
  std::string recipe = text::file_stamp(fs::canonical(t.cxx)) + ' ' + base_text;
  for (const auto& f : flags) recipe += ' ' + f;
  return "recipe " + key_of(recipe);
}

// Whether `made-from` still describes what is on disk.
bool current(const std::string& made_from, const std::string& first_line) {
  std::istringstream in(made_from);
  std::string line;
  if (!std::getline(in, line) || line != first_line) return false;
  int files = 0;
  while (std::getline(in, line)) {
    const auto tab = line.rfind('\t');
    if (tab == std::string::npos || text::file_stamp(line.substr(0, tab)) != line.substr(tab + 1)) return false;
    ++files;
  }
  return files > 0;
}

// Compiles the header in the compiler's sandbox, as a student's file is, and moves the result
// into `dir`. Returns `made-from`, or nullopt when the compiler failed.
std::optional<std::string> build(const Toolchain& t, const fs::path& dir, const std::string& first_line) {
  const auto isolation = sandbox::isolation();
  const fs::path near = sandbox::reaches(dir, isolation) ? dir : fs::temp_directory_path() / "gdlab";
  const fs::path staging = near.string() + fmt::format(".pch-{}-{}", ::getpid(), std::random_device{}());
  fs::create_directories(staging);
  const std::string name = base_name;
  std::ofstream(staging / name, std::ios::binary) << base_text;

  Toolchain seen = t;
  for (auto* path : {&seen.headers, &seen.core_include, &seen.eigen_include})
    *path = sandbox::reachable(*path, staging, isolation);
  std::vector<std::string> args = pch_flags(seen);
  args.insert(args.end(), {"-x", "c++-header", (staging / name).string(), "-o", (staging / (name + ".gch")).string(),
                           "-MD", "-MF", (staging / "deps").string()});
  // Trusted input, built once: a generous limit, so a loaded machine does not lose it.
  const auto outcome = run_compiler(t, args, {seen.headers, seen.core_include, seen.eigen_include}, staging, 600);
  std::optional<std::string> made_from;
  if (outcome.end == sandbox::End::exited && outcome.exit_code == 0) {
    // The dependencies are listed by the paths the compiler saw; stamps are read at the real ones.
    // The header itself is the first line's.
    std::string text = first_line + '\n';
    for (auto path : depfile_paths(text::read_file(staging / "deps").value_or(""))) {
      if (path == (staging / name).string()) continue;
      for (const auto& [real, copy] : {std::pair{t.headers, seen.headers},
                                       {t.core_include, seen.core_include},
                                       {t.eigen_include, seen.eigen_include}})
        if (real != copy && path.starts_with(copy.string())) path = real.string() + path.substr(copy.string().size());
      text += path + '\t' + text::file_stamp(path) + '\n';
    }
    for (const auto& f : {name, name + ".gch"}) {
      if (geteuid() == 0 && chown((staging / f).c_str(), 0, 0) != 0) {
      }  // built as a spare uid: the tree is root's
      fs::permissions(staging / f,
                      fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
      fs::rename(staging / f, dir / f);  // within one file system, or the copy below
    }
    if (!text::replace_file(dir / "made-from", text))
      throw std::runtime_error("cannot write " + (dir / "made-from").string());
    made_from = text;
  }
  fs::remove_all(staging);
  return made_from;
}

// A build tree of an earlier gdlab kept one precompiled header per problem (over 100 MB each):
// freed once this one is made. Only folders that hold a `made-from` are such.
void remove_per_problem_headers(const fs::path& root, const fs::path& kept) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root, ec))
    if (entry.path() != kept && fs::exists(entry.path() / "made-from")) fs::remove_all(entry.path(), ec);
}

}  // namespace

std::optional<Precompiled> precompiled_header(const Toolchain& t) {
  if (t.pch_root.empty()) return std::nullopt;
  // One build at a time in this process (a batch's jobs would otherwise all build the same one);
  // other processes may build it too, and each result lands whole, by rename.
  static std::mutex building;
  const std::lock_guard lock(building);
  try {
    const fs::path dir = t.pch_root / "exercise_base";
    const std::string first_line = recipe(t, pch_flags(t));
    const std::string gch = std::string(base_name) + ".gch";
    std::string made_from = text::read_file(dir / "made-from").value_or("");
    if (!current(made_from, first_line) || !fs::exists(dir / gch)) {
      // Other graders (ctest's jobs, a batch's shards) wait for the one building it.
      fs::create_directories(dir);
      const int lock = ::open((dir / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
      if (lock < 0 || ::flock(lock, LOCK_EX) != 0) return std::nullopt;
      const std::unique_ptr<int, void (*)(int*)> unlock(new int(lock), [](int* fd) {
        ::close(*fd);
        delete fd;
      });
      made_from = text::read_file(dir / "made-from").value_or("");
      if (current(made_from, first_line) && fs::exists(dir / gch))
        return Precompiled{dir, dir / base_name, key_of(made_from)};
      auto built = build(t, dir, first_line);
      if (!built) return std::nullopt;
      made_from = *built;
      remove_per_problem_headers(t.pch_root, dir);
    }
    return Precompiled{dir, dir / base_name, key_of(made_from)};
  } catch (const fs::filesystem_error&) {
    return std::nullopt;  // a read-only build tree, a full disk: compile without it
  }
}

PchUse pch_use(const std::string& source_text, const std::string& problem) {
  const std::string text = logical_lines(source_text);
  constexpr std::string_view blanks = " \t\f\v";
  bool others_first = false;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::string_view l = line;
    l.remove_prefix(std::min(l.find_first_not_of(blanks), l.size()));
    if (l.empty()) continue;
    if (!l.starts_with('#')) return PchUse::none;  // code first
    l.remove_prefix(1);
    l.remove_prefix(std::min(l.find_first_not_of(blanks), l.size()));
    if (!l.starts_with("include")) return PchUse::none;  // #define, #pragma, ...: may change the header
    l.remove_prefix(7);
    l.remove_prefix(std::min(l.find_first_not_of(blanks), l.size()));
    const std::string quoted = '"' + problem + ".hpp\"", angled = '<' + problem + ".hpp>";
    if (l.starts_with(quoted) || l.starts_with(angled)) return others_first ? PchUse::forced : PchUse::as_written;
    others_first = true;
  }
  return PchUse::none;
}

}  // namespace gdlab::build
