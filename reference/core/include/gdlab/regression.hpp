// Mean squared error for linear regression, with the two scalings the course uses.
#pragma once

#include <span>

#include "gdlab/objective.hpp"

namespace gdlab {

// The two texts scale the squared error differently; each name says which one.
enum class MseScale {
  mean,       // L = 1/N   sum (x_i^T theta - y_i)^2, gradient (2/N) X^T r  (Chapter 6, Problem 5)
  half_mean,  // J = 1/(2N) sum (x_i^T theta - y_i)^2, gradient (1/N) X^T r  ("Rolling Downhill")
};

// Linear regression over rows of X. With an intercept, theta = (w_1, ..., w_p, b): bias last.
class LinearRegression {
 public:
  LinearRegression(Matrix X, Vector y, bool intercept, MseScale scale);

  Index dim() const { return X_.cols() + (intercept_ ? 1 : 0); }
  Index examples() const { return X_.rows(); }
  const Matrix& X() const { return X_; }
  const Vector& y() const { return y_; }
  bool intercept() const { return intercept_; }
  MseScale scale() const { return scale_; }

  Vector predict(const Vector& theta) const;  // X w (+ b)
  double loss(const Vector& theta) const;
  Vector gradient(const Vector& theta) const;
  // The same gradient averaged over the given rows only (one row: SGD; a few: a mini-batch).
  Vector batch_gradient(const Vector& theta, std::span<const Index> rows) const;
  // The minimiser, from the normal equations (least squares), for checking where GD ends up.
  Vector solve() const;

  Objective objective() const;  // copies the data into the returned callables

 private:
  Matrix X_;
  Vector y_;
  bool intercept_;
  MseScale scale_;
};

// A loss that is an average over examples, so SGD can take the gradient of a few of them.
struct SeparableObjective {
  Objective full;
  Index examples = 0;
  std::function<Vector(const Vector&, std::span<const Index>)> batch_gradient;
};

SeparableObjective separable(const LinearRegression& problem);

}  // namespace gdlab
