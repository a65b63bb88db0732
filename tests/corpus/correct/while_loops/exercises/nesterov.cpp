// Correct: Nesterov in a while loop, the look-ahead point kept in a variable of its own and the
// velocity and theta updated with compound assignments.
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta.size());
  gdlab::Path path;
  path.push_back(theta);
  int k = 0;
  while (k < steps) {
    gdlab::Vector ahead = theta - lr * beta * v;
    gdlab::Vector g = f.gradient(ahead);
    v *= beta;
    v += g;
    theta -= lr * v;
    path.push_back(theta);
    k++;
  }
  return path;
}

}  // namespace exercises
