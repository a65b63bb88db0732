// The named mistakes by family, for the problems that share them: the loops on an objective and
// Problem 5's regression (mistakes_descent.cpp); and what every family's mistakes share.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "grading/mistakes.hpp"

namespace gdlab::grading {

// A descent loop on an objective from x0 with lr and steps (or, until: max_steps and tol).
struct DescentShape {
  bool momentum = false;     // the heavy ball, with input beta
  bool until = false;        // §10's loop: stops once |g| < tol, after the step
  bool coordinates = false;  // more than one coordinate: they can be updated one after the other
};
std::vector<Mistake> descent_mistakes(const DescentShape& shape);

// Problem 5's regression without intercept, on input data: the MSE, its gradient, the loop.
enum class RegressionPart { loss, gradient, loop };
std::vector<Mistake> regression_mistakes(RegressionPart part);

// Within 1e-9 + rtol relative (loose_rtol: what "the student's result matches a mistake" means).
bool close(double a, double b, double rtol = loose_rtol);
bool close(const Vector& a, const Vector& b, double rtol = loose_rtol);

// The right result cut short where the gradient had become small (below 1e-3 at its last point
// or the one before): a loop that stops once the slope is small, whatever its threshold.
bool cut_short_where_gradient_small(const Outcome& student, const Outcome& right,
                                    const std::function<Vector(const Vector&)>& gradient);

// The threshold of the early stop's own run: the smallest students write, so a test that
// catches it catches any larger one (a larger threshold stops no later).
constexpr double early_stop_threshold = 1e-12;

// The early stop's title and hint, shared by every loop that has none.
Mistake stops_early(const std::string& what, std::function<Outcome(const Inputs&)> run,
                    std::function<bool(const Inputs&, const Outcome&)> matches);

}  // namespace gdlab::grading
