#include "commands/validate.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>
#include <memory>

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

}  // namespace

int validate(const std::string& path, std::ostream& out, std::ostream& err) {
  const auto loaded = spec::load_spec(path);
  if (!loaded.spec) {
    for (const auto& e : loaded.errors) fmt::print(err, "{}\n", e.to_string());
    return 2;
  }
  fmt::print(out, "{}: OK ({})\n", path, summary(*loaded.spec));
  return 0;
}

void add_validate_command(CLI::App& app, int& exit_code) {
  auto path = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("validate", "Check a test spec (YAML) and list every error in it");
  cmd->add_option("spec", *path, "the spec, e.g. grader/specs/gradient_descent.yaml")->required();
  cmd->callback([path, &exit_code] { exit_code = validate(*path, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
