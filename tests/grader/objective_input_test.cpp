// The feedback page and the lab find a problem's objective by the input's kind, whatever the
// input is called: a declared problem whose objective input is `f` gets the contours and the x/y
// axis names the same problem with the input called `objective` gets, and the lab offers it and
// sends the page's objective as `f`.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <regex>
#include <string>

#include "live/problems.hpp"
#include "live/request.hpp"
#include "shell.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab {
namespace {
namespace fs = std::filesystem;
using test_shell::quoted;

// Plain gradient descent, declared as `gdlab new` declares it, its objective input named NAME.
constexpr const char* kSpec = R"(assignment: objective-by-kind
problems:
  - id: descent
    title: Gradient descent
    source: exercises/descent.cpp
    entry: descent
    entries:
      descent:
        inputs: {NAME: objective, x0: vector, lr: positive, steps: whole}
        returns: path
        reference: gd
    tests:
      - name: "descent: ellipse from (4, 1), lr 0.1, 20 steps"
        inputs: {NAME: ellipse, x0: [4, 1], lr: 0.1, steps: 20}
        checks:
          - trajectory: {atol: 1e-9, rtol: 1e-9}
)";

constexpr const char* kHeader = R"(#pragma once
#include "gdlab/core.hpp"
namespace exercises {
gdlab::Path descent(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps);
}
)";

constexpr const char* kSolution = R"(#include "descent.hpp"
namespace exercises {
gdlab::Path descent(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps) {
  gdlab::Path path{x0};
  gdlab::Vector x = x0;
  for (int k = 0; k < steps; ++k) path.push_back(x = x - lr * f.gradient(x));
  return path;
}
}
)";

std::string spec_text(const std::string& name) { return std::regex_replace(kSpec, std::regex("NAME"), name); }

// A repository with the problem, its objective input called `name`, and the solution handed in.
struct Course {
  test_support::TempDir dir;
  explicit Course(const std::string& name) {
    dir.write("spec.yaml", spec_text(name));
    dir.write("problems/descent/descent.hpp", kHeader);
    dir.write("exercises/descent.cpp", kSolution);
  }
  // The feedback page `gdlab check` writes for the solution.
  std::string page() const {
    const auto run = test_shell::run("GDLAB_ROOT=" + quoted(dir.path.string()) + " " + quoted(GDLAB_CLI) +
                                     " check --spec " + quoted((dir.path / "spec.yaml").string()) + " --submission " +
                                     quoted(dir.path.string()) + " --out " + quoted((dir.path / "page.html").string()));
    EXPECT_EQ(run.status, 0) << run.out;
    return test_support::read_file(dir.path / "page.html");
  }
};

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The axis names of the page's charts, in order.
std::vector<std::string> axis_labels(const std::string& page) {
  std::vector<std::string> out;
  const std::regex label("<text class=\"axis-label\"[^>]*>([^<]*)</text>");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), label); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1]);
  return out;
}

TEST(ObjectiveByKind, TheFeedbackPageDrawsContoursForAnObjectiveCalledF) {
  const std::string named_f = Course("f").page();
  const std::string named_objective = Course("objective").page();
  const auto contours = occurrences(named_objective, "class=\"contour\"");
  ASSERT_GT(contours, 0u) << "the problem with its input called `objective` draws no contours";
  EXPECT_EQ(occurrences(named_f, "class=\"contour\""), contours);
  const auto labels = axis_labels(named_f);
  EXPECT_EQ(labels, axis_labels(named_objective));
  EXPECT_NE(std::find(labels.begin(), labels.end(), "x"), labels.end()) << named_f.substr(0, 4000);
  EXPECT_NE(std::find(labels.begin(), labels.end(), "y"), labels.end());
  EXPECT_EQ(named_f.find("parameter 1"), std::string::npos);
}

TEST(ObjectiveByKind, TheLabOffersItAndSendsTheObjectiveAsF) {
  auto loaded = spec::parse_spec(spec_text("f"), "spec.yaml");
  ASSERT_TRUE(loaded.spec) << (loaded.errors.empty() ? "" : loaded.errors.front().to_string());
  const auto problems = live::lab_problems(*loaded.spec);
  ASSERT_EQ(problems.size(), 1u) << "the lab does not offer the problem";
  EXPECT_EQ(problems[0].dim, 2);
  EXPECT_EQ(problems[0].objective_input, "f");
  EXPECT_TRUE(problems[0].params.empty());  // f is the objective, not a parameter of the figure
  const auto request = live::parse_run_request(
      R"({"problem": "descent", "objective": "valley", "x0": [3.5, 1.1], "lr": 0.05, "steps": 10})", problems);
  ASSERT_TRUE(std::holds_alternative<live::RunRequest>(request)) << std::get<std::string>(request);
  const auto inputs = live::test_inputs(problems[0], std::get<live::RunRequest>(request), 0.05);
  EXPECT_EQ(std::get<std::string>(inputs.at("f")), "valley");
  EXPECT_FALSE(inputs.contains("objective"));
}

}  // namespace
}  // namespace gdlab
