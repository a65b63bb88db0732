#include "gdlab/gradcheck.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gdlab {

GradientCheck check_gradient(const std::function<double(const Vector&)>& value, const Vector& analytic, const Vector& x,
                             double tolerance, double h) {
  if (analytic.size() != x.size()) throw std::invalid_argument("check_gradient: the gradient and x differ in size");
  GradientCheck out;
  out.analytic = analytic;
  out.numeric.resize(x.size());
  Vector probe = x;
  for (Index i = 0; i < x.size(); ++i) {
    const double step = h * std::max(1.0, std::abs(x(i)));  // relative step for large x
    probe(i) = x(i) + step;
    const double up = value(probe);
    probe(i) = x(i) - step;
    const double down = value(probe);
    probe(i) = x(i);
    out.numeric(i) = (up - down) / (2 * step);
    const double err = std::abs(analytic(i) - out.numeric(i)) / std::max(1.0, std::abs(out.numeric(i)));
    out.max_error = std::isnan(err) ? err : std::max(out.max_error, err);
  }
  out.ok = out.max_error <= tolerance;  // false for NaN
  return out;
}

GradientCheck check_gradient(const Objective& f, const Vector& x, double tolerance, double h) {
  return check_gradient(f.value, f.gradient(x), x, tolerance, h);
}

}  // namespace gdlab
