// The named mistakes by family, for mistakes.cpp's table: the loops on an objective and
// Problem 5's (mistakes_descent.cpp), "Rolling Downhill"'s (mistakes_rolling.cpp).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "grading/mistakes.hpp"

namespace gdlab::grading {

std::vector<Mistake> descent_mistakes(const std::string& entry);  // gd_1d, gd_2d, gd_2d_until, momentum
std::vector<Mistake> linreg_mistakes(const std::string& entry);   // mse_loss, mse_gradient, linreg_gd
std::vector<Mistake> rolling_mistakes(const std::string& entry);  // compute_cost, compute_gradients, train, sweep

// Within 1e-9 + 1e-6 relative: what "the student's result matches a mistake" means.
bool close(double a, double b);
bool close(const Vector& a, const Vector& b);

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
