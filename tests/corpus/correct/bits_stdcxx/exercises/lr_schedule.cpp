// Correct: <bits/stdc++.h> and using namespace std, pi as acos(-1.0), the decay exponent as a
// double made from the integer division, and auto everywhere.
#include <bits/stdc++.h>
#include "lr_schedule.hpp"
using namespace std;

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path res{theta0};
  auto th = theta0;
  for (int it = 0; it < steps; it++) {
    double e = it / every;  // integer division first, then to double
    auto g = f.gradient(th);
    th = th - lr * pow(factor, e) * g;
    res.push_back(th);
  }
  return res;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  const double PI = acos(-1.0);
  gdlab::Path res{theta0};
  auto th = theta0;
  for (int it = 0; it < steps; it++) {
    double a = lr_min + (lr - lr_min) * (1 + cos(PI * it / steps)) / 2;
    th = th - a * f.gradient(th);
    res.push_back(th);
  }
  return res;
}

}  // namespace exercises
