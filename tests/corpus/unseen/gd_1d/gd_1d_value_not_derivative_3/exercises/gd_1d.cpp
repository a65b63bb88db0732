#include <bits/stdc++.h>
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> p = {x0};
  for (int k = 0; k < steps; k++) p.push_back(p.back() - lr * f.value(p.back()));
  return p;
}

}  // namespace exercises
