#include "commands/validate.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "commands/exit_codes.hpp"
#include "build/compile.hpp"
#include "declared/answers.hpp"
#include "declared/harness_build.hpp"
#include "declared/material.hpp"
#include "spec/loader.hpp"

namespace gdlab::commands {
namespace {

std::string count(std::size_t n, const char* noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

// "5 problems, 40 tests: 12 visible, 28 hidden": what a student will and will not see.
std::string summary(const spec::Spec& s) {
  std::size_t tests = 0, visible = 0, hidden = 0, after = 0;
  for (const auto& p : s.problems)
    for (const auto& t : p.tests) {
      ++tests;
      visible += t.visibility == spec::Visibility::visible;
      hidden += t.visibility == spec::Visibility::hidden;
      after += t.visibility == spec::Visibility::after_due_date;
    }
  std::string text = fmt::format("{}, {}: {} visible, {} hidden", count(s.problems.size(), "problem"),
                                 count(tests, "test"), visible, hidden);
  if (after > 0) text += fmt::format(", {} after the due date", after);
  return text;
}

// What validate finds wrong with the declared problems, by whose move it is: a header that does
// not declare the entries as the spec does (or that the harness does not compile against) is bad
// input, like a spec error; a mistake file no test catches is a test that does not pass.
struct Findings {
  std::vector<std::string> bad_input, failed;
};

// A declared problem's harness must build against its header, and each of its mistake files
// must be caught by some test (one that no test catches can never be named) and told apart from
// every other by some test (of two that no test tells apart, naming one is a coin toss).
// Each problem says when it starts: the first validate builds harnesses for a minute or more.
Findings declared_problems_problems(const spec::Spec& spec, std::ostream& err) {
  Findings found;
  const auto root = declared::repository_root();
  const auto declared =
      std::count_if(spec.problems.begin(), spec.problems.end(), [](const auto& p) { return !p.declared.empty(); });
  int done = 0;
  for (const auto& problem : spec.problems) {
    const auto material = declared::material_for(problem, root);
    fmt::print(err, "gdlab validate: {} of {}: {}: its harness, its solution and {} mistake file{}\n", ++done, declared,
               problem.id, material.mistakes.size(), material.mistakes.size() == 1 ? "" : "s");
    err.flush();
    try {
      const auto toolchain = declared::toolchain_for(problem, build::Toolchain::installed(), material);
      if (!material.solution && material.mistakes.empty()) continue;
      for (const auto& m : material.mistakes)
        if (m.title.empty())
          found.failed.push_back(
              fmt::format("problem '{}': mistake {} has no `// mistake: <title>` line", problem.id, m.path.string()));
      const auto review = declared::review_mistakes(problem, toolchain, material);
      for (const auto& why : review.uncaught)
        found.failed.push_back(fmt::format("problem '{}': mistake {}", problem.id, why));
      for (const auto& [a, b] : review.alike)
        found.failed.push_back(
            fmt::format("problem '{}': mistakes {} and {} give the same result on every test: merge them "
                        "or add a test that tells them apart",
                        problem.id, a, b));
    } catch (const declared::HarnessError& e) {
      found.bad_input.push_back(e.what());
    } catch (const std::exception& e) {
      found.failed.push_back(e.what());
    }
  }
  return found;
}

}  // namespace

int validate(const std::string& path, std::ostream& out, std::ostream& err, bool schema_only) {
  const auto loaded = spec::load_spec(path);
  if (!loaded.spec) {
    for (const auto& e : loaded.errors) fmt::print(err, "{}\n", e.to_string());
    return exit_bad_input;
  }
  if (!schema_only) {
    const auto found = declared_problems_problems(*loaded.spec, err);
    for (const auto* list : {&found.bad_input, &found.failed})
      for (const auto& f : *list) fmt::print(err, "{}: {}\n", path, f);
    if (!found.bad_input.empty()) return exit_bad_input;
    if (!found.failed.empty()) return exit_failed;
  }
  fmt::print(out, "{}: OK ({})\n", path, summary(*loaded.spec));
  return exit_ok;
}

void add_validate_command(CLI::App& app, int& exit_code) {
  auto path = std::make_shared<std::string>();
  auto schema_only = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("validate",
                                 "Check a test spec (YAML) and list every error in it; for problems "
                                 "declared in it, check each header against its declaration, build their harness "
                                 "and report mistake files no test catches or tells apart");
  cmd->add_option("spec", *path, "the spec, e.g. grader/specs/gradient_descent.yaml")->required();
  cmd->add_flag("--schema-only", *schema_only, "only check the YAML against the schema (builds nothing)");
  cmd->callback([path, schema_only, &exit_code] { exit_code = validate(*path, std::cout, std::cerr, *schema_only); });
}

}  // namespace gdlab::commands
