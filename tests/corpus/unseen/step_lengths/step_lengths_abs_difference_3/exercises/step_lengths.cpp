#include <bits/stdc++.h>
#include "step_lengths.hpp"
using namespace std;

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths ans;
  double cur = x0;
  ans.path.push_back(cur);
  for (int i = 0; i < steps; i++) {
    double nxt = cur - lr * f.derivative(cur);
    double dist = abs(nxt) - abs(cur);
    ans.lengths.push_back(dist);
    ans.path.push_back(nxt);
    cur = nxt;
  }
  return ans;
}

}  // namespace exercises
