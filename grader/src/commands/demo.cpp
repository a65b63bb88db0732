#include "commands/demo.hpp"

#include <CLI/CLI.hpp>
#include <unistd.h>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "commands/exit_codes.hpp"
#include "declared/material.hpp"
#include "gdlab/core.hpp"
#include "gdlab/optim.hpp"
#include "gdlab_config.hpp"
#include "report/text.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"
#include "text/numpy_format.hpp"
#include "text/points.hpp"
#include "text/python_format.hpp"

namespace gdlab::commands {
namespace {

using text::numpy_str;
using text::py_fixed;

optim::Result descend(const Objective& f, const Vector& x0, optim::UpdateRule&& rule, double lr, int steps,
                      double tol = 0) {
  optim::Options options;
  options.max_steps = steps;
  options.grad_tol = tol;
  options.stop_when_diverged = false;  // numpy keeps going; so does the printout
  return optim::minimize(f, x0, rule, optim::constant(lr), options);
}

// In the course's loops, "step k" prints the iterate after update k, which is path[k + 1].
std::string problem2() {
  const Function1D f = quadratic_1d(1, 3, 5);
  const auto r = descend(as_objective(f), Vector::Zero(1), optim::GradientDescent{}, 0.1, 30);
  std::string out;
  for (int step = 0; step < 30; ++step) {
    const double x = r.trace.iterates[step + 1](0);
    if (step % 5 == 0) out += fmt::format("step {:2d}: x = {:.4f}, f(x) = {:.4f}\n", step, x, f(x));
  }
  out += fmt::format("\nFinal x = {:.6f}\nTrue min at x = 3.0\n", r.theta(0));
  return out;
}

std::string problem3() {
  const auto r = descend(ellipse(), Vector{{4.0, 1.0}}, optim::GradientDescent{}, 0.1, 40);
  std::string out;
  for (int step = 0; step < 40; step += 5)
    out += fmt::format("step {:2d}: theta = {}, loss = {:.4f}\n", step, numpy_str(r.trace.iterates[step + 1]),
                       r.trace.loss[step + 1]);
  out += fmt::format("\nFinal theta = {}\n", numpy_str(r.theta));
  return out;
}

std::string problem4() {
  const auto r = descend(ellipse(), Vector{{4.0, 1.0}}, optim::Momentum({0.9}), 0.05, 40);
  std::string out;
  for (int step = 0; step < 40; step += 5)
    out += fmt::format("step {:2d}: loss = {:.6f}\n", step, r.trace.loss[step + 1]);
  out += fmt::format("\nFinal loss = {:.6f}\n", r.loss);
  return out;
}

std::string section10() {
  const auto r = descend(valley(), Vector{{3.5, 1.1}}, optim::GradientDescent{}, 0.05, 60, 1e-4);
  std::string out;
  if (r.status == optim::Status::converged) out += fmt::format("Converged at step {}\n", r.steps);
  out += fmt::format("Final theta = {}\n", numpy_str(r.theta));
  out += fmt::format("Final loss  = {:.6f}\n", r.loss);
  out += fmt::format("Steps taken = {}\n", r.steps);
  return out;
}

std::string problem5_program() {
  const Dataset d = problem5();
  const LinearRegression problem(d.X, d.y, false, MseScale::mean);
  const auto r = descend(problem.objective(), Vector::Zero(3), optim::GradientDescent{}, 0.05, 200);
  std::string out;
  for (int step = 0; step < 200; step += 20)
    out += fmt::format("step {:3d}: loss = {:.6f}\n", step, r.trace.loss[step + 1]);
  out += fmt::format("\nTrue beta:      {}\n", numpy_str(problem5_true_beta()));
  out += fmt::format("Recovered beta: {}\n", numpy_str(r.theta));
  out += fmt::format("Final loss:     {:.6f}\n", r.loss);
  return out;
}

// "Rolling Downhill" descends with the gradient of the 1/(2N) cost but prints the 1/N cost
// (its compute_cost is a plain mean): cost = 2 J.
std::string rolling_downhill_program() {
  const Dataset d = rolling_downhill();
  const LinearRegression problem(d.X, d.y, true, MseScale::half_mean);
  const auto r = descend(problem.objective(), Vector::Zero(2), optim::GradientDescent{}, 0.01, 1000);
  std::string out;
  for (int i = 0; i < 1000; i += 100) {
    const Vector& wb = r.trace.iterates[i + 1];
    out += fmt::format("Iter {:4d}: w={:.3f}, b={:.3f}, cost={:.3f}\n", i, wb(0), wb(1), 2 * r.trace.loss[i + 1]);
  }
  out += fmt::format("\nFinal: w={:.3f}, b={:.3f}\n", r.theta(0), r.theta(1));
  out += "True:  w=2.500, b=5.000\n";
  return out;
}

std::string rolling_sweep() {
  const Dataset d = rolling_downhill();
  const LinearRegression problem(d.X, d.y, true, MseScale::half_mean);
  std::string out;
  for (double lr : {0.0001, 0.001, 0.01, 0.1, 0.5}) {
    const auto r = descend(problem.objective(), Vector::Zero(2), optim::GradientDescent{}, lr, 1000);
    out += fmt::format("lr={:.4f}: w={}, b={}, final cost={}\n", lr, py_fixed(r.theta(0), 3), py_fixed(r.theta(1), 3),
                       py_fixed(2 * r.loss, 3));
  }
  return out;
}

}  // namespace

std::vector<CourseProgram> course_programs() {
  return {
      {"problem2", "Chapter 6, Problem 2: gradient descent on (x - 3)^2 + 5", problem2()},
      {"problem3", "Chapter 6, Problem 3: x^2 + 4y^2 from (4, 1)", problem3()},
      {"problem4", "Chapter 6, Problem 4: heavy-ball momentum, beta = 0.9", problem4()},
      {"section10", "Chapter 6, section 10: the valley, stopping on |g| < 1e-4", section10()},
      {"problem5", "Chapter 6, Problem 5: linear regression from scratch", problem5_program()},
      {"rolling_downhill", "Rolling Downhill: gradient descent for (w, b)", rolling_downhill_program()},
      {"rolling_sweep", "Rolling Downhill: the learning-rate sweep", rolling_sweep()},
  };
}

namespace {

namespace fs = std::filesystem;

// The bundled submissions the demo grades: the solutions, as a student who solved everything
// would hand them in, and two buggy ones from the test corpus (instructor repository only).
struct Bundled {
  std::string title;
  fs::path folder;
  std::optional<std::string> problem;
};

std::vector<Bundled> bundled(const spec::Spec& spec, const fs::path& root, const fs::path& scratch) {
  std::vector<Bundled> out;
  bool solved = false;
  for (const auto& problem : spec.problems) {
    const auto material = declared::material_for(problem, root);
    if (!material.solution) continue;  // a student repository has none
    const fs::path into = scratch / fs::path(problem.source).parent_path();
    fs::create_directories(into);
    for (const auto& file : {material.header, *material.solution})
      if (fs::exists(file)) fs::copy_file(file, into / file.filename(), fs::copy_options::overwrite_existing);
    solved = true;
  }
  if (solved) out.push_back({"the instructor's solutions", scratch, std::nullopt});
  const fs::path corpus = root / "tests/corpus/buggy";
  if (fs::is_directory(corpus)) {
    out.push_back({"a sign error (steps uphill)", corpus / "gd1d_sign_error", "gd_1d"});
    out.push_back({"the EMA form of momentum", corpus / "momentum_ema_form", "momentum"});
  }
  out.push_back({"exercises/ as it is now", root, std::nullopt});
  return out;
}

int grade_bundled(std::ostream& out) {
  const auto spec = spec::load_spec(GDLAB_DEFAULT_SPEC);
  if (!spec.spec) {
    fmt::print(out, "the shipped spec does not load: {}\n", spec.errors.front().to_string());
    return exit_internal;
  }
  const fs::path root = std::getenv("GDLAB_ROOT") ? std::getenv("GDLAB_ROOT") : GDLAB_SOURCE_DIR_PATH;
  const fs::path scratch = fs::temp_directory_path() / fmt::format("gdlab-demo-{}", ::getpid());
  for (const auto& b : bundled(*spec.spec, root, scratch)) {
    const auto report =
        submission::grade(*spec.spec, b.folder, build::Toolchain::installed(), {.only_problem = b.problem});
    fmt::print(out, "== gdlab check on {} ==\n", b.title);
    if (b.problem) {
      std::ostringstream text;
      report::write_text(report, text, false);
      out << text.str() << '\n';
    } else {
      for (const auto& p : report.problems)
        fmt::print(out, "  {:<15} {:>4} / {}\n", p.id, text::points(p.score()), text::points(p.max_score()));
      fmt::print(out, "  Score: {} / {}\n\n", text::points(report.score()), text::points(report.max_score()));
    }
  }
  fs::remove_all(scratch);
  return exit_ok;
}

}  // namespace

void add_demo_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("demo", "Run the course's programs, then grade the bundled submissions");
  cmd->callback([&exit_code] {
    for (const auto& program : course_programs()) fmt::print("== {} ==\n{}\n", program.title, program.output);
    std::cout.flush();
    exit_code = grade_bundled(std::cout);
  });
}

}  // namespace gdlab::commands
