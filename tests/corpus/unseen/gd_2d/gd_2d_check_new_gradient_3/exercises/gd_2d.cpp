#include <bits/stdc++.h>
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path hist;
  gdlab::Vector t = theta0;
  hist.push_back(t);
  for (int i = 0; i < steps; i++) {
    t -= lr * f.gradient(t);
    hist.push_back(t);
  }
  return hist;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop es;
  gdlab::Vector t = theta0;
  es.path.push_back(t);
  int i = 0;
  bool done = false;
  while (i < max_steps && !done) {
    t = t - lr * f.gradient(t);
    es.path.push_back(t);
    i++;
    double gnorm = f.gradient(t).norm();
    if (gnorm < tol) done = true;
  }
  es.steps = i;
  es.converged = done;
  return es;
}

}  // namespace exercises
