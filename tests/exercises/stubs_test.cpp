// The untouched stubs compile, run, and say "not implemented" for each entry point.
#include <gtest/gtest.h>

#include "gd_1d.hpp"
#include "gd_2d.hpp"
#include "linreg.hpp"
#include "momentum.hpp"
#include "wb_regression.hpp"

namespace exercises {
namespace {

template <class F>
std::string not_implemented(F call) {
  try {
    call();
  } catch (const gdlab::NotImplemented& e) {
    return e.exercise();
  }
  return "returned normally";
}

TEST(Stubs, EveryEntryPointReportsNotImplementedByName) {
  const gdlab::Matrix X = gdlab::Matrix::Ones(4, 2);
  const gdlab::Vector y = gdlab::Vector::Ones(4), v = gdlab::Vector::Zero(2);
  EXPECT_EQ(not_implemented([] { gd_1d(gdlab::quadratic_1d(1, 3, 5), 0, 0.1, 3); }), "gd_1d");
  EXPECT_EQ(not_implemented([&] { gd_2d(gdlab::ellipse(), v, 0.1, 3); }), "gd_2d");
  EXPECT_EQ(not_implemented([&] { gd_2d_until(gdlab::ellipse(), v, 0.1, 3, 1e-4); }), "gd_2d_until");
  EXPECT_EQ(not_implemented([&] { momentum(gdlab::ellipse(), v, 0.1, 0.9, 3); }), "momentum");
  EXPECT_EQ(not_implemented([&] { mse_loss(X, y, v); }), "mse_loss");
  EXPECT_EQ(not_implemented([&] { mse_gradient(X, y, v); }), "mse_gradient");
  EXPECT_EQ(not_implemented([&] { linreg_gd(X, y, 0.1, 3); }), "linreg_gd");
  EXPECT_EQ(not_implemented([&] { compute_cost(y, y, 0, 0); }), "compute_cost");
  EXPECT_EQ(not_implemented([&] { compute_gradients(y, y, 0, 0); }), "compute_gradients");
  EXPECT_EQ(not_implemented([&] { train(y, y, 0, 0, 0.1, 3); }), "train");
  EXPECT_EQ(not_implemented([&] { sweep(y, y, {0.1}, 3, 0.05); }), "sweep");
}

}  // namespace
}  // namespace exercises
