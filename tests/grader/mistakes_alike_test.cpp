// Mistakes no test tells apart: the pairs found from made-up results, and `gdlab validate` listing
// a pair of mistake files that give the same result on every test.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>

#include "grading/mistake_pairs.hpp"
#include "shell.hpp"
#include "support.hpp"

namespace gdlab::grading {
namespace {
namespace fs = std::filesystem;
using test_shell::quoted;

Outcome valued(double v) {
  Outcome o;
  o.value = v;
  return o;
}

TEST(MistakesAlike, PairsThatAgreeOnEveryTestAndNoOthers) {
  const std::vector<MistakeResults> mistakes = {
      {"a", {valued(1), valued(2)}},
      {"b", {valued(1), valued(2 * (1 + 1e-9))}},  // a's, within what naming a mistake asks
      {"c", {valued(1), valued(3)}},               // told apart from a by the second test
      {"d", {std::nullopt, std::nullopt}},         // crashes on both
      {"e", {std::nullopt, std::nullopt}},
      {"f", {std::nullopt, valued(2)}},  // crashes where a does not
  };
  const std::vector<std::pair<std::string, std::string>> alike = {{"a", "b"}, {"d", "e"}};
  EXPECT_EQ(mistakes_alike(mistakes), alike);
}

// A copy of the repository's step_lengths (its folder, its line of the shipped spec) with one of
// its mistake files twice under another name: validate lists the pair and exits 1, and passes
// once the copy is gone.
TEST(MistakesAlike, ValidateListsTwoMistakeFilesNoTestTellsApart) {
  test_support::TempDir root;
  const fs::path source = GDLAB_SOURCE_DIR;
  fs::create_directories(root.path / "problems");
  fs::copy(source / "problems/step_lengths", root.path / "problems/step_lengths", fs::copy_options::recursive);
  const fs::path mistakes = root.path / "problems/step_lengths/mistakes";
  fs::copy_file(mistakes / "signed_lengths.cpp", mistakes / "signed_lengths_again.cpp");
  const std::string spec = test_support::read_file(source / "grader/specs/gradient_descent.yaml");
  const auto problems = spec.find("\nproblems:\n"), step_lengths = spec.find("\n  - id: step_lengths\n");
  ASSERT_NE(problems, std::string::npos);
  ASSERT_NE(step_lengths, std::string::npos);
  const auto file = root.write("spec.yaml", spec.substr(0, problems) + "\nproblems:" + spec.substr(step_lengths));
  const std::string validate =
      "GDLAB_ROOT=" + quoted(root.path.string()) + " " + quoted(GDLAB_CLI) + " validate " + quoted(file.string());

  const auto twice = test_shell::run(validate);
  EXPECT_EQ(WEXITSTATUS(twice.status), 1) << twice.out;
  EXPECT_NE(twice.out.find("problem 'step_lengths': mistakes signed_lengths and signed_lengths_again give the same "
                           "result on every test: merge them or add a test that tells them apart"),
            std::string::npos)
      << twice.out;
  fs::remove(mistakes / "signed_lengths_again.cpp");
  const auto once = test_shell::run(validate);
  EXPECT_EQ(WEXITSTATUS(once.status), 0) << once.out;
}

}  // namespace
}  // namespace gdlab::grading
