#include "build/compile.hpp"

#include <fmt/format.h>

#include <elf.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <optional>
#include <random>
#include <regex>
#include <sstream>
#include <string_view>

#include "build/cache_prune.hpp"
#include "build/includes.hpp"
#include "build/pch.hpp"
#include "gdlab_config.hpp"
#include "sandbox/process.hpp"
#include "text/file.hpp"
#include "build/hash.hpp"

namespace gdlab::build {
namespace fs = std::filesystem;
namespace {

std::string trim_diagnostics(const std::string& text) {
  constexpr std::size_t max_lines = 40, max_bytes = 4000;
  std::istringstream in(text);
  std::string out, line;
  std::size_t lines = 0;
  while (std::getline(in, line)) {
    if (++lines > max_lines || out.size() + line.size() > max_bytes) {
      out += "... (more diagnostics cut)\n";
      break;
    }
    out += line + '\n';
  }
  return out;
}

// What the compiler reads: the student's bytes after a #line that names their file. A byte
// order mark stays first, where GCC skips it (after the #line it is a stray character).
std::string with_line_directive(const std::string& source_text, const std::string& shown_as) {
  constexpr std::string_view bom = "\xEF\xBB\xBF";
  std::string name;
  for (char c : shown_as) {
    if (c == '"' || c == '\\') name += '\\';
    name += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
  }
  const bool marked = source_text.starts_with(bom);
  return std::string(marked ? bom : "") + "#line 1 \"" + name + "\"\n" + source_text.substr(marked ? bom.size() : 0);
}

std::string explain_link_error(const std::string& diagnostics) {
  if (diagnostics.find("gdlab::optim") != std::string::npos || diagnostics.find("gdlab/optim") != std::string::npos)
    return "Your code calls the reference optimisers (gdlab::optim). They are off-limits in "
           "exercises: write the loop yourself.\n";
  return "";
}

// The linker names the student's object by the compiler's temporary file (/tmp/.../ccAb12Cd.o),
// a new name each time: it is called after the student's file, so the same file fails with the
// same words (a class graded twice, or in shards, gets byte-identical feedback) and no machine
// path reaches the student.
std::string object_of(const std::string& shown_as) { return fs::path(shown_as).replace_extension(".o").string(); }

std::string with_object_named(std::string output, const std::string& shown_as) {
  static const std::regex temporary_object(R"([^\s:'"`]*/cc[A-Za-z0-9]{6}\.o\b)");
  return std::regex_replace(output, temporary_object, object_of(shown_as));
}

// One rename, so the cached name only ever holds a whole program; across file systems (built
// under /tmp) a copy beside it first.
void move_into_cache(const fs::path& built, const fs::path& cached) {
  std::error_code ec;
  fs::rename(built, cached, ec);
  if (!ec) return;
  const fs::path beside = cached.string() + fmt::format(".part-{}", ::getpid());
  fs::copy_file(built, beside, fs::copy_options::overwrite_existing);
  fs::rename(beside, cached);
}

bool succeeded(const sandbox::RunResult& outcome) {
  return outcome.end == sandbox::End::exited && outcome.exit_code == 0;
}

// Whether `file` is a whole ELF program: the section header table, which the linker writes
// last, ends within the file. A program cut short (a node that lost power before the page
// cache reached the disk, a cache copied between machines and interrupted) is built again
// rather than run: it would fail every test of a student whose file is fine.
template <typename Header>
bool whole_elf(std::ifstream& in, std::uintmax_t size) {
  Header h{};
  in.seekg(0);
  if (size < sizeof h || !in.read(reinterpret_cast<char*>(&h), sizeof h)) return false;
  return h.e_shoff >= sizeof h && h.e_shoff <= size && std::uintmax_t{h.e_shnum} * h.e_shentsize <= size - h.e_shoff;
}

bool whole_program(const fs::path& program) {
  std::error_code ec;
  const auto size = fs::file_size(program, ec);
  std::ifstream in(program, std::ios::binary);
  unsigned char ident[EI_NIDENT] = {};
  if (ec || !in.read(reinterpret_cast<char*>(ident), sizeof ident) || std::memcmp(ident, ELFMAG, SELFMAG) != 0)
    return false;
  if (ident[EI_CLASS] == ELFCLASS64) return whole_elf<Elf64_Ehdr>(in, size);
  return ident[EI_CLASS] == ELFCLASS32 && whole_elf<Elf32_Ehdr>(in, size);
}

// A failed compile is kept beside where its program would be, as the diagnostics shown.
std::optional<std::string> read_failure(const fs::path& dir) { return text::read_file(dir / "failed"); }

void keep_failure(const fs::path& dir, const std::string& diagnostics) {
  text::replace_file(dir / "failed", diagnostics);
}

}  // namespace

Toolchain Toolchain::installed() {
  Toolchain t;
  t.cxx = GDLAB_CXX;
  t.headers = GDLAB_EXERCISE_HEADERS;
  t.core_include = GDLAB_CORE_INCLUDE;
  t.eigen_include = GDLAB_EIGEN_INCLUDE;
  t.harness_dir = GDLAB_HARNESS_DIR;
  t.support_lib = GDLAB_SUPPORT_LIB;
  t.harness_include = GDLAB_HARNESS_INCLUDE;
  t.core_lib = GDLAB_STUDENT_CORE_LIB;
  t.cache = fs::path(GDLAB_BUILD_DIR) / "submission-cache";
  t.pch_root = fs::path(GDLAB_BUILD_DIR) / "submission-pch";
  return t;
}

std::vector<std::string> compile_flags(const Toolchain& t) {
  return {"-std=c++20",
          "-O1",
          "-w",
          "-fdiagnostics-color=never",
          "-I" + t.headers.string(),
          "-isystem",
          t.core_include.string(),
          "-isystem",
          t.eigen_include.string()};
}

std::vector<std::string> compile_command(const Toolchain& t, const std::string& problem, const fs::path& source,
                                         const fs::path& program) {
  auto command = compile_flags(t);
  for (std::string a :
       {source.string(), (t.harness_dir / ("libgdlab_harness_" + problem + ".a")).string(), t.support_lib.string(),
        t.core_lib.string(), std::string("-lfmt"), std::string("-o"), program.string()})
    command.push_back(a);
  return command;
}

sandbox::RunResult run_compiler(const Toolchain& t, const std::vector<std::string>& args,
                                const std::vector<fs::path>& readable, const fs::path& staging, double seconds) {
  sandbox::Request request;
  request.program = t.cxx;
  request.args = args;
  request.env = {"PATH=/usr/bin:/bin", "LC_ALL=C", "TMPDIR=" + staging.string()};
  request.workdir = staging;
  request.read_only = readable;
  request.policy = sandbox::Policy::compiler;
  request.limits.processes = 64;
  request.limits.wall_seconds = request.limits.cpu_seconds = seconds;
  request.limits.memory_bytes = t.memory_limit_bytes;
  request.limits.output_bytes = 256L << 10;
  request.limits.file_bytes = 512L << 20;
  request.limits.open_files = 256;
  return sandbox::run(request);
}

namespace {

// Refused before compiling: a file too large to be the right one, or an #include that is not
// allowed (includes.hpp).
std::optional<std::string> refusal(const Toolchain& t, const std::string& source_text, const std::string& shown_as) {
  if (static_cast<long>(source_text.size()) > t.source_limit_bytes)
    return fmt::format("{} is {:.1f} MB, larger than the limit of {} MB: is it the right file?\n", shown_as,
                       static_cast<double>(source_text.size()) / (1 << 20), t.source_limit_bytes >> 20);
  if (auto refused = forbidden_include(source_text, shown_as)) return *refused + "\n";
  return std::nullopt;
}

// The cache's key: the file and everything its program depends on. The isolation it was built
// under is part of it: a program compiled where the compiler could see more (no namespaces) is
// never reused where it could not.
std::uint64_t cache_key(const Toolchain& t, const std::string& problem, const std::string& source_text,
                        const std::string& shown_as, const fs::path& harness, const std::optional<Precompiled>& pch,
                        PchUse use) {
  return fnv1a(std::to_string(static_cast<int>(sandbox::isolation())) + shown_as + '\n' + t.cxx +
                   text::file_stamp(harness) + text::file_stamp(t.support_lib) + text::file_stamp(t.core_lib) +
                   text::file_stamp(t.headers / (problem + ".hpp")) +
                   (pch ? fmt::format("pch {} {}", pch->key, static_cast<int>(use)) : "no pch"),
               fnv1a(source_text));
}

// The compiler run, with the precompiled header when there is one. `readable` gains its folder.
sandbox::RunResult compile(const Toolchain& t, const std::optional<Precompiled>& pch,
                           const std::vector<std::string>& command, std::vector<fs::path>& readable,
                           const fs::path& staging, sandbox::Isolation isolation) {
  if (!pch) return run_compiler(t, command, readable, staging, t.time_limit_seconds);
  // Included before the file: GCC loads its .gch instead of parsing Eigen and gdlab::core, and
  // the exercise header's own #include of them is then already done.
  const fs::path pch_dir = sandbox::reachable(pch->dir, staging, isolation);
  std::vector<std::string> with_pch = {"-include", (pch_dir / pch->header.filename()).string()};
  with_pch.insert(with_pch.end(), command.begin(), command.end());
  readable.push_back(pch_dir);
  auto outcome = run_compiler(t, with_pch, readable, staging, t.time_limit_seconds);
  // Diagnostics read from a precompiled header end their "included from" chains at the header
  // and name its copy: such a failure is compiled again without it, so a student reads what
  // the bare compiler says. Other failures are word for word the same.
  if (!succeeded(outcome) && (outcome.output.find("included from") != std::string::npos ||
                              outcome.output.find(pch_dir.string()) != std::string::npos))
    outcome = run_compiler(t, command, readable, staging, t.time_limit_seconds);
  return outcome;
}

// What a student reads when the compiler did not make a program.
std::string failure_diagnostics(const Toolchain& t, const sandbox::RunResult& outcome) {
  switch (outcome.end) {
    case sandbox::End::timed_out:
      return fmt::format("compiling took longer than {} s and was stopped\n", t.time_limit_seconds);
    case sandbox::End::output_limit:
      return "the compiler printed too much (first part below)\n" + trim_diagnostics(outcome.output);
    case sandbox::End::launch_failed:
      return "the compiler could not be started: " + t.cxx + " (" + outcome.launch_error + ")\n";
    default: return explain_link_error(outcome.output) + trim_diagnostics(outcome.output);
  }
}

}  // namespace

Built build_problem(const Toolchain& t, const std::string& problem, const std::string& source_text,
                    const std::string& shown_as) {
  Built built;
  if (auto refused = refusal(t, source_text, shown_as)) {
    built.diagnostics = *refused;
    return built;
  }
  const PchUse use = pch_use(source_text, problem);
  const auto pch = use == PchUse::none ? std::nullopt : precompiled_header(t);
  const fs::path harness = t.harness_dir / ("libgdlab_harness_" + problem + ".a");
  const auto key = cache_key(t, problem, source_text, shown_as, harness, pch, use);
  const fs::path dir = t.cache / fmt::format("{}-{:016x}", problem, key);
  built.program = dir / "program";
  if (whole_program(built.program)) {
    touch(dir);  // recently used: pruning keeps it
    built.ok = built.cached = true;
    return built;
  }
  if (auto failed = read_failure(dir)) {  // the same file failed the same way before
    touch(dir);
    built.diagnostics = *failed;
    built.cached = true;
    return built;
  }
  // Built in a folder of its own (other graders may build the same file at the same time),
  // then moved into the cache in one rename: the cached name only ever holds a whole program.
  // Where the compiler runs as a spare uid on the machine's own file system and cannot enter
  // the cache (a clone in /root), it builds under /tmp and the program is copied in after.
  fs::create_directories(dir);
  const auto isolation = sandbox::isolation();
  const fs::path staging_near = sandbox::reaches(t.cache, isolation) ? dir : fs::temp_directory_path() / "gdlab";
  const fs::path staging = staging_near.string() + fmt::format(".build-{}-{}", ::getpid(), std::random_device{}());
  fs::create_directories(staging);
  // The file is compiled alone in its own folder, so its #include "x.hpp" finds only the
  // trusted headers; #line keeps the student's file name in the diagnostics.
  const fs::path source = staging / "submission.cpp";
  std::ofstream(source, std::ios::binary) << with_line_directive(source_text, shown_as);
  const fs::path partial = staging / "program";

  // Where the compiler runs as a spare uid on the machine's own file system, it reads copies
  // of what sits in a folder it cannot enter (a clone in /root).
  Toolchain seen = t;
  for (auto* path : {&seen.headers, &seen.core_include, &seen.eigen_include, &seen.support_lib, &seen.core_lib})
    *path = sandbox::reachable(*path, staging, isolation);
  seen.harness_dir = sandbox::reachable(harness, staging, isolation).parent_path();
  // The compiler sees the system, the trusted headers and the libraries to link, nothing else
  // (no solutions, no spec, no other submission), and may not open a network connection.
  std::vector<fs::path> readable = {seen.headers,       seen.core_include,
                                    seen.eigen_include, seen.harness_dir / harness.filename(),
                                    seen.support_lib,   seen.core_lib};
  const auto command = compile_command(seen, problem, source, partial);
  auto outcome = compile(t, pch, command, readable, staging, isolation);
  outcome.output = with_object_named(std::move(outcome.output), shown_as);

  if (succeeded(outcome)) {
    if (geteuid() == 0 && chown(partial.c_str(), 0, 0) != 0) {
    }  // built as a spare uid: the cache is root's
    move_into_cache(partial, built.program);
    fs::remove_all(staging);
    built.ok = true;
    return built;
  }
  built.diagnostics = failure_diagnostics(t, outcome);
  // What the compiler said of this file is what it will say again: kept, so a class graded
  // again does not compile its broken files again. A time limit or a signal may be the load's,
  // and words that do not name the student's file are about the machine (a header it could not
  // open, a full disk), not the file: those are tried again next time.
  const bool about_the_file = outcome.output.find(shown_as) != std::string::npos ||
                              outcome.output.find(object_of(shown_as)) != std::string::npos;
  if ((outcome.end == sandbox::End::exited || outcome.end == sandbox::End::output_limit) && about_the_file)
    keep_failure(dir, built.diagnostics);
  fs::remove_all(staging);
  return built;
}

}  // namespace gdlab::build
