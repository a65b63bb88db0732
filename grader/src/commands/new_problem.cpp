#include "commands/new_problem.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "assign/plan.hpp"
#include "commands/exit_codes.hpp"
#include "declared/material.hpp"
#include "spec/loader.hpp"
#include "spec/schema.hpp"
#include "text/file.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

// The example is plain gradient descent on an objective: the instructor edits the signature in
// both the header and problem.yaml, then the loop.
std::string header(const std::string& id) {
  return fmt::format(R"(// Exercise: {0}. Say here what the student writes, in the chapter's words.
#pragma once

#include "gdlab/core.hpp"

namespace exercises {{

// `steps` steps of gradient descent from x0 on f with learning rate lr.
// Returns every iterate {{x_0, ..., x_steps}}.
gdlab::Path {0}(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps);

}}  // namespace exercises
)",
                     id);
}

// The markers are spelled in two pieces here: this file goes out in the student repository,
// where no line may look like a marker.
constexpr const char* begin_marker =
    "// BEGIN "
    "SOLUTION";
constexpr const char* end_marker =
    "// END "
    "SOLUTION";

std::string solution(const std::string& id) {
  return fmt::format(R"(// Exercise: {0}
//
// Explain the exercise for a student who has just read the chapter: the update, what to
// return, a hint. Everything between the markers below is replaced by a stub in exercises/.
#include "{0}.hpp"

namespace exercises {{

gdlab::Path {0}(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps) {{
  {1}
  gdlab::Path path{{x0}};
  gdlab::Vector x = x0;
  for (int step = 0; step < steps; ++step) {{
    x = x - lr * f.gradient(x);
    path.push_back(x);
  }}
  return path;
  {2}
}}

}}  // namespace exercises
)",
                     id, begin_marker, end_marker);
}

std::string example_mistake(const std::string& id) {
  return fmt::format(R"(// mistake: gradient ascent instead of descent
// hint: the step goes along +lr * gradient, uphill: look at the sign of the update
#include "{0}.hpp"

namespace exercises {{

gdlab::Path {0}(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps) {{
  gdlab::Path path{{x0}};
  gdlab::Vector x = x0;
  for (int step = 0; step < steps; ++step) {{
    x = x + lr * f.gradient(x);
    path.push_back(x);
  }}
  return path;
}}

}}  // namespace exercises
)",
                     id);
}

// The folder's declaration and first test.
std::string declaration(const std::string& id) {
  return fmt::format(R"(# Problem {0}: its entries (the signatures of {0}.hpp, which the compiler checks) and its
# default tests. {0}.cpp is the solution, mistakes/ its named mistakes. The format is in
# grader/specs/README.md.
title: {0} (say what it is)
entry: {0}
entries:
  {0}:
    inputs: {{objective: objective, x0: vector, lr: positive, steps: whole}}
    returns: path
    reference: solution
tests:
  - name: "{0}: ellipse from (4, 1), lr 0.1, 20 steps"
    points: 1
    visibility: visible
    inputs: {{objective: ellipse, x0: [4, 1], lr: 0.1, steps: 20}}
    checks:
      - trajectory: {{atol: 1e-9, rtol: 1e-9}}
      - monotone: {{}}
)",
                     id);
}

}  // namespace

int new_problem(const NewProblemArgs& args, std::ostream& out, std::ostream& err) {
  if (!spec::is_problem_id(args.id)) {
    fmt::print(err, "gdlab new: '{}' is not a problem id: use a-z, 0-9 and _ (e.g. clipped_gd)\n", args.id);
    return exit_bad_input;
  }
  const fs::path root = declared::repository_root(args.root);
  const fs::path spec_path = args.spec.empty() ? root / assign::assigned_spec : args.spec;
  const fs::path folder = root / "problems" / args.id;
  if (fs::exists(folder)) {
    fmt::print(err, "gdlab new: {} already exists: pick another id or edit it\n", folder.string());
    return exit_bad_input;
  }
  std::string spec_text = text::read_file(spec_path).value_or("");
  if (spec_text.empty()) {
    fmt::print(err, "gdlab new: cannot read the spec {}\n", spec_path.string());
    return exit_bad_input;
  }
  if (!spec_text.ends_with("\n")) spec_text += "\n";
  spec_text += fmt::format("  - id: {}\n", args.id);  // the problem list is the spec's last key
  const fs::path files[] = {folder / "problem.yaml", folder / (args.id + ".hpp"), folder / (args.id + ".cpp"),
                            folder / "mistakes" / "ascent.cpp"};
  fs::create_directories(folder / "mistakes");
  std::ofstream(files[0], std::ios::binary) << declaration(args.id);
  std::ofstream(files[1], std::ios::binary) << header(args.id);
  std::ofstream(files[2], std::ios::binary) << solution(args.id);
  std::ofstream(files[3], std::ios::binary) << example_mistake(args.id);
  // The spec with the new line must load, or nothing is left written (a taken id, a spec whose
  // last key is not its problem list).
  const auto loaded = spec::parse_spec(spec_text, spec_path.string(), root / "problems");
  if (!loaded.spec) {
    fs::remove_all(folder);
    for (const auto& e : loaded.errors) fmt::print(err, "{}\n", e.to_string());
    fmt::print(err, "gdlab new: the spec would not load with '{}' added; nothing was written\n", args.id);
    return exit_bad_input;
  }
  std::ofstream(spec_path, std::ios::binary) << spec_text;
  fmt::print(out,
             "New problem '{0}', one folder:\n  {1}\n  {2}\n  {3}\n  {4}\nand `- id: {0}` at the end of {5}.\n"
             "Next: edit the signature in the header and in problem.yaml's `entries:` alike, write the solution and "
             "the tests, then `./gdlab validate {5}`, `./gdlab assign` (makes exercises/{0}.cpp) and `./gdlab check "
             "--problem {0}`.\n",
             args.id, files[0].string(), files[1].string(), files[2].string(), files[3].string(), spec_path.string());
  return exit_ok;
}

void add_new_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<NewProblemArgs>();
  auto* cmd = app.add_subcommand("new",
                                 "Start a problem of your own: its folder problems/<id>/ (declaration, header, "
                                 "solution, a mistake) and its line in the spec");
  cmd->add_option("id", args->id, "the problem's id, e.g. clipped_gd")->required();
  cmd->add_option("--spec", args->spec, "the spec to add it to (default: grader/specs/gradient_descent.yaml)");
  cmd->callback([args, &exit_code] { exit_code = new_problem(*args, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
