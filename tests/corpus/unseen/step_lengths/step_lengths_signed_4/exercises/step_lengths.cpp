#include <bits/stdc++.h>
#include "step_lengths.hpp"

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths s;
  double x = x0;
  s.path.push_back(x);
  for (int i = 0; i < steps; ++i) {
    double step = -lr * f.derivative(x);
    x += step;
    s.path.push_back(x);
    s.lengths.push_back(step);
  }
  return s;
}

}  // namespace exercises
