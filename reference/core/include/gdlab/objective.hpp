// A function to minimise, given as its value and its gradient.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "gdlab/types.hpp"

namespace gdlab {

// A loss L(theta) on R^dim with its gradient.
struct Objective {
  std::string name;  // e.g. "valley: 0.25 x^2 + 4 y^2"
  Index dim = 0;
  std::function<double(const Vector&)> value;     // L(theta)
  std::function<Vector(const Vector&)> gradient;  // the gradient of L at theta
  std::vector<Vector> minima;                     // known minimisers, where the maths gives them

  double operator()(const Vector& theta) const { return value(theta); }
};

// A function of one variable, given as f and its derivative f'.
struct Function1D {
  std::string name;                          // e.g. "(x - 3)^2 + 5"
  std::function<double(double)> value;       // f(x)
  std::function<double(double)> derivative;  // f'(x)
  double minimum_at = 0;                     // the minimiser, where there is one

  double operator()(double x) const { return value(x); }
};

// The same function seen as an Objective on R^1, so the optimisers can run on it.
Objective as_objective(const Function1D& f);

}  // namespace gdlab
