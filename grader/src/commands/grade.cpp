#include "commands/grade.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <signal.h>
#include <unistd.h>

#include <iostream>
#include <thread>

#include "commands/exit_codes.hpp"
#include "batch/git_clone.hpp"
#include "build/cache_prune.hpp"
#include "batch/runner.hpp"
#include "batch/store.hpp"
#include "declared/harness_build.hpp"
#include "declared/material.hpp"
#include "gdlab_config.hpp"
#include "sandbox/layers.hpp"
#include "spec/loader.hpp"
#include "text/file.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

// Ctrl-C or SIGTERM (a scheduler's time limit, a pod deleted): the problems being graded
// finish (their results not kept), the students done are written, then the batch stops; a
// second signal ends it at once.
void on_stop(int sig) {
  if (batch::stop_requested()) {
    signal(sig, SIG_DFL);
    raise(sig);
    return;
  }
  batch::request_stop();
}

void catch_stop_signals() {
  struct sigaction action {};
  action.sa_handler = on_stop;
  action.sa_flags = SA_RESTART;  // the sandbox's pipe writes must not be cut short
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

// The batch the arguments ask for, the spec aside; a batch::BadRequest (exit 2) says what is wrong.
batch::BatchOptions batch_options(const GradeArgs& args) {
  using batch::BadRequest;
  batch::BatchOptions o;
  o.submissions = args.submissions;
  o.out = args.out;
  std::error_code ec;
  if (!fs::is_directory(o.submissions, ec))
    throw BadRequest(
        fmt::format("{} is not a folder: give the folder that holds one entry per student (a folder, a git clone, or a "
                    ".zip/.tar.gz named by the student's id)",
                    args.submissions));
  if (fs::exists(o.out, ec) && !fs::is_directory(o.out, ec))
    throw BadRequest(fmt::format("--out {} exists and is not a folder", args.out));
  std::string why;
  if (args.deadline) {
    o.deadline = batch::parse_deadline(*args.deadline, why);
    if (!o.deadline) throw BadRequest(why);
    o.deadline_text = *args.deadline;
  }
  try {
    o.lms = batch::make_lms_options(args.rosters, args.moodle_id, args.lms_column, args.scale_to);
  } catch (const std::exception& e) {
    throw BadRequest(e.what());
  }
  if (args.shard) {
    o.shard = batch::parse_shard(*args.shard, why);
    if (!o.shard) throw BadRequest(why);
  }
  // A class is other students' files and results: never graded where a submission could
  // read or rewrite them, unless the instructor says so.
  if (const auto reason = sandbox::unconfined_reason(sandbox::isolation()); !reason.empty() && !args.unsafe_no_sandbox)
    throw BadRequest(fmt::format("not grading here: {}. {}", reason, sandbox::unconfined_advice()));
  if (args.jobs && *args.jobs < 1)
    throw BadRequest(
        fmt::format("--jobs {}: grade at least one student at a time (--jobs 1 or more; left out, one "
                    "per core)",
                    *args.jobs));
  o.jobs = args.jobs ? static_cast<unsigned>(*args.jobs) : std::max(1u, std::thread::hardware_concurrency());
  o.only = args.only;
  o.force = args.force;
  if (args.build_cache) o.toolchain.cache = fs::absolute(*args.build_cache);
  return o;
}

// canvas.csv and moodle.csv, checked before anyone is graded: a Canvas export without the
// assignment's column is bad input (exit 2); what the platform would refuse is a warning.
void check_lms_files(const batch::BatchOptions& o, std::ostream& err) {
  double max = 0;
  for (const auto& p : batch::columns_of(o.spec)) max += p.max_score;
  try {
    for (const auto& w : batch::check_lms(o.lms, o.spec.assignment, max))
      fmt::print(err, "gdlab grade: warning: {}\n", w);
  } catch (const std::runtime_error& e) {
    throw batch::BadRequest(e.what());
  }
}

// Each declared problem's harness, built before anyone is graded: a header that does not declare
// the spec's entries is the instructor's to fix (exit 2), not a grader error for every student.
void build_harnesses(const batch::BatchOptions& o) {
  const auto root = declared::repository_root();
  for (const auto& problem : o.spec.problems) {
    try {
      declared::toolchain_for(problem, o.toolchain, declared::material_for(problem, root));
    } catch (const declared::HarnessError& e) {
      throw batch::BadRequest(
          fmt::format("{}\nNothing was graded: `gdlab validate` checks the spec and its headers.", e.what()));
    }
  }
}

// The line an instructor reads at the end, what went wrong on stderr, and the exit code.
int report_run(const batch::BatchResult& r, const batch::BatchOptions& o, const GradeArgs& args, std::ostream& out,
               std::ostream& err) {
  fmt::print(out,
             "gdlab grade: {} students{} in {:.1f} s: {} graded, {} reused (identical files), {} resumed, "
             "{} not gradable{}{}; wrote {}, {} and {} (the class page)\n",
             r.students.size(), o.shard ? fmt::format(" (shard {})", *args.shard) : "", r.seconds, r.graded.size(),
             r.reused.size(), r.resumed.size(), r.not_graded.size(),
             r.pending.empty() ? "" : fmt::format(", {} pending", r.pending.size()),
             r.errors.empty() ? "" : fmt::format(", {} grader errors", r.errors.size()),
             (o.out / "gradebook.csv").string(), (o.out / "summary.md").string(), (o.out / "summary.html").string());
  if (!r.stale.empty())
    fmt::print(err,
               "gdlab grade: {} also holds {} folder(s) of no student in this run, from an earlier run (a roster may "
               "have renamed them): {}; they are not in the gradebook and were left as they are\n",
               (o.out / "students").string(), r.stale.size(), fmt::join(r.stale, ", "));
  if (r.stopped) {
    fmt::print(err, "gdlab grade: stopped; {} students are pending: run the same command again to resume\n",
               r.pending.size());
    return exit_stopped;
  }
  if (!r.errors.empty()) {
    fmt::print(err, "gdlab grade: the grader failed on {} (status error:..., details in their meta.json)\n",
               fmt::join(r.errors, ", "));
    return exit_failed;
  }
  return exit_ok;
}

}  // namespace

int grade(const GradeArgs& args, std::ostream& out, std::ostream& err) {
  try {
    auto o = batch_options(args);
    const std::string spec_path = args.spec.empty() ? GDLAB_DEFAULT_SPEC : args.spec;
    const auto loaded = spec::load_spec(spec_path);
    if (!loaded.spec) {
      for (const auto& e : loaded.errors) fmt::print(err, "{}\n", e.to_string());
      fmt::print(err, "gdlab grade: the spec has {} error(s); nothing was graded\n", loaded.errors.size());
      return exit_bad_input;
    }
    o.spec = *loaded.spec;
    o.spec_text = text::read_file(spec_path).value_or("");
    check_lms_files(o, err);
    build_harnesses(o);
    const bool terminal = args.terminal.value_or(&err == &std::cerr && isatty(STDERR_FILENO));
    catch_stop_signals();
    fmt::print(err, "gdlab grade: each git clone is graded at {}\n",
               o.deadline ? fmt::format("its last commit at or before {} by committer date (none: late)",
                                        batch::utc_text(*o.deadline))
                          : std::string("its checked-out commit (HEAD)"));
    const auto result = batch::run_batch(o, err, terminal);
    build::prune_cache(o.toolchain.cache, build::CacheLimits::from_environment());
    return report_run(result, o, args, out, err);
  } catch (const batch::BadRequest& e) {
    fmt::print(err, "gdlab grade: {}\n", e.what());
    return exit_bad_input;
  } catch (const std::exception& e) {
    fmt::print(err, "gdlab grade: internal error: {}\n", e.what());
    return exit_internal;
  }
}

void add_grade_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<GradeArgs>();
  auto* cmd = app.add_subcommand("grade", "Grade a class: one folder, git clone or archive per student");
  cmd->add_option("SUBMISSIONS", args->submissions, "folder holding one entry per student")->required();
  cmd->add_option("--spec", args->spec, "test spec (default: grader/specs/gradient_descent.yaml)");
  cmd->add_option("--jobs,-j", args->jobs, "students graded at once (default: the number of cores)");
  cmd->add_option("--out", args->out, "where results go")->capture_default_str();
  cmd->add_option("--only", args->only, "regrade just these students (ids)");
  cmd->add_flag("--force", args->force, "regrade everyone, even who is done");
  cmd->add_option("--shard", args->shard, "grade slice i of N (0 <= i < N), e.g. 0/4; combine with gdlab merge");
  cmd->add_option("--build-cache", args->build_cache, "where built programs are kept (default: in the build folder)");
  cmd->add_option("--roster", args->rosters,
                  "the class as a platform exports it: GitHub Classroom's roster (maps its downloaded repositories "
                  "to students), a Canvas gradebook export (writes canvas.csv) or a Moodle grade export (writes "
                  "moodle.csv); repeatable");
  cmd->add_option("--moodle-id", args->moodle_id, "moodle.csv identifies students by email, username or idnumber")
      ->capture_default_str();
  cmd->add_option("--lms-column", args->lms_column,
                  "the assignment's column (default: the spec's assignment): the Canvas export's column with this "
                  "title, id or whole text, and moodle.csv's column title");
  cmd->add_option("--scale-to", args->scale_to,
                  "write canvas.csv's and moodle.csv's totals out of this many points (e.g. 100: Moodle refuses grades "
                  "above 100 unless its site allows them), to 5 decimals");
  cmd->add_option("--deadline", args->deadline,
                  "grade each git clone at its last commit at or before this time, by committer date "
                  "(e.g. 2026-12-01T23:59:59+01:00); a clone with none is 'late'");
  cmd->add_flag("--unsafe-no-sandbox", args->unsafe_no_sandbox,
                "grade even where neither namespaces nor Landlock can keep submissions from each other's "
                "files and the gradebook (trusted code only)");
  cmd->callback([args, &exit_code] { exit_code = grade(*args, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
