#include <bits/stdc++.h>
#include "gd_1d.hpp"
using namespace std;

namespace exercises {

static void descend(const gdlab::Function1D& f, double x, double lr, int left, vector<double>& out) {
  if (left == 0) return;
  double nx = x - lr * f.derivative(x);
  out.push_back(nx);
  descend(f, nx, lr, left - 1, out);
}

vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  vector<double> out;
  descend(f, x0, lr, steps, out);
  return out;
}

}  // namespace exercises
