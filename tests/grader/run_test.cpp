// `gdlab run` against numpy (the acceptance runs) and its argument errors.
#include <gtest/gtest.h>

#include <sstream>

#include "commands/run.hpp"
#include "expected.hpp"

namespace gdlab::commands {
namespace {

struct Output {
  int code;
  std::string out, err;
};

Output call(const RunArgs& args) {
  std::ostringstream out, err;
  const int code = run(args, out, err);
  return {code, out.str(), err.str()};
}

void expect_json_path(const std::string& json, const nlohmann::json& want_path, int steps) {
  const auto j = nlohmann::json::parse(json);
  EXPECT_EQ(j["status"], "max_steps");
  EXPECT_EQ(j["steps"], steps);
  const auto got = testing::path(j["path"]), want = testing::path(want_path);
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t k = 0; k < got.size(); ++k)
    EXPECT_LE((got[k] - want[k]).cwiseAbs().maxCoeff(), 1e-12) << "iterate " << k;
  EXPECT_EQ(j["loss"].size(), got.size());
  EXPECT_EQ(j["grad_norm"].size(), got.size());
}

TEST(RunCommand, Problem2MatchesNumpy) {
  const auto r = call({.objective = "quadratic1d(a=1,c=3,d=5)", .lr = 0.1, .steps = 30, .x0 = {0.0}, .format = "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  expect_json_path(r.out, testing::course()["problem2"]["path"], 30);
}

TEST(RunCommand, Problem5MatchesNumpy) {
  const auto r = call({.objective = "problem5(seed=42,n=200)", .lr = 0.05, .steps = 200, .format = "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  expect_json_path(r.out, testing::course()["problem5"]["path"], 200);
}

TEST(RunCommand, DivergenceIsAStatusAndJsonStaysValid) {
  const auto r = call({.objective = "quadratic1d", .lr = 1.1, .steps = 100000, .format = "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["status"], "diverged");
}

TEST(RunCommand, CsvHasAHeaderAndOneRowPerIterate) {
  const auto r = call({.objective = "valley", .steps = 5, .format = "csv"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string header;
  std::getline(lines, header);
  EXPECT_EQ(header, "step,theta_0,theta_1,loss,grad_norm");
  int rows = 0;
  for (std::string line; std::getline(lines, line);) ++rows;
  EXPECT_EQ(rows, 6);
}

TEST(RunCommand, TextShowsStatusAndFinalTheta) {
  const auto r = call({.objective = "valley", .lr = 0.2, .steps = 500, .tol = 1e-4});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("status: converged after 94 steps"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Final theta = ["), std::string::npos) << r.out;
}

TEST(RunCommand, StochasticRuns) {
  const auto r = call({.objective = "problem5", .lr = 0.01, .batch_size = 10L, .epochs = 5, .format = "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["steps"], 5 * 20);
}

TEST(RunCommand, BadArgumentsGiveOneLineNamingTheArgumentAndExit2) {
  const std::vector<std::pair<RunArgs, std::string>> cases = {
      {{.objective = "nope"}, "unknown objective 'nope'"},
      {{.lr = -0.1}, "--lr"},
      {{.steps = -3}, "--steps"},
      {{.tol = -1}, "--tol"},
      {{.x0 = {1, 2, 3}}, "--x0 has 3 values"},
      {{.format = "xml"}, "--format"},
      {{.optimizer = "momentum(beta=2)"}, "beta"},
      {{.objective = "valley", .batch_size = 4L}, "--batch-size"},
      {{.schedule = "cosine(total=0)"}, "total"},
  };
  for (const auto& [args, needle] : cases) {
    const auto r = call(args);
    EXPECT_EQ(r.code, 2) << needle;
    EXPECT_TRUE(r.out.empty()) << needle;
    EXPECT_NE(r.err.find(needle), std::string::npos) << "wanted '" << needle << "' in: " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
}

}  // namespace
}  // namespace gdlab::commands
