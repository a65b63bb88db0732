#include "commands/assign.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cstdlib>
#include <iostream>

#include "commands/exit_codes.hpp"
#include "assign/plan.hpp"
#include "build/prebuilt.hpp"
#include "declared/answers.hpp"
#include "declared/harness_build.hpp"
#include "gdlab_config.hpp"
#include "spec/loader.hpp"
#include "text/file.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

int report_errors(const assign::Plan& plan, std::ostream& err) {
  for (const auto& e : plan.errors) fmt::print(err, "{}\n", e.to_string());
  fmt::print(err, "gdlab assign: {} marker error(s); nothing was written\n", plan.errors.size());
  return exit_bad_input;
}

// A student repository has neither the solutions nor the mistake files: for each problem declared
// in a spec it carries, the results they give on its visible tests, read instead of run.
void pin_declared_problems(assign::Plan& plan, const fs::path& root) {
  std::vector<std::pair<fs::path, std::string>> pins;
  for (const auto& [relative, content] : plan.files) {
    if (relative.parent_path() != fs::path("grader/specs") || relative.extension() != ".yaml") continue;
    const auto loaded = spec::parse_spec(content.text, relative.string());
    if (!loaded.spec) continue;  // the student repository's own check reports it
    for (const auto& problem : loaded.spec->problems) {
      const auto material = declared::material_for(problem, root);
      const auto toolchain = declared::toolchain_for(problem, build::Toolchain::installed(), material);
      pins.emplace_back(fs::path("grader/specs/pinned") / (problem.id + ".json"),
                        declared::pin(problem, toolchain, material).dump(1) + "\n");
    }
  }
  for (auto& [path, text] : pins) plan.files[path] = {std::move(text), false};
}

// The reference optimisers compute exactly what the exercises ask the student to write: the
// student repository links them compiled for the machines students use (build/prebuilt.hpp),
// and carries none of their source.
void ship_reference_compiled(assign::Plan& plan, const fs::path& root, std::ostream& err) {
  const fs::path sources = fs::path("reference/optim/src");
  std::erase_if(plan.files, [&](const auto& file) { return file.first.parent_path() == sources; });
  const fs::path optim = root / "reference/optim/include", core = root / "reference/core/include";
  const std::vector<std::string> flags = {"-std=c++20",        "-O2",      "-DNDEBUG",         "-DFMT_SHARED",
                                          "-ffp-contract=off", "-I",       optim.string(),     "-I",
                                          core.string(),       "-isystem", GDLAB_EIGEN_INCLUDE};
  fmt::print(
      err,
      "gdlab assign: the reference optimisers, compiled for x86-64 and arm64 Linux (the first assign compiles them)\n");
  for (auto& [processor, library] :
       build::prebuilt_libraries(root / sources, {optim, core}, flags, fs::path(GDLAB_BUILD_DIR) / "prebuilt"))
    plan.files[fs::path("reference/optim/lib") / processor / "libgdlab_optim.a"] = {std::move(library)};
}

int write_student_repo(const AssignArgs& args, std::ostream& out, std::ostream& err) {
  const fs::path dest = *args.out;
  if (fs::exists(dest) && !fs::is_empty(dest)) {
    fmt::print(err, "gdlab assign: {} exists and is not empty; choose a new folder so nothing is overwritten\n",
               dest.string());
    return exit_bad_input;
  }
  auto plan = assign::plan_student_repo(args.root, args.classroom);
  if (!plan.errors.empty()) return report_errors(plan, err);
  pin_declared_problems(plan, args.root);
  ship_reference_compiled(plan, args.root, err);
  // Build the repository beside its destination, then move it into place in one rename.
  const fs::path staging = dest.string() + ".gdlab-staging";
  fs::remove_all(staging);
  assign::write_plan(plan, staging);
  if (fs::exists(dest)) fs::remove(dest);  // empty, checked above
  fs::rename(staging, dest);
  fmt::print(out, "gdlab assign: wrote the student repository to {} ({} files)\n", dest.string(), plan.files.size());
  return exit_ok;
}

}  // namespace

fs::path default_root() {
  const char* root = std::getenv("GDLAB_ROOT");
  return root && *root ? fs::path(root) : fs::path(".");
}

int assign(const AssignArgs& args, std::ostream& out, std::ostream& err) {
  try {
    if (args.out) return write_student_repo(args, out, err);
    const auto plan = assign::plan_exercises(args.root);
    if (!plan.errors.empty()) return report_errors(plan, err);
    std::vector<fs::path> stale;
    for (const auto& [relative, content] : plan.files)
      if (text::read_file(args.root / relative).value_or("") != content.text) stale.push_back(relative);
    if (args.check) {
      for (const auto& p : stale) fmt::print(err, "{} differs from what problems/ makes\n", p.string());
      if (!stale.empty()) fmt::print(err, "gdlab assign: run ./gdlab assign to regenerate exercises/\n");
      return stale.empty() ? exit_ok : exit_failed;
    }
    assign::write_plan(plan, args.root);
    fmt::print(out, "gdlab assign: exercises/ regenerated from problems/ ({} of {} files changed)\n", stale.size(),
               plan.files.size());
    return exit_ok;
  } catch (const std::exception& e) {
    fmt::print(err, "gdlab assign: {}\n", e.what());
    return exit_bad_input;
  }
}

void add_assign_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<AssignArgs>();
  auto* cmd = app.add_subcommand("assign", "Regenerate exercises/ from problems/, or write the student repository");
  cmd->add_option("--out", args->out, "write the whole student repository to this new folder");
  cmd->add_flag("--check", args->check, "only check that exercises/ is up to date (exit 1 if not)");
  cmd->add_flag("--classroom", args->classroom,
                "with --out: a template repository for GitHub Classroom (its autograding workflow, "
                "classroom.yml, in place of check.yml)");
  cmd->add_option("--root", args->root, "the instructor's repository (default: here)");
  cmd->callback([args, &exit_code] { exit_code = assign(*args, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
