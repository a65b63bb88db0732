// Problem 2: gradient descent in 1D, exercises/gd_1d.cpp.
#include "grading/mistake_families.hpp"
#include "problems/builtin.hpp"
#include "problems/rules.hpp"

namespace gdlab::problems {

Problem make_gd_1d() {
  using K = spec::InputKind;
  Entry gd;
  gd.rule = rule("gd_1d", "gd_1d",
                 {named("objective", K::objective, {"quadratic1d"}, "a 1-D objective"), scalar("x0", K::number),
                  scalar("lr", K::positive), scalar("steps", K::whole)},
                 descent_checks());
  gd.reference = [](const grading::Inputs& in) {
    grading::Expected e;
    const auto target = grading::named(in);
    e.loss = target.objective;
    e.optimum = grading::minimum_of(target.objective);
    e.outcome = grading::reference_descent(target.objective, grading::vec(in, "x0"), optim::GradientDescent{},
                                           grading::num(in, "lr"), grading::whole(in, "steps"));
    return e;
  };
  gd.mistakes = [] { return grading::descent_mistakes({}); };
  return {"gd_1d", {gd}};
}

}  // namespace gdlab::problems
