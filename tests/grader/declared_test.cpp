// Problems declared in the spec: the rest of Chapter 6 graded through the declaration alone,
// with expected values pinned by numpy; and a new problem added by an instructor from scratch.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "declared/answers.hpp"
#include "declared/harness_build.hpp"
#include "declared/harness_source.hpp"
#include "declared/material.hpp"
#include "spec/declared.hpp"
#include "grading/mistakes.hpp"
#include "shell.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab {
namespace {
namespace fs = std::filesystem;
using test_shell::quoted;

spec::Spec shipped() {
  auto loaded = spec::load_spec(std::string(GDLAB_SOURCE_DIR) + "/grader/specs/gradient_descent.yaml");
  EXPECT_TRUE(loaded.spec.has_value());
  return *loaded.spec;
}

// Numbers as chapter6.py writes them: non-finite ones as "inf", "-inf", "nan".
double number(const nlohmann::json& j) {
  if (j.is_number()) return j.get<double>();
  return j == "nan" ? NAN : j == "inf" ? INFINITY : -INFINITY;
}

// A path as numpy wrote it: a list of x's (1-D) or of points.
std::vector<std::vector<double>> rows_of(const nlohmann::json& path) {
  std::vector<std::vector<double>> out;
  for (const auto& p : path) {
    out.emplace_back();
    for (const auto& x : p.is_array() ? p : nlohmann::json::array({p})) out.back().push_back(number(x));
  }
  return out;
}

void expect_close(double got, double want, const std::string& where) {
  if (std::isnan(want)) {
    EXPECT_TRUE(std::isnan(got)) << where;
  } else if (std::isinf(want)) {
    EXPECT_EQ(got, want) << where;
  } else {
    EXPECT_NEAR(got, want, 1e-12 + 1e-12 * std::abs(want)) << where;
  }
}

// Every chapter-6 test's expected values, as the grader computes them from the declaration (a
// reference optimiser, or the solution built and run), equal numpy's from the textbook formulas.
// The problems numpy pins are the rest of Chapter 6; every test it has is compared.
TEST(ChapterSix, ExpectedValuesMatchNumpy) {
  std::ifstream in(std::string(GDLAB_TEST_DATA_DIR) + "/chapter6_expected.json");
  const auto numpy = nlohmann::json::parse(in);
  const auto spec = shipped();
  int compared = 0;
  for (const auto& problem : spec.problems) {
    if (!numpy.contains(problem.id)) continue;
    const auto material = declared::material_for(problem, GDLAB_SOURCE_DIR);
    const auto toolchain = declared::toolchain_for(problem, build::Toolchain::installed(), material);
    const auto answers = declared::answers_for(problem, toolchain, material);
    for (const auto& test : problem.tests) {
      SCOPED_TRACE(problem.id + ": " + test.name);
      ASSERT_TRUE(numpy[problem.id].contains(test.name));
      const auto& want = numpy[problem.id][test.name];
      EXPECT_EQ(want["entry"], test.entry);
      const auto e = answers->expected(test.entry, test);
      const auto path = rows_of(want["path"]);
      ASSERT_EQ(e.outcome.path.size(), path.size());
      for (std::size_t k = 0; k < path.size(); ++k)
        for (std::size_t i = 0; i < path[k].size(); ++i)
          expect_close(e.outcome.path[k](static_cast<Index>(i)), path[k][i], "path[" + std::to_string(k) + "]");
      if (want.contains("lengths")) {
        const auto& lengths = want["lengths"];
        ASSERT_EQ(e.outcome.fields.at("lengths").size(), lengths.size());
        for (std::size_t k = 0; k < lengths.size(); ++k)
          expect_close(e.outcome.fields.at("lengths")[k], number(lengths[k]), "lengths");
      }
      ++compared;
    }
  }
  int in_numpy = 0;
  for (const auto& [id, tests] : numpy.items())
    if (!id.starts_with("_")) in_numpy += static_cast<int>(tests.size());
  EXPECT_EQ(compared, in_numpy);
}

// Every chapter-6 mistake file fails some test, and on each test it fails, its own result is
// named as itself: a mistake that cannot be caught or named is no use to a student.
TEST(ChapterSix, EveryMistakeFileIsCaughtAndNamedAsItself) {
  int mistakes = 0;
  for (const auto& problem : shipped().problems) {
    if (problem.declared.empty()) continue;
    const auto material = declared::material_for(problem, GDLAB_SOURCE_DIR);
    const auto toolchain = declared::toolchain_for(problem, build::Toolchain::installed(), material);
    EXPECT_GE(material.mistakes.size(), 4u) << problem.id;
    mistakes += static_cast<int>(material.mistakes.size());
    EXPECT_EQ(declared::uncaught_mistakes(problem, toolchain, material), std::vector<std::string>{}) << problem.id;
    // Pinned results are each mistake's own: diagnosing them must name it.
    const auto pinned = declared::pin(problem, toolchain, material);
    auto answers = declared::answers_for(problem, toolchain, material);
    for (const auto& test : problem.tests) {
      if (test.visibility != spec::Visibility::visible) continue;
      for (const auto& [id, result] : pinned["tests"][test.name]["mistakes"].items()) {
        const auto wrong = grading::outcome_from_json(result);
        const auto right = answers->expected(test.entry, test);
        if (grading::same_result(wrong, right.outcome)) continue;  // this entry it leaves right
        const auto named = answers->diagnose(test.entry, test, wrong);
        EXPECT_TRUE(std::any_of(named.begin(), named.end(), [&](const auto& d) { return d.mistake == id; }))
            << problem.id << " / " << test.name << ": " << id << " is not named on its own result";
      }
    }
  }
  EXPECT_GE(mistakes, 20);
}

// What the generated harness calls: the declared order, a dataset as X and y, a record's members.
TEST(DeclaredHarness, CallsInTheDeclaredOrder) {
  spec::Problem p;
  p.id = "demo";
  p.source = "exercises/demo.cpp";
  spec::Declaration d;
  d.name = "fit";
  d.inputs = {{"data", spec::ParamKind::dataset}, {"lr", spec::ParamKind::positive}, {"steps", spec::ParamKind::whole}};
  d.returns = {{"path", spec::FieldKind::path}, {"lengths", spec::FieldKind::numbers}};
  d.record = true;
  p.declared = {d};
  const auto source = declared::harness_source(p);
  EXPECT_NE(source.find("#include \"demo.hpp\""), std::string::npos);
  EXPECT_NE(
      source.find("exercises::fit(data_data.X, data_data.y, as_number(in.at(\"lr\")), as_whole(in.at(\"steps\")))"),
      std::string::npos)
      << source;
  EXPECT_NE(source.find("out[\"path\"] = path(result.path)"), std::string::npos);
  EXPECT_NE(source.find("out[\"fields\"][\"lengths\"] = numbers(result.lengths)"), std::string::npos);
}

// Part-by-part credit: with `gradient: grad`, the harness calls the student's own gradient at each
// iterate of the path, the iterate standing for the one vector input the loop does not take.
TEST(DeclaredHarness, CallsTheStudentsOwnGradientAlongThePath) {
  spec::Problem p;
  p.id = "fit";
  p.source = "exercises/fit.cpp";
  spec::Declaration loop, grad;
  loop.name = "fit";
  loop.inputs = {
      {"data", spec::ParamKind::dataset}, {"lr", spec::ParamKind::positive}, {"steps", spec::ParamKind::whole}};
  loop.returns = {{"path", spec::FieldKind::path}};
  loop.gradient = "grad";
  grad.name = "grad";
  grad.inputs = {{"data", spec::ParamKind::dataset}, {"beta", spec::ParamKind::vector}};
  grad.returns = {{"vector", spec::FieldKind::vector}};
  p.declared = {loop, grad};
  EXPECT_EQ(spec::check_gradient(loop, p.declared), "");
  const auto source = declared::harness_source(p);
  EXPECT_NE(source.find("const auto own_k = exercises::grad(data_data.X, data_data.y, points[k]);"), std::string::npos)
      << source;
  EXPECT_NE(source.find("own.push_back(vector(own_k));"), std::string::npos) << source;
  EXPECT_NE(source.find("out[\"own_gradients\"] = own;"), std::string::npos);
  const auto rule = spec::rule_for(loop, p.id);
  EXPECT_NE(std::find(rule.checks.begin(), rule.checks.end(), "loop"), rule.checks.end());
  // A gradient entry that takes an input the loop does not have cannot be called along the path.
  grad.inputs.push_back({"scale", spec::ParamKind::number});
  EXPECT_NE(spec::check_gradient(loop, {loop, grad}), "");
}

TEST(DeclaredHarness, AHeaderThatDoesNotMatchIsTheInstructorsError) {
  const fs::path dir = fs::temp_directory_path() / ("gdlab-declared-" + std::to_string(::getpid()));
  fs::create_directories(dir / "problems/demo");
  std::ofstream(dir / "problems/demo/demo.hpp") << "#pragma once\n#include \"gdlab/core.hpp\"\nnamespace exercises {\n"
                                                   "double demo(double a);\n}\n";
  spec::Problem p;
  p.id = "demo";
  p.source = "exercises/demo.cpp";
  spec::Declaration d;
  d.name = "demo";
  d.inputs = {{"f", spec::ParamKind::objective}, {"x0", spec::ParamKind::vector}};
  d.returns = {{"path", spec::FieldKind::path}};
  p.declared = {d};
  try {
    declared::toolchain_for(p, build::Toolchain::installed(), declared::material_for(p, dir));
    ADD_FAILURE() << "a harness that cannot call the header's function was built";
  } catch (const declared::HarnessError& e) {
    // The compiler's answer in words (tests/grader/signature_test.cpp has the cases).
    EXPECT_NE(std::string(e.what()).find("demo.hpp:4 declares demo(double a) -> double"), std::string::npos)
        << e.what();
  }
  fs::remove_all(dir);
}

// The instructor's edit after `gdlab new clipped_gd`, all in its folder: a clip input, the clipped
// step, two tests and a mistake of their own.
void write_clipped_gd(const fs::path& copy) {
  const fs::path folder = copy / "problems/clipped_gd";
  std::ofstream(folder / "clipped_gd.hpp")
      << "#pragma once\n#include \"gdlab/core.hpp\"\nnamespace exercises {\n"
         "gdlab::Path clipped_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, double clip, int "
         "steps);\n}\n";
  const std::string body = R"(
gdlab::Path clipped_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, double clip, int steps) {
  // BEGIN SOLUTION
  gdlab::Path path{x0};
  gdlab::Vector x = x0;
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(x);
    if (g.norm() > clip) g *= clip / g.norm();
    x = x - lr * g;
    path.push_back(x);
  }
  return path;
  // END SOLUTION
}
)";
  std::ofstream(folder / "clipped_gd.cpp")
      << "// Clipped gradient descent.\n#include \"clipped_gd.hpp\"\nnamespace exercises {\n"
      << body << "}\n";
  std::ofstream(folder / "mistakes/clips_each_coordinate.cpp")
      << "// mistake: clips each coordinate instead of the gradient's norm\n// hint: scale the whole gradient by clip "
         "/ |g|\n"
         "#include \"clipped_gd.hpp\"\nnamespace exercises {\n"
         "gdlab::Path clipped_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, double clip, int "
         "steps) {\n"
         "  gdlab::Path path{x0};\n  gdlab::Vector x = x0;\n"
         "  for (int k = 0; k < steps; ++k) {\n    gdlab::Vector g = f.gradient(x).cwiseMax(-clip).cwiseMin(clip);\n"
         "    x = x - lr * g;\n    path.push_back(x);\n  }\n  return path;\n}\n}\n";
  fs::remove(folder / "mistakes/ascent.cpp");
  std::ofstream(folder / "problem.yaml") << R"(title: Clipped gradient descent
entry: clipped_gd
entries:
  clipped_gd:
    inputs: {f: objective, x0: vector, lr: positive, clip: positive, steps: whole}
    returns: path
    reference: solution
tests:
  - name: "clipped_gd: ellipse from (4, 1), clip 1"
    visibility: visible
    inputs: {f: ellipse, x0: [4, 1], lr: 0.1, clip: 1, steps: 30}
    checks:
      - trajectory: {atol: 1e-9, rtol: 1e-9}
  - name: "clipped_gd: valley from (3.5, 1.1), clip 2"
    visibility: hidden
    points: 2
    inputs: {f: valley, x0: [3.5, 1.1], lr: 0.05, clip: 2, steps: 40}
    checks:
      - trajectory: {atol: 1e-9, rtol: 1e-9}
      - monotone: {}
)";
}

// The issue's whole story in a copy of the repository: `gdlab new`, a solution, two tests, a
// mistake file; the stub is "not implemented", the solution gets every point, the mistake is
// named; the problem is one new folder and one line of the spec, and nothing else changed.
TEST(NewProblem, FromScratchWithoutGraderCode) {
  const fs::path copy = fs::temp_directory_path() / ("gdlab-new-" + std::to_string(::getpid()));
  fs::remove_all(copy);
  ASSERT_EQ(test_shell::run("git clone -q " + quoted(GDLAB_SOURCE_DIR) + " " + quoted(copy.string())).status, 0);
  const std::string gdlab = "GDLAB_ROOT=" + quoted(copy.string()) + " " + quoted(GDLAB_CLI);
  const std::string spec = (copy / "grader/specs/gradient_descent.yaml").string();
  const auto made = test_shell::run(gdlab + " new clipped_gd");
  ASSERT_EQ(made.status, 0) << made.out;
  const fs::path folder = copy / "problems/clipped_gd";
  for (const char* file : {"problem.yaml", "clipped_gd.hpp", "clipped_gd.cpp", "mistakes/ascent.cpp"})
    EXPECT_TRUE(fs::exists(folder / file)) << file;
  EXPECT_TRUE(test_support::read_file(spec).ends_with("\n  - id: clipped_gd\n"));
  // The scaffold names its objective input as docs/instructors.md's declarations do.
  const std::string named = "inputs: {objective: objective, x0: vector, lr: positive,";
  EXPECT_NE(test_support::read_file(fs::path(GDLAB_SOURCE_DIR) / "docs/instructors.md").find(named), std::string::npos);
  const std::string scaffold = test_support::read_file(folder / "problem.yaml");
  EXPECT_NE(scaffold.find(named), std::string::npos) << scaffold;
  EXPECT_NE(test_shell::run(gdlab + " new clipped_gd").status, 0) << "a second `new` of the same id must refuse";

  write_clipped_gd(copy);
  // One new folder and one line of the spec: nothing else in the repository changed.
  const auto status = test_shell::run("git -C " + quoted(copy.string()) + " status --porcelain");
  EXPECT_EQ(status.out, " M grader/specs/gradient_descent.yaml\n?? problems/clipped_gd/\n");
  const auto added = test_shell::run("git -C " + quoted(copy.string()) + " diff --unified=0 --no-color");
  EXPECT_NE(added.out.find("\n+  - id: clipped_gd\n"), std::string::npos) << added.out;
  EXPECT_EQ(std::count(added.out.begin(), added.out.end(), '\n'), 6) << "one line added, nothing else:\n" << added.out;
  // A mistake no test can catch (it is the solution) is reported by validate.
  fs::copy_file(folder / "clipped_gd.cpp", folder / "mistakes/same.cpp");
  const auto uncaught = test_shell::run(gdlab + " validate " + quoted(spec));
  EXPECT_EQ(WEXITSTATUS(uncaught.status), 1) << uncaught.out;
  EXPECT_NE(uncaught.out.find("mistake same: no test catches it"), std::string::npos) << uncaught.out;
  fs::remove(folder / "mistakes/same.cpp");
  const auto validated = test_shell::run(gdlab + " validate " + quoted(spec));
  ASSERT_EQ(validated.status, 0) << validated.out;
  // It says which problem it is building and grading, one line each, never silent for long.
  EXPECT_NE(validated.out.find(": clipped_gd: its harness, its solution and 1 mistake file\n"), std::string::npos)
      << validated.out;
  const auto assigned = test_shell::run(gdlab + " assign");
  ASSERT_EQ(assigned.status, 0) << assigned.out;
  ASSERT_TRUE(fs::exists(copy / "exercises/clipped_gd.cpp"));

  const std::string check = gdlab + " check --spec " + quoted(spec) + " --problem clipped_gd --submission ";
  const auto stub = test_shell::run(check + quoted(copy.string()));
  EXPECT_NE(stub.out.find("not implemented"), std::string::npos) << stub.out;
  EXPECT_NE(stub.out.find("Score: 0 / 3"), std::string::npos) << stub.out;

  fs::create_directories(copy / "graded/solution/exercises");
  fs::copy_file(folder / "clipped_gd.cpp", copy / "graded/solution/exercises/clipped_gd.cpp");
  const auto right = test_shell::run(check + quoted((copy / "graded/solution").string()));
  EXPECT_EQ(right.status, 0) << right.out;
  EXPECT_NE(right.out.find("Score: 3 / 3"), std::string::npos) << right.out;

  fs::create_directories(copy / "graded/wrong/exercises");
  fs::copy_file(folder / "mistakes/clips_each_coordinate.cpp", copy / "graded/wrong/exercises/clipped_gd.cpp");
  const auto wrong = test_shell::run(check + quoted((copy / "graded/wrong").string()));
  EXPECT_NE(wrong.out.find("clips each coordinate instead of the gradient's norm"), std::string::npos) << wrong.out;

  // The student repository: no solution, no mistake file, their results on the visible test pinned.
  const auto out = test_shell::run(gdlab + " assign --out " + quoted((copy / "student").string()));
  ASSERT_EQ(out.status, 0) << out.out;
  EXPECT_FALSE(fs::exists(copy / "student/problems"));
  EXPECT_TRUE(fs::exists(copy / "student/grader/specs/pinned/clipped_gd.json"));
  const std::string student =
      "GDLAB_ROOT=" + quoted((copy / "student").string()) + " " + quoted(GDLAB_CLI) + " check --spec " +
      quoted((copy / "student/grader/specs/gradient_descent.yaml").string()) + " --problem clipped_gd --submission ";
  const auto right_there = test_shell::run(student + quoted((copy / "graded/solution").string()));
  EXPECT_NE(right_there.out.find("Score: 1 / 1"), std::string::npos) << right_there.out;
  const auto wrong_there = test_shell::run(student + quoted((copy / "graded/wrong").string()));
  EXPECT_NE(wrong_there.out.find("clips each coordinate instead of the gradient's norm"), std::string::npos)
      << wrong_there.out;

  fs::remove_all(copy);
}

}  // namespace
}  // namespace gdlab
