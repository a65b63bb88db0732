// A problem is one folder, problems/<id>/: a spec that names it by id reads its declaration and
// tests from problem.yaml, what the spec gives replacing the folder's; a student repository's
// spec carries the folder written out (issue 23).
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>

#include "assign/plan.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab::spec {
namespace {

namespace fs = std::filesystem;
using test_support::TempDir;

constexpr const char* kFolder = R"(title: Plain descent
entry: plain
entries:
  plain:
    inputs: {objective: objective, x0: vector, lr: positive, steps: whole}
    returns: path
    reference: gd()
tests:
  - name: "plain: ellipse"
    points: 2
    visibility: visible
    inputs: {objective: ellipse, x0: [4, 1], lr: 0.1, steps: 20}
    checks:
      - trajectory: {atol: 1e-9, rtol: 1e-9}
  - name: "plain: valley"
    inputs: {objective: valley, x0: [3.5, 1.1], lr: 0.05, steps: 40}
    checks:
      - trajectory: {atol: 1e-9, rtol: 1e-9}
)";

constexpr const char* kHead = "assignment: a\ndefaults: {points: 3, visibility: hidden}\nproblems:\n";

TEST(ProblemFolder, AnIdAloneIsTheFoldersProblem) {
  TempDir dir;
  dir.write("problems/plain/problem.yaml", kFolder);
  const auto loaded = parse_spec(std::string(kHead) + "  - id: plain\n", "spec.yaml", dir.path / "problems");
  ASSERT_TRUE(loaded.spec) << (loaded.errors.empty() ? "" : loaded.errors[0].to_string());
  const auto& p = loaded.spec->problems.at(0);
  EXPECT_EQ(p.title, "Plain descent");
  EXPECT_EQ(p.source, "exercises/plain.cpp");  // the default: problem.yaml names none
  ASSERT_EQ(p.declared.size(), 1u);
  ASSERT_EQ(p.tests.size(), YAML::Load(kFolder)["tests"].size());
  EXPECT_EQ(p.tests[0].points, 2);
  EXPECT_EQ(p.tests[1].points, 3);  // the spec's defaults reach the folder's tests
  EXPECT_EQ(p.tests[1].visibility, Visibility::hidden);
}

TEST(ProblemFolder, WhatTheSpecGivesReplacesTheFolders) {
  TempDir dir;
  dir.write("problems/plain/problem.yaml", kFolder);
  const std::string spec = std::string(kHead) + R"(  - id: plain
    title: Descent, handed out
    tests:
      - name: "plain: ellipse"
        points: 5
        inputs: {objective: ellipse, x0: [1, 1], lr: 0.2, steps: 5}
        checks:
          - monotone: {}
)";
  const auto loaded = parse_spec(spec, "spec.yaml", dir.path / "problems");
  ASSERT_TRUE(loaded.spec) << (loaded.errors.empty() ? "" : loaded.errors[0].to_string());
  const auto& p = loaded.spec->problems.at(0);
  EXPECT_EQ(p.title, "Descent, handed out");
  ASSERT_EQ(p.tests.size(), 1u);  // the spec's list is the problem's list (a name of the folder's may return)
  EXPECT_EQ(p.tests[0].points, 5);
  EXPECT_EQ(p.tests[0].entry, "plain");  // the folder's entry still holds
}

TEST(ProblemFolder, NoFolderAndNoEntriesSaysWhereItLooked) {
  TempDir dir;
  const auto loaded = parse_spec(std::string(kHead) + "  - id: missing_one\n", "spec.yaml", dir.path / "problems");
  ASSERT_FALSE(loaded.spec);
  ASSERT_EQ(loaded.errors.size(), 1u);
  const auto text = loaded.errors[0].to_string();
  EXPECT_NE(text.find("spec.yaml:4:"), std::string::npos) << text;
  EXPECT_NE(text.find((dir.path / "problems/missing_one/problem.yaml").string()), std::string::npos) << text;
  EXPECT_NE(text.find("gdlab new missing_one"), std::string::npos) << text;
}

TEST(ProblemFolder, AnErrorInTheFolderNamesItsFile) {
  TempDir dir;
  std::string broken = kFolder;
  broken.replace(broken.find("lr: 0.1"), 7, "lr: -1");
  const auto file = dir.write("problems/plain/problem.yaml", broken);
  const auto loaded = parse_spec(std::string(kHead) + "  - id: plain\n", "spec.yaml", dir.path / "problems");
  ASSERT_FALSE(loaded.spec);
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0].file, file.string());
  EXPECT_EQ(loaded.errors[0].line, 12);  // the first test's inputs, in problem.yaml
  EXPECT_EQ(loaded.errors[0].key, "tests[0].inputs.lr");
}

TEST(ProblemFolder, AStudentSpecCarriesTheFolderWrittenOut) {
  TempDir dir;
  dir.write("problems/plain/problem.yaml", kFolder);
  const std::string spec = std::string(kHead) + "  - id: plain\n";
  const std::string whole = assign::with_problem_folders(spec, dir.path);
  EXPECT_NE(whole, spec);
  // Read with no folder at all, it is the same problem as the spec read with the folder.
  const auto alone = parse_spec(whole, "student.yaml", dir.path / "nowhere");
  const auto with_folder = parse_spec(spec, "spec.yaml", dir.path / "problems");
  ASSERT_TRUE(alone.spec) << (alone.errors.empty() ? "" : alone.errors[0].to_string());
  ASSERT_TRUE(with_folder.spec);
  const auto &a = alone.spec->problems.at(0), &b = with_folder.spec->problems.at(0);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.entry, b.entry);
  ASSERT_EQ(a.tests.size(), b.tests.size());
  for (std::size_t i = 0; i < a.tests.size(); ++i) {
    EXPECT_EQ(a.tests[i].name, b.tests[i].name);
    EXPECT_EQ(a.tests[i].points, b.tests[i].points);
    EXPECT_EQ(a.tests[i].visibility, b.tests[i].visibility);
  }
  // The student's own spec keeps only the visible test.
  const auto student = parse_spec(assign::student_spec(whole), "student.yaml", dir.path / "nowhere");
  ASSERT_TRUE(student.spec);
  EXPECT_EQ(student.spec->problems.at(0).tests.size(), 1u);
}

}  // namespace
}  // namespace gdlab::spec
