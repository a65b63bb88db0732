// What first differs, in words, on made-up results: each phrase comes from the numbers (a path
// scaled, reversed, rotated, shifted by a step, cut short, started elsewhere; a gap that grows,
// shrinks or stays; values, gradients, cost histories and sweep rows).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "gdlab/objectives.hpp"
#include "gdlab/optim.hpp"
#include "grading/difference_words.hpp"
#include "grading/first_difference.hpp"
#include "grading/reference.hpp"

namespace gdlab::grading {
namespace {

constexpr double lr = 0.1;
constexpr int steps = 30;

// Gradient descent on `f` from x0, each step -lr x (`turn` x the gradient): the expected path
// when `turn` is the identity.
Path descent(const Objective& f, const Vector& x0, const Matrix& turn, int n = steps) {
  Path path{x0};
  for (int k = 0; k < n; ++k) path.push_back(path.back() - lr * (turn * f.gradient(path.back())));
  return path;
}

Expected expected_descent(const Objective& f, const Vector& x0, bool lr_known = true) {
  Expected e;
  e.loss = f;
  e.outcome.path = descent(f, x0, Matrix::Identity(f.dim, f.dim));
  if (lr_known) e.lr = lr;
  return e;
}

Outcome with_path(Path path) {
  Outcome o;
  o.path = std::move(path);
  return o;
}

const Objective line = as_objective(quadratic_1d(1, 3, 5));
const Vector start1 = Vector::Constant(1, 0.0);
const Vector start2{{1.0, 3.0}};

TEST(FirstDifference, APathScaledByTwoHasStepsTwiceAsLong) {
  const double scale = 2;
  const Expected e = expected_descent(line, start1);
  const auto words = first_difference(with_path(descent(line, start1, Matrix::Constant(1, 1, scale))), e);
  EXPECT_NE(
      words.find(fmt::format("your first step is {:.1f} times as long as expected, in the same direction", scale)),
      std::string::npos)
      << words;
  EXPECT_NE(words.find(fmt::format("(your step is -lr x {:.1f} x the gradient there)", scale)), std::string::npos)
      << words;
  // Both go to the minimum: the gap shrinks, from the first step's.
  const double first_gap = std::abs((scale - 1) * lr * line.gradient(start1)(0));
  EXPECT_NE(words.find(fmt::format("the gap between the paths shrinks from {:.2g} at step 1", first_gap)),
            std::string::npos)
      << words;
  // Without the learning rate, nothing is said of the gradient.
  const auto without_lr = first_difference(with_path(descent(line, start1, Matrix::Constant(1, 1, scale))),
                                           expected_descent(line, start1, false));
  EXPECT_EQ(without_lr.find("gradient"), std::string::npos) << without_lr;
  // Half as long.
  const auto half = first_difference(with_path(descent(line, start1, Matrix::Constant(1, 1, 0.5))), e);
  EXPECT_NE(half.find("your first step is half as long as expected"), std::string::npos) << half;
}

TEST(FirstDifference, AReversedPathGoesTheOppositeWayAndItsGapGrows) {
  const Expected e = expected_descent(line, start1);
  const Path uphill = descent(line, start1, -Matrix::Identity(1, 1));
  const auto words = first_difference(with_path(uphill), e);
  EXPECT_NE(words.find("your first step is the same length as expected, in the opposite direction"), std::string::npos)
      << words;
  EXPECT_NE(words.find("(your step is -lr x -1.0 x the gradient there)"), std::string::npos) << words;
  const double first = std::abs(uphill[1](0) - e.outcome.path[1](0));
  const double last = std::abs(uphill.back()(0) - e.outcome.path.back()(0));
  EXPECT_NE(words.find(fmt::format("the gap between the paths grows from {:.2g} at step 1 to {:.2g} at step {}", first,
                                   last, steps)),
            std::string::npos)
      << words;
}

TEST(FirstDifference, ARotatedStepSaysItsAngleAndTheGradientEntryByEntry) {
  const double degrees = 37;
  const double a = degrees * std::numbers::pi / 180;
  const Matrix rotation{{std::cos(a), -std::sin(a)}, {std::sin(a), std::cos(a)}};
  const Expected e = expected_descent(bowl(), start2);
  const auto words = first_difference(with_path(descent(bowl(), start2, rotation)), e);
  EXPECT_NE(words.find(fmt::format("your first step is the same length as expected, at {:.0f} degrees to the "
                                   "expected step",
                                   degrees)),
            std::string::npos)
      << words;
  EXPECT_NE(words.find("x the gradient there, entry by entry)"), std::string::npos) << words;
  // Only dy doubled: the first entry as expected, the second twice.
  const Matrix dy_twice{{1.0, 0.0}, {0.0, 2.0}};
  const auto twice = first_difference(with_path(descent(bowl(), start2, dy_twice)), e);
  EXPECT_NE(twice.find("(your step is -lr x (1.0, 2.0) x the gradient there, entry by entry)"), std::string::npos)
      << twice;
}

TEST(FirstDifference, ALaterStepSaysHowManyMatchedBeforeIt) {
  const Expected e = expected_descent(line, start1);
  const std::size_t from = 4;
  Path path = e.outcome.path;
  for (std::size_t k = from; k < path.size(); ++k) path[k](0) += 0.25;  // from step 4 on, a constant gap
  const auto words = first_difference(with_path(path), e);
  EXPECT_NE(words.find(fmt::format("your first {} steps match; step {} is", from - 1, from)), std::string::npos)
      << words;
  EXPECT_NE(words.find(fmt::format("the gap between the paths stays {:.2g} up to step {}", 0.25, steps)),
            std::string::npos)
      << words;
}

TEST(FirstDifference, APathShiftedByAStepSaysSo) {
  const Expected e = expected_descent(bowl(), start2);
  const Path& right = e.outcome.path;
  Path behind{right.front()};  // the point kept before each step: the start twice, the last one lost
  behind.insert(behind.end(), right.begin(), right.end() - 1);
  const auto late = first_difference(with_path(behind), e);
  EXPECT_NE(
      late.find("your path repeats its start point, then is a step behind: your point k is the expected point k-1"),
      std::string::npos)
      << late;
  const Path without_start(right.begin() + 1, right.end());
  const auto early = first_difference(with_path(without_start), e);
  EXPECT_NE(early.find(fmt::format("your path leaves out the start point: your point k is the expected point k+1 "
                                   "({} points, not {})",
                                   without_start.size(), right.size())),
            std::string::npos)
      << early;
}

TEST(FirstDifference, APathAPointShortOrLongOrStartedElsewhereSaysSo) {
  const Expected e = expected_descent(bowl(), start2);
  const Path& right = e.outcome.path;
  const auto shorter = first_difference(with_path(Path(right.begin(), right.end() - 1)), e);
  EXPECT_EQ(shorter, fmt::format("your path has one point fewer than expected ({}, not {}); the points it has match",
                                 right.size() - 1, right.size()));
  Path longer = right;
  longer.push_back(right.back() - lr * bowl().gradient(right.back()));
  const auto more = first_difference(with_path(longer), e);
  EXPECT_EQ(more, fmt::format("your path has one point more than expected ({}, not {}); its first {} match",
                              longer.size(), right.size(), right.size()));
  const Vector elsewhere{{2.0, 3.0}};
  const auto moved = first_difference(with_path(descent(bowl(), elsewhere, Matrix::Identity(2, 2))), e);
  EXPECT_NE(moved.find("your path starts at (2, 3), not at the start point (1, 3)"), std::string::npos) << moved;
  EXPECT_NE(moved.find("the gap between the paths shrinks"), std::string::npos) << moved;
}

TEST(FirstDifference, ValuesAndGradientsAreComparedByRatio) {
  Expected e;
  e.outcome.value = 10.0;
  Outcome s;
  s.value = 20.0;
  EXPECT_EQ(first_difference(s, e), "your result is 2.0 times the expected value");
  s.value = -10.0;
  EXPECT_EQ(first_difference(s, e), "your result is the same size as the expected value, with the opposite sign");
  const double off = 3.1e-3;
  s.value = 10.0 + off;
  EXPECT_EQ(first_difference(s, e), fmt::format("your result is off by {:.2g} (a relative {:.2g})", off, off / 10));
  s.value = 10.0;
  EXPECT_EQ(first_difference(s, e), "");

  Expected g;
  g.outcome.gradient = Vector{{1.0, -2.0}};
  Outcome t;
  t.gradient = Vector{{2.0, -4.0}};
  EXPECT_EQ(first_difference(t, g), "your gradient is 2.0 times the expected one");
  t.gradient = Vector{{1.0, 4.0}};
  EXPECT_EQ(first_difference(t, g),
            "entry 1 of your gradient is the first that differs: it is 2.0 times the expected value, with the opposite "
            "sign; 1 of its 2 entries differ");
}

TEST(FirstDifference, ListsAndSweepsSayTheirFirstEntryThatDiffers) {
  Expected e;
  e.outcome.cost_history = {4, 3, 2, 1};
  Outcome s;
  s.cost_history = {4, 3, 3, 2};
  EXPECT_EQ(first_difference(s, e),
            "cost_history[2] is the first entry that differs: it is 1.5 times the expected value");
  s.cost_history = {4, 3, 2};
  EXPECT_EQ(first_difference(s, e), "cost_history has 3 entries, expected 4; the first 3 match");

  Expected sweep;
  sweep.outcome.rows = {{{{"lr", 0.01}, {"w", 1}, {"b", 2}, {"final_cost", 3}}, "too_slow"},
                        {{{"lr", 0.1}, {"w", 2}, {"b", 3}, {"final_cost", 0.5}}, "converges"}};
  Outcome r;
  r.rows = {{{{"lr", 0.01}, {"w", 1}, {"b", 2}, {"final_cost", 3}}, "too_slow"},
            {{{"lr", 0.1}, {"w", 2}, {"b", 6}, {"final_cost", 0.5}}, "converges"}};
  EXPECT_EQ(first_difference(r, sweep),
            "the row for lr = 0.1 is the first that differs: its b is 2.0 times the expected value");
  r.rows[1].label = "diverges";
  EXPECT_EQ(first_difference(r, sweep),
            "the row for lr = 0.1 is the first that differs: its label is 'diverges', expected 'converges'");

  Expected fields;
  fields.outcome.fields["lengths"] = {0.6, 0.48};
  Outcome f;
  f.fields["lengths"] = {-0.6, 0.48};
  EXPECT_EQ(first_difference(f, fields),
            "lengths[0] is the first entry that differs: it is the same size as the expected value, with the opposite "
            "sign");
}

// A submission's result is never trusted: points of the wrong size, not finite, an empty path.
TEST(FirstDifference, AnyResultIsDescribedWithoutACrash) {
  const Expected e = expected_descent(bowl(), start2);
  Path wrong_size = e.outcome.path;
  wrong_size[3] = Vector::Zero(5);
  EXPECT_NE(first_difference(with_path(wrong_size), e).find("gives a point of 5 entries, expected 2"),
            std::string::npos);
  Path blown = e.outcome.path;
  for (std::size_t k = 5; k < blown.size(); ++k) blown[k] = Vector::Constant(2, NAN);
  EXPECT_NE(first_difference(with_path(blown), e).find("ends at (nan, nan)"), std::string::npos);
  Path goes_off = e.outcome.path;
  for (std::size_t k = 2; k < goes_off.size(); ++k) goes_off[k] *= k < 6 ? 2.0 : INFINITY;
  EXPECT_NE(first_difference(with_path(goes_off), e).find("then your point 6 is not finite"), std::string::npos)
      << first_difference(with_path(goes_off), e);
  EXPECT_EQ(first_difference(with_path({}), e), "your path is empty");
  EXPECT_EQ(first_difference(with_path(e.outcome.path), e), "");
  Outcome wrong_gradient;
  wrong_gradient.gradient = Vector::Zero(3);
  Expected g;
  g.outcome.gradient = Vector::Zero(2);
  EXPECT_EQ(first_difference(wrong_gradient, g), "your gradient has 3 entries, expected 2");
}

TEST(FirstDifference, RatiosHaveDigitsEnoughToTellThemFromOne) {
  EXPECT_EQ(ratio_text(2), "2.0");
  EXPECT_EQ(ratio_text(0.25), "0.25");
  EXPECT_EQ(ratio_text(25.0 / 24), "1.042");  // n / (n - 1) for n = 25
  EXPECT_EQ(ratio_text(200), "200");
  EXPECT_EQ(ratio_text(-1), "-1.0");
}

}  // namespace
}  // namespace gdlab::grading
