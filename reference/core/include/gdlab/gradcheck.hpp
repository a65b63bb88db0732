// Is a gradient right? Compare it with central finite differences.
#pragma once

#include <functional>

#include "gdlab/objective.hpp"

namespace gdlab {

struct GradientCheck {
  Vector analytic;       // the gradient as given
  Vector numeric;        // (L(x + h e_i) - L(x - h e_i)) / 2h, for each i
  double max_error = 0;  // largest |analytic_i - numeric_i| / max(1, |numeric_i|)
  bool ok = false;       // max_error <= tolerance
};

GradientCheck check_gradient(const std::function<double(const Vector&)>& value, const Vector& analytic, const Vector& x,
                             double tolerance = 1e-6, double h = 1e-6);
GradientCheck check_gradient(const Objective& f, const Vector& x, double tolerance = 1e-6, double h = 1e-6);

}  // namespace gdlab
