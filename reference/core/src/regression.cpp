#include "gdlab/regression.hpp"

#include <fmt/format.h>

#include <memory>
#include <stdexcept>

namespace gdlab {

LinearRegression::LinearRegression(Matrix X, Vector y, bool intercept, MseScale scale)
    : X_(std::move(X)), y_(std::move(y)), intercept_(intercept), scale_(scale) {
  if (X_.rows() != y_.size())
    throw std::invalid_argument(
        fmt::format("LinearRegression: X has {} rows but y has {} values", X_.rows(), y_.size()));
  if (X_.rows() == 0) throw std::invalid_argument("LinearRegression: no examples");
}

Vector LinearRegression::predict(const Vector& theta) const {
  if (theta.size() != dim())
    throw std::invalid_argument(
        fmt::format("LinearRegression: theta has {} entries, expected {}", theta.size(), dim()));
  Vector out = X_ * theta.head(X_.cols());
  if (intercept_) out.array() += theta(X_.cols());
  return out;
}

double LinearRegression::loss(const Vector& theta) const {
  const Vector r = predict(theta) - y_;
  const double mean_sq = r.squaredNorm() / static_cast<double>(examples());
  return scale_ == MseScale::mean ? mean_sq : 0.5 * mean_sq;
}

namespace {

// d/dtheta of (c/n) sum r_i^2 over the chosen rows is (2c/n) [X^T r; sum r].
Vector gradient_from_residual(const Matrix& X, const Vector& r, bool intercept, double factor) {
  Vector g(X.cols() + (intercept ? 1 : 0));
  g.head(X.cols()).noalias() = factor * (X.transpose() * r);
  if (intercept) g(X.cols()) = factor * r.sum();
  return g;
}

double factor(MseScale scale, Index n) { return (scale == MseScale::mean ? 2.0 : 1.0) / static_cast<double>(n); }

}  // namespace

Vector LinearRegression::gradient(const Vector& theta) const {
  const Vector r = predict(theta) - y_;
  return gradient_from_residual(X_, r, intercept_, factor(scale_, examples()));
}

Vector LinearRegression::batch_gradient(const Vector& theta, std::span<const Index> rows) const {
  if (rows.empty()) throw std::invalid_argument("LinearRegression::batch_gradient: no rows");
  Matrix Xb(static_cast<Index>(rows.size()), X_.cols());
  Vector yb(static_cast<Index>(rows.size()));
  for (Index k = 0; k < Xb.rows(); ++k) {
    Xb.row(k) = X_.row(rows[k]);
    yb(k) = y_(rows[k]);
  }
  Vector r = Xb * theta.head(X_.cols()) - yb;
  if (intercept_) r.array() += theta(X_.cols());
  return gradient_from_residual(Xb, r, intercept_, factor(scale_, Xb.rows()));
}

Vector LinearRegression::solve() const {
  Matrix A(X_.rows(), dim());
  A.leftCols(X_.cols()) = X_;
  if (intercept_) A.col(X_.cols()).setOnes();
  return A.colPivHouseholderQr().solve(y_);
}

Objective LinearRegression::objective() const {
  auto self = std::make_shared<const LinearRegression>(*this);
  Objective o;
  o.name = fmt::format("linear regression, {} examples, {} MSE{}", examples(),
                       scale_ == MseScale::mean ? "1/N" : "1/(2N)", intercept_ ? ", with intercept" : "");
  o.dim = dim();
  o.value = [self](const Vector& t) { return self->loss(t); };
  o.gradient = [self](const Vector& t) { return self->gradient(t); };
  o.minima = {solve()};
  return o;
}

SeparableObjective separable(const LinearRegression& problem) {
  auto self = std::make_shared<const LinearRegression>(problem);
  SeparableObjective s;
  s.full = problem.objective();
  s.examples = problem.examples();
  s.batch_gradient = [self](const Vector& t, std::span<const Index> rows) { return self->batch_gradient(t, rows); };
  return s;
}

}  // namespace gdlab
