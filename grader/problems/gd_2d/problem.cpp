// Problem 3 and section 10: gradient descent in 2D, with and without a tolerance,
// exercises/gd_2d.cpp.
#include "grading/mistake_families.hpp"
#include "problems/builtin.hpp"
#include "problems/rules.hpp"

namespace gdlab::problems {
namespace {

grading::Expected on_objective(const grading::Inputs& in, const char* steps, double tol) {
  grading::Expected e;
  const auto target = grading::named(in);
  e.loss = target.objective;
  e.optimum = grading::minimum_of(target.objective);
  e.outcome = grading::reference_descent(target.objective, grading::vec(in, "x0"), optim::GradientDescent{},
                                         grading::num(in, "lr"), grading::whole(in, steps), tol);
  return e;
}

}  // namespace

Problem make_gd_2d() {
  using K = spec::InputKind;
  Entry gd;
  gd.rule = rule("gd_2d", "gd_2d", {objective_2d(), point(2), scalar("lr", K::positive), scalar("steps", K::whole)},
                 descent_checks());
  gd.reference = [](const grading::Inputs& in) { return on_objective(in, "steps", 0); };
  gd.mistakes = [] { return grading::descent_mistakes({.coordinates = true}); };

  Entry until;
  auto checks = descent_checks();
  checks.push_back("stopped");
  until.rule = rule(
      "gd_2d_until", "gd_2d",
      {objective_2d(), point(2), scalar("lr", K::positive), scalar("max_steps", K::whole), scalar("tol", K::positive)},
      checks);
  until.reference = [](const grading::Inputs& in) { return on_objective(in, "max_steps", grading::num(in, "tol")); };
  until.mistakes = [] { return grading::descent_mistakes({.until = true, .coordinates = true}); };
  return {"gd_2d", {gd, until}};
}

}  // namespace gdlab::problems
