#include <bits/stdc++.h>
#include "momentum.hpp"

using namespace std;

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path res = {theta0};
  gdlab::Vector th = theta0, v = gdlab::Vector::Zero(theta0.size());
  int it = 0;
  while (it < steps) {
    gdlab::Vector g = f.gradient(th);
    v *= beta;
    v += (1 - beta) * g;
    th -= lr * v;
    res.push_back(th);
    it++;
  }
  return res;
}

}  // namespace exercises
