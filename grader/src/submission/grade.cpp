#include "submission/grade.hpp"

#include <chrono>
#include <fstream>
#include <sstream>

#include "declared/answers.hpp"
#include "declared/harness_build.hpp"
#include "grading/grade.hpp"
#include "sandbox/layers.hpp"

namespace gdlab::submission {
namespace fs = std::filesystem;

grading::Report grade(const spec::Spec& spec, const fs::path& submission, const build::Toolchain& toolchain,
                      const GradeOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  grading::Report report;
  report.assignment = spec.assignment;
  report.layers = sandbox::layer_names(sandbox::isolation());
  for (const auto& problem : spec.problems) {
    if (options.only_problem && *options.only_problem != problem.id) continue;
    grading::ProblemResult result{problem.id, problem.title, problem.source, "", {}};
    std::ifstream in(submission / problem.source, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const auto material = declared::material_for(problem, declared::repository_root());
    const auto problem_toolchain = declared::toolchain_for(problem, toolchain, material);
    const auto answers = declared::answers_for(problem, problem_toolchain, material);
    const auto built = in ? build::build_problem(problem_toolchain, problem.id, text.str(), problem.source)
                          : build::Built{false, {}, "file not found: " + problem.source + "\n", false};
    result.diagnostics = built.diagnostics;
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
    report.problems.push_back(std::move(result));
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace gdlab::submission
