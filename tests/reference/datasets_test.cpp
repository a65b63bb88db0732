#include <gtest/gtest.h>

#include "expected.hpp"
#include "gdlab/datasets.hpp"

namespace gdlab {
namespace {

TEST(Datasets, RollingDownhillIsTheTextsData) {
  const auto& want = testing::course()["rolling_downhill"];
  const Dataset d = rolling_downhill();
  EXPECT_EQ(d.X, testing::vector(want["X"]));
  EXPECT_EQ(d.y, testing::vector(want["y"]));  // elementwise numpy ops: bit for bit
}

TEST(Datasets, Problem5IsTheChaptersData) {
  const auto& want = testing::course()["problem5"];
  const Dataset d = problem5();
  EXPECT_EQ(d.X, testing::matrix(want["X"]));
  // y = X @ beta goes through BLAS in numpy; the sums may round differently in the last bit.
  EXPECT_LT((d.y - testing::vector(want["y"])).cwiseAbs().maxCoeff(), 1e-14);
  EXPECT_EQ(problem5_true_beta(), testing::vector(want["true_beta"]));
}

TEST(Datasets, SyntheticLinearMatchesNumpyForOtherSizes) {
  const auto& want = testing::course()["problem5_variants"][0];
  const Dataset d = synthetic_linear(want["seed"].get<std::uint32_t>(), want["n"].get<Index>(),
                                     testing::vector(want["true_beta"]), want["noise"].get<double>());
  EXPECT_EQ(d.X, testing::matrix(want["X"]));
  EXPECT_LT((d.y - testing::vector(want["y"])).cwiseAbs().maxCoeff(), 1e-14);
}

TEST(Datasets, OtherSeedsGiveOtherData) {
  EXPECT_NE(rolling_downhill(1).y, rolling_downhill(42).y);
  EXPECT_EQ(rolling_downhill(7, 25).y.size(), 25);
}

}  // namespace
}  // namespace gdlab
