#include "declared/harness_build.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <fstream>
#include <random>

#include "build/hash.hpp"
#include "declared/harness_source.hpp"
#include "declared/signature_check.hpp"
#include "text/file.hpp"

extern char** environ;

namespace gdlab::declared {
namespace fs = std::filesystem;
namespace {

// A trusted command (the compiler on gdlab's own generated code and the instructor's header):
// its exit status and what it printed.
std::pair<int, std::string> run(const std::vector<std::string>& args, const fs::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int failed = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (failed) return {127, fmt::format("cannot start {}", args[0])};
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128, text::read_file(log).value_or("")};
}

// A path as the instructor knows it: relative to where gdlab runs when it lies below it.
std::string shown(const fs::path& path) {
  const auto relative = path.lexically_proximate(fs::current_path());
  return relative.empty() || *relative.begin() == ".." ? path.string() : relative.string();
}

}  // namespace

build::Toolchain toolchain_for(const spec::Problem& problem, const build::Toolchain& base, const Material& material) {
  const std::string source = harness_source(problem);
  // The repository's header, else the copy this gdlab was built with (a submission folder that
  // holds only some of the exercises).
  const fs::path header_file = fs::exists(material.header) ? material.header : base.headers / header_name(problem);
  if (!fs::exists(header_file))
    throw HarnessError(fmt::format("problem '{}': its header {} is missing (`gdlab new {}` makes one)", problem.id,
                                   material.header.string(), problem.id));
  const std::string header = text::read_file(header_file).value_or("");
  const auto key =
      build::fnv1a(source + header + base.cxx + text::read_file(base.harness_include / "protocol.hpp").value_or(""));
  build::Toolchain t = base;
  t.harness_dir = base.cache / "harness" / fmt::format("{}-{:016x}", problem.id, key);
  t.headers = t.harness_dir / "include";
  const fs::path library = t.harness_dir / ("libgdlab_harness_" + problem.id + ".a");
  if (fs::exists(library)) return t;

  // Built beside, then renamed in: another grader may build the same harness at the same time.
  const fs::path staging = t.harness_dir.string() + fmt::format(".build-{}-{}", ::getpid(), std::random_device{}());
  fs::create_directories(staging / "include");
  std::ofstream(staging / "include" / header_name(problem), std::ios::binary) << header;
  std::ofstream(staging / "harness.cpp") << source;
  const auto [code, output] =
      run({base.cxx, "-std=c++20", "-O1", "-w", "-fdiagnostics-color=never", "-c", (staging / "harness.cpp").string(),
           "-I" + (staging / "include").string(), "-I" + base.harness_include.string(), "-isystem",
           base.core_include.string(), "-isystem", base.eigen_include.string(), "-o", (staging / "harness.o").string()},
          staging / "compile.log");
  const auto [archived, ar_output] =
      code == 0
          ? run({"ar", "rcs", (staging / fs::path(library).filename()).string(), (staging / "harness.o").string()},
                staging / "ar.log")
          : std::pair<int, std::string>{1, ""};
  if (code != 0 || archived != 0) {
    fs::remove_all(staging);
    if (const auto found = signature_mismatches(problem, output, header, shown(header_file)); !found.empty())
      throw HarnessError(fmt::format(
          "problem '{}': {} does not declare {} as the spec's `entries:` do; the harness calls each entry exactly as "
          "declared, so make the header and the spec agree:\n  - {}",
          problem.id, shown(header_file), found.size() == 1 ? "an entry" : "its entries", fmt::join(found, "\n  - ")));
    throw HarnessError(fmt::format(
        "problem '{}': the harness gdlab writes from the spec's entries does not compile against {} (does the header "
        "declare each entry in namespace exercises with the parameters and result the spec declares? `gdlab new` "
        "shows the declarations it expects):\n{}{}",
        problem.id, header_name(problem), output, ar_output));
  }
  std::error_code ec;
  fs::rename(staging, t.harness_dir, ec);  // lost a race: the other one's library is as good
  fs::remove_all(staging, ec);
  return t;
}

}  // namespace gdlab::declared
