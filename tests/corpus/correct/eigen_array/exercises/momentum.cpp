// Correct: momentum on Eigen::ArrayXd (element-wise), converting to Vector only to call the
// gradient and to store the path.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  Eigen::ArrayXd theta = theta0.array(), v = Eigen::ArrayXd::Zero(theta0.size());
  gdlab::Path path{theta0};
  for (int k = 0; k < steps; ++k) {
    v = beta * v + f.gradient(theta.matrix()).array();
    theta -= lr * v;
    path.push_back(theta.matrix());
  }
  return path;
}

}  // namespace exercises
