// `gdlab lab` and the regimes it names: Figure 6.3 on the valley, measured from the paths,
// and the command's output and page.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "commands/lab.hpp"
#include "feedback/lab.hpp"
#include "feedback/regime.hpp"

namespace gdlab::feedback {
namespace {

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

Path path_of(std::initializer_list<std::initializer_list<double>> points) {
  Path p;
  for (const auto& row : points) {
    Vector v(static_cast<Index>(row.size()));
    Index i = 0;
    for (double x : row) v(i++) = x;
    p.push_back(v);
  }
  return p;
}

TEST(Lab, DefaultsAreFigure63) {
  const LabSetup s;
  EXPECT_EQ(s.objective, "valley");
  EXPECT_EQ(s.optimizer, "gd");
  EXPECT_EQ(s.rates, (std::vector<double>{0.009, 0.03, 0.075, 0.15}));
  EXPECT_EQ(s.steps, 80);
  const Lab lab = run_lab(s);
  EXPECT_EQ(lab.x0, (Vector{{3.5, 1.1}}));                               // Figure 6.2's readout and section 10's start
  EXPECT_DOUBLE_EQ(lab.runs.front().result.trace.loss.front(), 7.9025);  // as Figure 6.2 shows
}

// The regimes the chapter names for Figure 6.3, computed from the runs. The final losses are
// numpy's (the same loop in numpy 1.24.2), so the picture rests on what the code computes.
TEST(Lab, Figure63RegimesOnTheValley) {
  const Lab lab = run_lab({});
  ASSERT_EQ(lab.runs.size(), 4u);
  const double numpy_final[] = {1.4882896647084287, 0.27281797245848355, 0.006763853713746888, 1.171529787782896e-05};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(lab.runs[i].result.steps, 80);
    EXPECT_NEAR(lab.runs[i].result.loss, numpy_final[i], 1e-12 * numpy_final[i]) << lab.runs[i].lr;
  }
  EXPECT_EQ(lab.runs[0].regime, Regime::crawls);          // 18.8% of the gap left
  EXPECT_EQ(lab.runs[1].regime, Regime::converges);       // 3.45% left
  EXPECT_EQ(lab.runs[2].regime, Regime::converges_fast);  // 0.086% left
  EXPECT_TRUE(lab.runs[3].regime == Regime::oscillates || lab.runs[3].regime == Regime::diverges);
  // What the text does not say: y = 1.1 (1 - 8 lr)^k flips sign every step at lr 0.15, but
  // shrinks 5x a step, so the run still ends lowest of the four; it diverges only past 0.25.
  EXPECT_EQ(lab.runs[3].regime, Regime::oscillates);
  EXPECT_LT(lab.runs[3].result.loss, lab.runs[2].result.loss);
}

TEST(Lab, ALargerRateOnTheValleyDiverges) {
  const Lab lab = run_lab({.rates = {0.26, 0.3}});
  for (const auto& r : lab.runs) EXPECT_EQ(r.regime, Regime::diverges) << r.lr;
}

TEST(Regime, ClassifiesHandMadeRuns) {
  const double nan = std::nan("");
  // Non-finite, or ending above the start: diverges.
  EXPECT_EQ(classify_regime(std::vector{1.0, nan}, path_of({{1}, {nan}}), 0.0), Regime::diverges);
  EXPECT_EQ(classify_regime(std::vector{1.0, 0.5, 2.0}, path_of({{1}, {0.7}, {1.4}}), 0.0), Regime::diverges);
  // A zigzag whose loss still falls: oscillates (1D, lr 0.9 on (x - 3)^2: x - 3 = -3 (-0.8)^k).
  EXPECT_EQ(classify_regime(std::vector{9.0, 5.76, 3.69, 2.36}, path_of({{0}, {5.4}, {1.08}, {4.54}}), 0.0),
            Regime::oscillates);
  // Monotone runs by how much of the gap they closed.
  EXPECT_EQ(classify_regime(std::vector{10.0, 5.0, 2.0}, path_of({{3}, {2}, {1.4}}), 0.0), Regime::crawls);
  EXPECT_EQ(classify_regime(std::vector{10.0, 5.0, 0.5}, path_of({{3}, {2}, {0.7}}), 0.0), Regime::converges);
  EXPECT_EQ(classify_regime(std::vector{10.0, 1.0, 0.05}, path_of({{3}, {1}, {0.2}}), 0.0), Regime::converges_fast);
  // Measured against the optimum's loss, not against zero: (x - 3)^2 + 5 from 0.
  EXPECT_EQ(classify_regime(std::vector{14.0, 10.0, 8.0}, path_of({{0}, {1}, {1.3}}), 5.0), Regime::crawls);
  EXPECT_EQ(classify_regime(std::vector{14.0, 5.0, 5.0}, path_of({{0}, {3}, {3}}), 5.0), Regime::converges_fast);
  EXPECT_EQ(classify_regime(std::vector<double>{}, Path{}, 0.0), Regime::crawls);
}

TEST(Regime, ASaddleRunningDownhillForeverDiverges) {
  const Lab lab = run_lab({.objective = "saddle", .rates = {0.1}, .steps = 40});
  EXPECT_EQ(lab.runs[0].regime, Regime::diverges);
}

struct TempPath {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("gdlab_lab_" + std::to_string(getpid()) + ".html");
  ~TempPath() { std::filesystem::remove(path); }
  std::string read() const {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
};

TEST(LabCommand, PrintsOneLinePerRateAndWritesThePage) {
  TempPath page;
  std::ostringstream out, err;
  ASSERT_EQ(commands::lab({.out = page.path.string()}, out, err), 0) << err.str();
  std::istringstream lines(out.str());
  std::vector<std::string> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(line);
  ASSERT_EQ(rows.size(), 5u) << out.str();
  EXPECT_EQ(rows[0].rfind("lr 0.009", 0), 0u) << rows[0];
  EXPECT_NE(rows[0].find("crawls"), std::string::npos);
  EXPECT_NE(rows[1].find("converges"), std::string::npos);
  EXPECT_NE(rows[2].find("converges fast"), std::string::npos);
  EXPECT_NE(rows[3].find("oscillates"), std::string::npos);
  EXPECT_EQ(rows[4], "wrote " + page.path.string());
  const std::string html = page.read();
  EXPECT_EQ(occurrences(html, "class=\"lab-path run-"), 4u);
  EXPECT_EQ(occurrences(html, "class=\"lab-loss run-"), 4u);
  EXPECT_GT(occurrences(html, "class=\"contour\""), 0u);
  EXPECT_EQ(occurrences(html, "<svg"), occurrences(html, "</svg>"));
  EXPECT_NE(html.find("(log scale)"), std::string::npos);
  EXPECT_NE(html.find("lr = 0.15: oscillates"), std::string::npos);  // the legend names regimes
}

TEST(LabCommand, OneDimensionalObjectivesDrawTheirCurve) {
  TempPath page;
  std::ostringstream out, err;
  commands::LabArgs args{
      .setup = {.objective = "quadratic1d(a=1,c=3,d=5)", .rates = {0.01, 0.1, 0.9, 1.1}, .x0 = {0}, .steps = 30},
      .out = page.path.string()};
  ASSERT_EQ(commands::lab(args, out, err), 0) << err.str();
  const std::string html = page.read();
  EXPECT_NE(html.find("class=\"function-curve\""), std::string::npos);
  EXPECT_EQ(occurrences(html, "class=\"lab-path run-"), 4u);
  EXPECT_NE(out.str().find("lr 1.1"), std::string::npos);
  EXPECT_NE(out.str().find("diverges"), std::string::npos);
}

TEST(LabCommand, AnyOptimiserOfTheCatalog) {
  TempPath page;
  std::ostringstream out, err;
  commands::LabArgs args{
      .setup = {.objective = "rosenbrock", .optimizer = "momentum(beta=0.9)", .rates = {1e-4, 5e-4}, .steps = 300},
      .out = page.path.string()};
  ASSERT_EQ(commands::lab(args, out, err), 0) << err.str();
  EXPECT_NE(page.read().find("class=\"contour\""), std::string::npos);
}

TEST(LabCommand, BadArgumentsExitTwoNamingThem) {
  TempPath page;
  const auto code = [&](commands::LabArgs args, const std::string& says) {
    args.out = page.path.string();
    std::ostringstream out, err;
    const int c = commands::lab(args, out, err);
    EXPECT_NE(err.str().find(says), std::string::npos) << err.str();
    return c;
  };
  EXPECT_EQ(code({.setup = {.rates = {-0.1}}}, "--lr"), 2);
  EXPECT_EQ(code({.setup = {.rates = {}}}, "--lr"), 2);
  EXPECT_EQ(code({.setup = {.x0 = {1, 2, 3}}}, "--x0"), 2);
  EXPECT_EQ(code({.setup = {.objective = "nowhere"}}, "unknown objective"), 2);
  EXPECT_EQ(code({.setup = {.optimizer = "momentum(beta=2)"}}, "beta"), 2);
  EXPECT_EQ(code({.setup = {.steps = -1}}, "--steps"), 2);
}

// --serve with a --submission that is not there is refused before the server starts.
TEST(LabCommand, ServingNothingToGradeExitsTwoSayingWhy) {
  std::ostringstream out, err;
  EXPECT_EQ(commands::lab_serve({.port = 0, .submission = "/nonexistent/gdlab-lab"}, out, err), 2);
  EXPECT_NE(err.str().find("gdlab lab: --submission /nonexistent/gdlab-lab does not exist: give the folder that holds "
                           "exercises/ (your repository's top folder)"),
            std::string::npos)
      << err.str();
  EXPECT_EQ(out.str(), "");  // nothing served
}

}  // namespace
}  // namespace gdlab::feedback
