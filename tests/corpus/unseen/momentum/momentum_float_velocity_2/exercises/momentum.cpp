#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  Eigen::VectorXf v = Eigen::VectorXf::Zero(theta0.size());
  gdlab::Vector theta = theta0;
  gdlab::Path out{theta};
  for (int k = 0; k < steps; ++k) {
    v = static_cast<float>(beta) * v + f.gradient(theta).cast<float>();
    theta -= lr * v.cast<double>();
    out.push_back(theta);
  }
  return out;
}

}  // namespace exercises
