// Correct: heavy-ball momentum in a while loop, with compound assignments (v *= beta; v += g)
// that build the course's update in two statements.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta.size());
  gdlab::Path path{theta};
  int k = 0;
  while (k < steps) {
    gdlab::Vector g = f.gradient(theta);
    v *= beta;
    v += g;
    theta -= lr * v;
    path.push_back(theta);
    ++k;
  }
  return path;
}

}  // namespace exercises
