#include "gdlab/objectives.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

namespace gdlab {
namespace {

Vector point(double x, double y) { return Vector{{x, y}}; }

}  // namespace

Function1D quadratic_1d(double a, double c, double d) {
  if (!(a > 0)) throw std::invalid_argument("quadratic_1d: a must be positive (a > 0 has a minimum)");
  Function1D f;
  f.name = fmt::format("{}(x - {})^2 + {}", a == 1 ? "" : fmt::format("{} ", a), c, d);
  f.value = [a, c, d](double x) { return a * (x - c) * (x - c) + d; };
  f.derivative = [a, c](double x) { return 2 * a * (x - c); };
  f.minimum_at = c;
  return f;
}

Objective quadratic_2d(double a, double b) {
  Objective o;
  o.name = fmt::format("{} x^2 + {} y^2", a, b);
  o.dim = 2;
  o.value = [a, b](const Vector& t) { return a * t(0) * t(0) + b * t(1) * t(1); };
  o.gradient = [a, b](const Vector& t) { return point(2 * a * t(0), 2 * b * t(1)); };
  if (a > 0 && b > 0) o.minima = {point(0, 0)};
  return o;
}

Objective bowl() {
  Objective o = quadratic_2d(1, 1);
  o.name = "bowl: x^2 + y^2";
  return o;
}

Objective ellipse() {
  Objective o = quadratic_2d(1, 4);
  o.name = "ellipse: x^2 + 4 y^2";
  // The chapter writes the gradient as (2x, 8y); the same numbers as quadratic_2d's.
  return o;
}

Objective valley() {
  Objective o = quadratic_2d(0.25, 4);
  o.name = "valley: 0.25 x^2 + 4 y^2";
  // §10 writes grad = (0.5 x, 8 y); 2 * 0.25 * x is exactly 0.5 * x in floating point.
  return o;
}

Objective saddle() {
  Objective o = quadratic_2d(1, -1);
  o.name = "saddle: x^2 - y^2";
  return o;
}

Objective himmelblau() {
  Objective o;
  o.name = "himmelblau: (x^2 + y - 11)^2 + (x + y^2 - 7)^2";
  o.dim = 2;
  o.value = [](const Vector& t) {
    const double u = t(0) * t(0) + t(1) - 11, v = t(0) + t(1) * t(1) - 7;
    return u * u + v * v;
  };
  o.gradient = [](const Vector& t) {
    const double x = t(0), y = t(1);
    const double u = x * x + y - 11, v = x + y * y - 7;
    return point(4 * x * u + 2 * v, 2 * u + 4 * y * v);
  };
  // One exact minimum and three found numerically (each a root of the gradient to 1e-14).
  o.minima = {point(3.0, 2.0), point(-2.805118086952745, 3.131312518250573),
              point(-3.779310253377747, -3.283185991286170), point(3.584428340330492, -1.848126526964404)};
  return o;
}

Objective rosenbrock(double a, double b) {
  Objective o;
  o.name = fmt::format("rosenbrock: ({} - x)^2 + {} (y - x^2)^2", a, b);
  o.dim = 2;
  o.value = [a, b](const Vector& t) {
    const double p = a - t(0), q = t(1) - t(0) * t(0);
    return p * p + b * q * q;
  };
  o.gradient = [a, b](const Vector& t) {
    const double x = t(0), q = t(1) - x * x;
    return point(-2 * (a - x) - 4 * b * x * q, 2 * b * q);
  };
  o.minima = {point(a, a * a)};
  return o;
}

}  // namespace gdlab
