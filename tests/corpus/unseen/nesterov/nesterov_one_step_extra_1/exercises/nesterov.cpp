#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  while (path.size() <= static_cast<std::size_t>(steps + 1)) {
    const gdlab::Vector theta = path.back();
    v = beta * v + f.gradient(theta - lr * beta * v);
    path.push_back(theta - lr * v);
  }
  return path;
}

}  // namespace exercises
