// Section 6 and Problem 4: heavy-ball momentum, exercises/momentum.cpp.
#include "grading/mistake_families.hpp"
#include "problems/builtin.hpp"
#include "problems/rules.hpp"

namespace gdlab::problems {

Problem make_momentum() {
  using K = spec::InputKind;
  Entry m;
  m.rule = rule(
      "momentum", "momentum",
      {objective_2d(), point(2), scalar("lr", K::positive), scalar("beta", K::fraction), scalar("steps", K::whole)},
      descent_checks());
  m.reference = [](const grading::Inputs& in) {
    grading::Expected e;
    const auto target = grading::named(in);
    e.loss = target.objective;
    e.optimum = grading::minimum_of(target.objective);
    e.outcome = grading::reference_descent(target.objective, grading::vec(in, "x0"),
                                           optim::Momentum({.beta = grading::num(in, "beta")}), grading::num(in, "lr"),
                                           grading::whole(in, "steps"));
    return e;
  };
  m.mistakes = [] { return grading::descent_mistakes({.momentum = true}); };
  return {"momentum", {m}};
}

}  // namespace gdlab::problems
