#include "commands/check.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "batch/intake.hpp"
#include "batch/kept_results.hpp"
#include "batch/variants.hpp"
#include "build/cache_prune.hpp"
#include "gdlab_config.hpp"
#include "sandbox/layers.hpp"
#include "commands/check_output.hpp"
#include "commands/exit_codes.hpp"
#include "declared/harness_build.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"

namespace gdlab::commands {
namespace {

std::string repository() {
  const char* root = std::getenv("GDLAB_ROOT");
  return root && *root ? root : GDLAB_SOURCE_DIR_PATH;
}

bool has_hidden_tests(const spec::Spec& spec, const std::optional<std::string>& problem) {
  for (const auto& p : spec.problems)
    for (const auto& t : p.tests)
      if ((!problem || p.id == *problem) && t.visibility != spec::Visibility::visible) return true;
  return false;
}

// Why the problem or the submission asked for cannot be graded at all (exit 2), or "".
std::string refused(const CheckArgs& args, const spec::Spec& spec, const std::string& spec_path,
                    const std::string& submission) {
  if (args.problem && std::none_of(spec.problems.begin(), spec.problems.end(),
                                   [&](const spec::Problem& p) { return p.id == *args.problem; }))
    return fmt::format("no problem '{}' in {}", *args.problem, spec_path);
  if (const auto why = submission::nothing_to_grade(submission, spec); !why.empty())
    return fmt::format("{}{}: give the folder that holds exercises/ (your repository's top folder); nothing was graded",
                       args.submission.empty() ? "" : "--submission ", why);
  return "";
}

}  // namespace

int check(const CheckArgs& args, std::ostream& out, std::ostream& err) {
  try {
    const Output plan = plan_output(args);
    if (!plan.error.empty()) {
      fmt::print(err, "gdlab check: {}\n", plan.error);
      return exit_bad_input;
    }
    const std::string spec_path = args.spec.empty() ? GDLAB_DEFAULT_SPEC : args.spec;
    const auto loaded = spec::load_spec(spec_path);
    if (!loaded.spec) {
      for (const auto& e : loaded.errors) fmt::print(err, "{}\n", e.to_string());
      fmt::print(err, "gdlab check: the spec has {} error(s); nothing was graded\n", loaded.errors.size());
      return exit_bad_input;
    }
    const std::string submission = args.submission.empty() ? repository() : args.submission;
    if (const auto why = refused(args, *loaded.spec, spec_path, submission); !why.empty()) {
      fmt::print(err, "gdlab check: {}\n", why);
      return exit_bad_input;
    }
    if (args.print_build_command) {  // for the benchmark against a bare compiler call
      if (!args.problem) {
        fmt::print(err, "gdlab check: --print-build-command needs --problem\n");
        return exit_bad_input;
      }
      const auto toolchain = build::Toolchain::installed();
      std::string source;
      for (const auto& p : loaded.spec->problems)
        if (p.id == *args.problem) source = (std::filesystem::path(submission) / p.source).string();
      fmt::print(out, "{}", toolchain.cxx);
      for (const auto& a : build::compile_command(toolchain, *args.problem, source, "program"))
        fmt::print(out, " '{}'", a);
      fmt::print(out, "\n");
      return exit_ok;
    }
    if (!args.visible_only && !args.unsafe_no_sandbox && has_hidden_tests(*loaded.spec, args.problem)) {
      if (const auto why = sandbox::unconfined_reason(sandbox::isolation()); !why.empty()) {
        fmt::print(err,
                   "gdlab check: hidden tests are not graded here: {}. {} (--visible-only grades the "
                   "visible tests)\n",
                   why, sandbox::unconfined_advice());
        return exit_bad_input;
      }
    }
    spec::Spec graded = *loaded.spec;
    if (args.student) {  // the same draw as gdlab grade makes for this student
      if (!batch::is_student_id(*args.student)) {
        fmt::print(err, "gdlab check: --student wants an id of A-Z a-z 0-9 . _ @ -, got '{}'\n", *args.student);
        return exit_bad_input;
      }
      graded = batch::for_student(graded, *args.student);
      const auto lines = batch::describe_variants(graded);
      std::ostream& said = plan.log->is_log ? out : err;  // not into a report printed on stdout
      if (lines.empty()) fmt::print(said, "This spec has no per-student tests: everyone gets the same inputs.\n\n");
      else fmt::print(said, "Your inputs ({}):\n  {}\n\n", *args.student, fmt::join(lines, "\n  "));
    }
    const auto toolchain = build::Toolchain::installed();
    batch::KeptResults kept(toolchain.cache / "kept-results");
    const auto report = submission::grade(
        graded, submission, toolchain,
        {.only_problem = args.problem, .include_hidden = !args.visible_only, .kept = args.rerun ? nullptr : &kept});
    const bool colour = &out == &std::cout && isatty(STDOUT_FILENO);
    const auto sources = plan.log->github_actions ? read_sources(graded, submission) : report::Sources{};
    if (!write_output(plan, report, sources, args.out, out, err, colour)) return exit_bad_input;
    build::prune_cache(toolchain.cache, build::CacheLimits::from_environment());
    return report.all_passed() ? exit_ok : exit_failed;
  } catch (const declared::HarnessError& e) {  // the instructor's header and spec disagree: nothing was judged
    fmt::print(err, "gdlab check: {}\nNothing was graded: `gdlab validate` checks the spec and its headers.\n",
               e.what());
    return exit_bad_input;
  } catch (const std::exception& e) {
    fmt::print(err, "gdlab check: internal error: {}\n", e.what());
    return exit_internal;
  }
}

void add_check_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand("check", "Grade the exercises (or a submission) and report");
  cmd->add_option("--submission", args->submission, "folder holding exercises/ (default: this repository)");
  cmd->add_option("--spec", args->spec, "test spec (default: grader/specs/gradient_descent.yaml)");
  cmd->add_option("--problem", args->problem, "grade one problem only, e.g. gd_1d");
  cmd->add_option("--format", args->format, format_option_help())->capture_default_str();
  cmd->add_option("--out", args->out, "also write a report file (format: --out-format, else the extension)");
  cmd->add_option("--out-format", args->out_format, out_format_option_help());
  cmd->add_flag("--visible-only", args->visible_only, "grade the visible tests only");
  cmd->add_option("--student", args->student, "your student id: the tests that vary per student use your inputs");
  cmd->add_flag("--unsafe-no-sandbox", args->unsafe_no_sandbox,
                "grade hidden tests even where neither namespaces nor Landlock can keep the submission "
                "from the repository's files (trusted code only)");
  cmd->add_flag("--rerun", args->rerun,
                "run every test again, even of problems whose file, tests and grader are unchanged since the last "
                "check (whose results are otherwise kept)");
  cmd->add_flag("--print-build-command", args->print_build_command,
                "print the compiler command used for --problem (for benchmarks) and stop");
  cmd->callback([args, &exit_code] { exit_code = check(*args, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
