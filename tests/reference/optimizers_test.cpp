// Every optimiser's first three steps on f(x) = x^2 (gradient 2x) from x0 = 1 with alpha = 0.1,
// against the update rule worked out by hand below, one scalar at a time.
#include <gtest/gtest.h>

#include <cmath>

#include "gdlab/objectives.hpp"
#include "gdlab/optim.hpp"

namespace gdlab::optim {
namespace {

constexpr double alpha = 0.1;

std::vector<double> first_steps(UpdateRule& rule, const Schedule& lr = constant(alpha)) {
  const Objective f = quadratic_2d(1, 1);  // x^2 + y^2; y stays 0, so x sees 2x
  Options options;
  options.max_steps = 3;
  const auto r = minimize(f, Vector{{1.0, 0.0}}, rule, lr, options);
  std::vector<double> xs;
  for (const auto& p : r.trace.iterates) xs.push_back(p(0));
  return xs;
}

void expect_path(const std::vector<double>& got, const std::vector<double>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t k = 0; k < got.size(); ++k) EXPECT_NEAR(got[k], want[k], 1e-14) << "x_" << k;
}

TEST(Optimizers, GradientDescent) {
  GradientDescent gd;
  expect_path(first_steps(gd), {1.0, 0.8, 0.64, 0.512});  // x <- x - 0.1 (2x) = 0.8 x
}

TEST(Optimizers, HeavyBallMomentumIsTheCoursesForm) {
  Momentum m({.beta = 0.9});
  // v1 = 2, x1 = 1 - 0.2 = 0.8; v2 = 1.8 + 1.6 = 3.4, x2 = 0.46; v3 = 3.06 + 0.92 = 3.98, x3 = 0.062
  expect_path(first_steps(m), {1.0, 0.8, 0.46, 0.062});
}

TEST(Optimizers, EmaMomentumScalesTheGradientByOneMinusBeta) {
  Momentum m({.beta = 0.9, .form = MomentumForm::ema});
  // v1 = 0.2, x1 = 0.98; v2 = 0.18 + 0.196 = 0.376, x2 = 0.9424;
  // v3 = 0.3384 + 0.18848 = 0.52688, x3 = 0.889712
  expect_path(first_steps(m), {1.0, 0.98, 0.9424, 0.889712});
}

TEST(Optimizers, DampenedMomentumStartsUndampedLikeTorch) {
  Momentum m({.beta = 0.9, .form = MomentumForm::dampened, .dampening = 0.5});
  // v1 = g = 2, x1 = 0.8; v2 = 1.8 + 0.5 * 1.6 = 2.6, x2 = 0.54; v3 = 2.34 + 0.54 = 2.88, x3 = 0.252
  expect_path(first_steps(m), {1.0, 0.8, 0.54, 0.252});
}

TEST(Optimizers, RateInsideTheVelocityDiffersOnceTheRateChanges) {
  // With a constant rate it is heavy-ball in disguise; with a decaying rate it is not.
  const Schedule halving = step_decay(alpha, 0.5, 1);  // 0.1, 0.05, 0.025
  Momentum inside({.beta = 0.9, .form = MomentumForm::lr_inside});
  // v1 = 0.2, x1 = 0.8; v2 = 0.18 + 0.05 * 1.6 = 0.26, x2 = 0.54; v3 = 0.234 + 0.025 * 1.08 = 0.261, x3 = 0.279
  expect_path(first_steps(inside, halving), {1.0, 0.8, 0.54, 0.279});
  Momentum heavy({.beta = 0.9});
  // v2 = 3.4, x2 = 0.8 - 0.05 * 3.4 = 0.63
  EXPECT_NEAR(first_steps(heavy, halving)[2], 0.63, 1e-15);
}

TEST(Optimizers, NesterovTakesTheGradientAtTheLookAheadPoint) {
  Nesterov n({.beta = 0.9});
  // x1 = 0.8 (v1 = 2); look-ahead 0.8 - 0.1*0.9*2 = 0.62, g = 1.24, v2 = 3.04, x2 = 0.496;
  // look-ahead 0.496 - 0.09*3.04 = 0.2224, g = 0.4448, v3 = 2.736 + 0.4448 = 3.1808, x3 = 0.17792
  expect_path(first_steps(n), {1.0, 0.8, 0.496, 0.17792});
}

TEST(Optimizers, NesterovTraceCanRecordTheLookAheadPointAndSaysSo) {
  Nesterov n({.beta = 0.9, .record_lookahead = true});
  Options options;
  options.max_steps = 2;
  const auto r = minimize(quadratic_2d(1, 1), Vector{{1.0, 0.0}}, n, constant(alpha), options);
  EXPECT_EQ(r.trace.point, TracedPoint::lookahead);
  EXPECT_NEAR(r.trace.iterates[1](0), 0.62, 1e-15);
  EXPECT_NEAR(r.trace.loss[1], 0.62 * 0.62, 1e-15);  // the loss of the traced point
  EXPECT_NEAR(r.trace.grad_norm[1], 1.24, 1e-15);
  EXPECT_NEAR(r.theta(0), 0.496, 1e-15);  // the result is theta itself
  EXPECT_EQ(Nesterov().traced_point(), TracedPoint::theta);
  EXPECT_STREQ(to_string(TracedPoint::lookahead), "lookahead");  // as `gdlab run` prints it
  EXPECT_STREQ(to_string(TracedPoint::theta), "theta");
}

TEST(Optimizers, AdaGrad) {
  AdaGrad a;
  double x = 1, s = 0;
  std::vector<double> want{x};
  for (int k = 0; k < 3; ++k) {
    const double g = 2 * x;
    s += g * g;
    x -= alpha * g / (std::sqrt(s) + 1e-10);
    want.push_back(x);
  }
  EXPECT_NEAR(want[1], 0.9, 1e-9);  // the first AdaGrad step has length alpha
  expect_path(first_steps(a), want);
}

TEST(Optimizers, RMSprop) {
  RMSprop r({.rho = 0.9, .eps = 1e-8});
  double x = 1, s = 0;
  std::vector<double> want{x};
  for (int k = 0; k < 3; ++k) {
    const double g = 2 * x;
    s = 0.9 * s + 0.1 * g * g;
    x -= alpha * g / (std::sqrt(s) + 1e-8);
    want.push_back(x);
  }
  expect_path(first_steps(r), want);
}

TEST(Optimizers, AdamWithBiasCorrectionAndTorchsEpsilon) {
  Adam a;
  double x = 1, m = 0, s = 0;
  std::vector<double> want{x};
  for (int t = 1; t <= 3; ++t) {
    const double g = 2 * x;
    m = 0.9 * m + 0.1 * g;
    s = 0.999 * s + 0.001 * g * g;
    const double denom = std::sqrt(s) / std::sqrt(1 - std::pow(0.999, t)) + 1e-8;
    x -= alpha / (1 - std::pow(0.9, t)) * m / denom;
    want.push_back(x);
  }
  EXPECT_NEAR(want[1], 0.9, 1e-8);  // the first Adam step has length alpha
  expect_path(first_steps(a), want);
}

TEST(Optimizers, ParameterChecksNameTheField) {
  try {
    Momentum m({.beta = 1.0});
    FAIL() << "beta = 1 accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("beta"), std::string::npos) << e.what();
  }
  EXPECT_THROW(Adam({.beta1 = 0.9, .beta2 = -0.1}), std::invalid_argument);
  EXPECT_THROW(RMSprop({.rho = 0.9, .eps = 0}), std::invalid_argument);
  EXPECT_THROW(AdaGrad({.eps = -1}), std::invalid_argument);
}

TEST(Optimizers, ResetForgetsState) {
  Momentum m;
  const auto first = first_steps(m);
  EXPECT_EQ(first_steps(m), first);  // minimize() resets: the same run twice gives the same path
}

}  // namespace
}  // namespace gdlab::optim
