// Correct: <bits/stdc++.h> first and using namespace std, momentum with Eigen expressions
// and the loop index as long long.
#include <bits/stdc++.h>
#include "momentum.hpp"
using namespace std;

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path res;
  gdlab::Vector th = theta0, v = gdlab::Vector::Zero(theta0.size());
  res.push_back(th);
  for (long long it = 0; it < steps; it++) {
    auto g = f.gradient(th);
    v = beta * v + g;
    th = th - lr * v;
    res.push_back(th);
  }
  return res;
}

}  // namespace exercises
