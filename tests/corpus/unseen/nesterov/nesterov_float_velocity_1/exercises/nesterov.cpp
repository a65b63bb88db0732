#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector theta = theta0;
  Eigen::VectorXf v = Eigen::VectorXf::Zero(theta0.size());
  gdlab::Path path{theta};
  const float b = static_cast<float>(beta);
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector ahead = theta - lr * beta * v.cast<double>();
    v = b * v + f.gradient(ahead).cast<float>();
    theta -= lr * v.cast<double>();
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
