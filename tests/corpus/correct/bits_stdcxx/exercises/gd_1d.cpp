// Correct: a competitive programmer's habits: <bits/stdc++.h> first, using namespace std,
// and a vector sized up front.
#include <bits/stdc++.h>
#include "gd_1d.hpp"
using namespace std;

namespace exercises {

vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  vector<double> xs(steps + 1);
  xs[0] = x0;
  for (int i = 1; i <= steps; i++) xs[i] = xs[i - 1] - lr * f.derivative(xs[i - 1]);
  return xs;
}

}  // namespace exercises
