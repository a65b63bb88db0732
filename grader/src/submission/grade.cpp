#include "submission/grade.hpp"

#include <fmt/format.h>

#include <chrono>
#include <optional>

#include "declared/answers.hpp"
#include "declared/harness_build.hpp"
#include "grading/grade.hpp"
#include "grading/refuted.hpp"
#include "sandbox/layers.hpp"
#include "text/file.hpp"

namespace gdlab::submission {
namespace fs = std::filesystem;
namespace {

// A problem whose file is not there: every test it would run scores 0 as missing.
grading::ProblemResult missing_file(const spec::Problem& problem, const GradeOptions& options) {
  grading::ProblemResult result{.id = problem.id, .title = problem.title, .source = problem.source};
  for (const auto& test : problem.tests) {
    if (!options.include_hidden && test.visibility != spec::Visibility::visible) continue;
    grading::TestResult t = grading::test_result(problem, test);
    t.verdict = grading::Verdict::missing;
    t.message = grading::missing_message(problem.source);
    result.tests.push_back(std::move(t));
  }
  return result;
}

// What grading a problem needs from the instructor's side: its material (header, solution,
// mistake files) and its toolchain, with a declared problem's harness built (or found built).
struct Prepared {
  declared::Material material;
  build::Toolchain toolchain;
};

// Each problem's, the problems options.only_problem leaves out none: all of them before any
// submission is judged, so that a header that does not declare its entries as the spec does
// (declared::HarnessError, the instructor's to fix) stops grading before anyone is scored.
std::vector<std::optional<Prepared>> prepare(const spec::Spec& spec, const build::Toolchain& toolchain,
                                             const GradeOptions& options) {
  std::vector<std::optional<Prepared>> out;
  for (const auto& problem : spec.problems) {
    if (options.only_problem && *options.only_problem != problem.id) {
      out.emplace_back();
      continue;
    }
    auto material = declared::material_for(problem, declared::repository_root());
    auto problem_toolchain = declared::toolchain_for(problem, toolchain, material);
    out.push_back(Prepared{std::move(material), std::move(problem_toolchain)});
  }
  return out;
}

}  // namespace

std::string nothing_to_grade(const fs::path& submission, const spec::Spec& spec) {
  std::error_code ec;
  const auto type = fs::status(submission, ec).type();
  if (type == fs::file_type::not_found) return submission.string() + " does not exist";
  if (type != fs::file_type::directory) return submission.string() + " is not a folder";
  std::vector<std::string> sources;
  for (const auto& p : spec.problems) {
    if (fs::symlink_status(submission / p.source, ec).type() != fs::file_type::not_found) return "";
    sources.push_back(p.source);
  }
  return fmt::format("{} holds none of the exercise files ({})", submission.string(), fmt::join(sources, ", "));
}

grading::Report grade(const spec::Spec& spec, const fs::path& submission, const build::Toolchain& toolchain,
                      const GradeOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  grading::Report report;
  report.assignment = spec.assignment;
  report.layers = sandbox::layer_names(sandbox::isolation());
  const auto prepared = prepare(spec, toolchain, options);
  for (std::size_t i = 0; i < spec.problems.size(); ++i) {
    if (!prepared[i]) continue;  // not this run's problem
    const auto& problem = spec.problems[i];
    const auto& [material, problem_toolchain] = *prepared[i];
    grading::ProblemResult result{.id = problem.id, .title = problem.title, .source = problem.source};
    if (std::error_code ec; fs::symlink_status(submission / problem.source, ec).type() == fs::file_type::not_found) {
      report.problems.push_back(missing_file(problem, options));  // said as missing, not as a compile error
      continue;
    }
    const auto source = text::read_file(submission / problem.source);
    const auto built = source ? build::build_problem(problem_toolchain, problem.id, *source, problem.source)
                              : build::Built{.diagnostics = "cannot read " + problem.source + "\n"};
    result.diagnostics = built.diagnostics;
    const std::string kept_key = built.ok && options.kept
                                     ? grading::results_key(problem, options.include_hidden, built.program,
                                                            declared::answers_identity(problem, material))
                                     : "";
    if (auto kept = kept_key.empty() ? std::nullopt : options.kept->find(kept_key)) {
      kept->diagnostics = built.diagnostics;
      report.from_last_check.push_back(problem.id);
      report.problems.push_back(std::move(*kept));
      continue;
    }
    const auto answers = declared::answers_for(problem, problem_toolchain, material);
    for (const auto& test : problem.tests) {
      if (!options.include_hidden && test.visibility != spec::Visibility::visible) continue;
      if (built.ok) {
        result.tests.push_back(grading::run_test(problem, test, built.program, *answers));
        continue;
      }
      grading::TestResult t = grading::test_result(problem, test);
      t.verdict = grading::Verdict::compile_error;
      t.message = problem.source + " does not compile";
      result.tests.push_back(std::move(t));
    }
    if (built.ok) grading::drop_refuted(result, problem, *answers);
    if (!kept_key.empty() && grading::repeatable(result)) options.kept->keep(kept_key, result);
    report.problems.push_back(std::move(result));
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace gdlab::submission
