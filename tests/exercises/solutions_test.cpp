// The instructor's solutions reproduce the course's numpy output to 1e-12.
#include <gtest/gtest.h>

#include <cmath>

#include "expected.hpp"
#include "gd_1d.hpp"
#include "gd_2d.hpp"
#include "linreg.hpp"
#include "momentum.hpp"
#include "wb_regression.hpp"

namespace exercises {
namespace {

using gdlab::testing::course;
constexpr double tol = 1e-12;

void expect_path(const gdlab::Path& got, const nlohmann::json& want_json) {
  const auto want = gdlab::testing::path(want_json);
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t k = 0; k < got.size(); ++k)
    ASSERT_LE((got[k] - want[k]).cwiseAbs().maxCoeff(), tol) << "iterate " << k;
}

TEST(Solutions, Gd1dIsProblem2) {
  const auto& c = course()["problem2"];
  const auto path = gd_1d(gdlab::quadratic_1d(1, 3, 5), c["x0"], c["lr"], c["steps"]);
  const auto want = c["path"].get<std::vector<double>>();
  ASSERT_EQ(path.size(), want.size());
  for (std::size_t k = 0; k < want.size(); ++k) EXPECT_NEAR(path[k], want[k], tol) << k;
}

TEST(Solutions, Gd1dOnOtherFunctions) {
  for (const auto& c : course()["problem2_variants"]) {
    const auto path = gd_1d(gdlab::quadratic_1d(c["a"], c["c"], c["d"]), c["x0"], c["lr"], c["steps"]);
    const auto want = c["path"].get<std::vector<double>>();
    ASSERT_EQ(path.size(), want.size());
    for (std::size_t k = 0; k < want.size(); ++k)
      EXPECT_NEAR(path[k], want[k], tol * std::max(1.0, std::abs(want[k]))) << k;
  }
}

TEST(Solutions, Gd2dIsProblem3) {
  const auto& c = course()["problem3"];
  expect_path(gd_2d(gdlab::ellipse(), gdlab::testing::vector(c["theta0"]), c["lr"], c["steps"]), c["path"]);
}

TEST(Solutions, Gd2dUntilIsSection10) {
  for (const char* id : {"section10", "section10_converges"}) {
    const auto& c = course()[id];
    const auto r = gd_2d_until(gdlab::valley(), gdlab::testing::vector(c["theta0"]), c["lr"],
                               c["max_steps"], c["tol"]);
    EXPECT_EQ(r.steps, c["steps_taken"].get<int>()) << id;
    EXPECT_EQ(r.converged, c["converged"].get<bool>()) << id;
    expect_path(r.path, c["path"]);
  }
}

TEST(Solutions, MomentumIsProblem4) {
  const auto& c = course()["problem4"];
  expect_path(momentum(gdlab::ellipse(), gdlab::testing::vector(c["theta0"]), c["lr"], c["beta"], c["steps"]),
              c["path"]);
}

TEST(Solutions, LinregIsProblem5) {
  const auto& c = course()["problem5"];
  const gdlab::Matrix X = gdlab::testing::matrix(c["X"]);
  const gdlab::Vector y = gdlab::testing::vector(c["y"]);
  const auto path = linreg_gd(X, y, c["lr"], c["steps"]);
  expect_path(path, c["path"]);
  for (std::size_t k = 0; k < path.size(); ++k)
    ASSERT_NEAR(mse_loss(X, y, path[k]), c["loss"][k].get<double>(), tol) << k;
}

TEST(Solutions, LinregOnOtherData) {
  const auto& c = course()["problem5_variants"][0];
  expect_path(linreg_gd(gdlab::testing::matrix(c["X"]), gdlab::testing::vector(c["y"]), c["lr"], c["steps"]),
              c["path"]);
}

TEST(Solutions, WbRegressionIsRollingDownhill) {
  const auto& c = course()["rolling_downhill"];
  const gdlab::Vector X = gdlab::testing::vector(c["X"]), y = gdlab::testing::vector(c["y"]);
  const auto t = train(X, y, 0.0, 0.0, c["lr"], c["iterations"]);
  const auto w = c["w"].get<std::vector<double>>(), b = c["b"].get<std::vector<double>>();
  const auto cost = c["cost_history"].get<std::vector<double>>();
  ASSERT_EQ(t.w.size(), w.size());
  ASSERT_EQ(t.cost_history.size(), cost.size());
  for (std::size_t k = 0; k < w.size(); ++k) {
    ASSERT_NEAR(t.w[k], w[k], tol) << k;
    ASSERT_NEAR(t.b[k], b[k], tol) << k;
  }
  for (std::size_t k = 0; k < cost.size(); ++k) ASSERT_NEAR(t.cost_history[k], cost[k], tol) << k;
  EXPECT_NEAR(compute_cost(X, y, 0, 0), c["initial_cost"].get<double>(), tol);
}

TEST(Solutions, SweepLabelsTheCoursesRatesByTheRuleInTheHeader) {
  const auto& c = course()["rolling_sweep"];
  const auto& data = course()["rolling_downhill"];
  const gdlab::Vector X = gdlab::testing::vector(data["X"]), y = gdlab::testing::vector(data["y"]);
  const auto rows = sweep(X, y, c["rates"].get<std::vector<double>>(), 1000, 0.05);
  ASSERT_EQ(rows.size(), c["results"].size());
  // The rule, applied to numpy's final costs.
  const double start = data["initial_cost"];
  double best = INFINITY;
  for (const auto& r : c["results"]) {
    const double cost = gdlab::testing::number(r["final_cost"]);
    if (std::isfinite(cost) && cost <= start) best = std::min(best, cost);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double cost = gdlab::testing::number(c["results"][i]["final_cost"]);
    const RateLabel want = !std::isfinite(cost) || cost > start ? RateLabel::diverges
                           : cost <= 1.05 * best                ? RateLabel::converges
                                                                : RateLabel::too_slow;
    EXPECT_EQ(rows[i].label, want) << "lr " << rows[i].lr;
    if (std::isfinite(cost)) {
      EXPECT_NEAR(rows[i].final_cost, cost, tol);
    }
  }
  // As the text tells it: the two small rates crawl, 0.01 converges, the large ones diverge.
  EXPECT_EQ(rows[0].label, RateLabel::too_slow);
  EXPECT_EQ(rows[2].label, RateLabel::converges);
  EXPECT_EQ(rows[4].label, RateLabel::diverges);
}

TEST(Solutions, GradientsAreThoseOfTheHalfMeanCost) {
  const auto& data = course()["rolling_downhill"];
  const gdlab::Vector X = gdlab::testing::vector(data["X"]), y = gdlab::testing::vector(data["y"]);
  const auto g = compute_gradients(X, y, 1.0, 2.0);
  // d/dw and d/db of J = cost / 2, by central differences.
  const double h = 1e-6;
  EXPECT_NEAR(g.dJ_dw, (compute_cost(X, y, 1 + h, 2) - compute_cost(X, y, 1 - h, 2)) / (4 * h), 1e-6);
  EXPECT_NEAR(g.dJ_db, (compute_cost(X, y, 1, 2 + h) - compute_cost(X, y, 1, 2 - h)) / (4 * h), 1e-6);
}

}  // namespace
}  // namespace exercises
