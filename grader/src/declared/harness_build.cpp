#include "declared/harness_build.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <fstream>
#include <random>

#include "build/compile.hpp"
#include "build/hash.hpp"
#include "build/pch.hpp"
#include "build/trusted_command.hpp"
#include "declared/harness_source.hpp"
#include "declared/signature_check.hpp"
#include "text/file.hpp"

namespace gdlab::declared {
namespace fs = std::filesystem;
namespace {

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
  // With the students' flags, so the precompiled Eigen and gdlab::core serve it too.
  std::vector<std::string> command = {base.cxx};
  if (const auto pch = build::precompiled_header(base))
    command.insert(command.end(), {"-include", pch->header.string()});
  for (const auto& flag : build::compile_flags(t)) command.push_back(flag);
  command.insert(command.end(), {"-c", (staging / "harness.cpp").string(), "-I" + (staging / "include").string(),
                                 "-I" + base.harness_include.string(), "-o", (staging / "harness.o").string()});
  const auto [code, output] = build::run_trusted(command, staging / "compile.log");
  const auto [archived, ar_output] =
      code == 0 ? build::run_trusted({"ar", "rcs", (staging / fs::path(library).filename()).string(),
                                      (staging / "harness.o").string()},
                                     staging / "ar.log")
                : build::CommandResult{1, ""};
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
