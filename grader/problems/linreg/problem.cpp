// Problem 5: linear regression from scratch, exercises/linreg.cpp: the MSE, its gradient and
// the loop, each graded on its own.
#include "grading/mistake_families.hpp"
#include "problems/builtin.hpp"
#include "problems/rules.hpp"

namespace gdlab::problems {
namespace {

spec::InputRule data() {
  return named("data", spec::InputKind::dataset, {"problem5", "synthetic"}, "a regression dataset");
}

spec::InputRule beta() {
  spec::InputRule r = list("beta");
  r.length_of = "data";
  return r;
}

LinearRegression mse(const grading::Inputs& in) {
  const Dataset d = grading::data(in);
  return LinearRegression(d.X, d.y, false, MseScale::mean);
}

grading::Expected on_data(const LinearRegression& problem) {
  grading::Expected e;
  e.loss = problem.objective();
  e.optimum = problem.solve();
  return e;
}

}  // namespace

Problem make_linreg() {
  using K = spec::InputKind;
  using grading::RegressionPart;
  Entry loss;
  loss.rule = rule("mse_loss", "linreg", {data(), beta()}, {"value"});
  loss.reference = [](const grading::Inputs& in) {
    const auto p = mse(in);
    auto e = on_data(p);
    e.outcome.value = p.loss(grading::vec(in, "beta"));
    return e;
  };
  loss.mistakes = [] { return grading::regression_mistakes(RegressionPart::loss); };

  Entry gradient;
  gradient.rule = rule("mse_gradient", "linreg", {data(), beta()}, {"value", "gradient_fd"});
  gradient.reference = [](const grading::Inputs& in) {
    const auto p = mse(in);
    auto e = on_data(p);
    e.outcome.gradient = p.gradient(grading::vec(in, "beta"));
    e.gradient_of = p.objective();
    e.at = grading::vec(in, "beta");
    return e;
  };
  gradient.mistakes = [] { return grading::regression_mistakes(RegressionPart::gradient); };

  Entry loop;
  loop.rule = rule("linreg_gd", "linreg", {data(), scalar("lr", K::positive), scalar("steps", K::whole)},
                   {"trajectory", "final_loss", "params", "converged", "diverges", "monotone", "loop"});
  loop.reference = [](const grading::Inputs& in) {
    const auto p = mse(in);
    auto e = on_data(p);
    e.lr = grading::num(in, "lr");
    e.outcome = grading::reference_descent(p.objective(), Vector::Zero(p.X().cols()), optim::GradientDescent{},
                                           grading::num(in, "lr"), grading::whole(in, "steps"));
    e.outcome.own_gradients = grading::gradients_along(p.objective(), e.outcome.path);
    return e;
  };
  loop.mistakes = [] { return grading::regression_mistakes(RegressionPart::loop); };
  return {"linreg", {loss, gradient, loop}};
}

}  // namespace gdlab::problems
