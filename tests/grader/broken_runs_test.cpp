// Submissions that break the run instead of the maths: each of tests/corpus/broken/* gets
// the verdict and the words in its expected.txt, scores nothing, and the grader carries on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "commands/check.hpp"
#include "grading/grade.hpp"
#include "spec/loader.hpp"

namespace gdlab::grading {
namespace {
namespace fs = std::filesystem;

const fs::path corpus = fs::path(GDLAB_SOURCE_DIR) / "tests/corpus/broken";

class BrokenRuns : public ::testing::TestWithParam<std::string> {};

TEST_P(BrokenRuns, GetTheirVerdictWithAMessageAStudentUnderstands) {
  std::ifstream expected(corpus / GetParam() / "expected.txt");
  std::string verdict, words;
  std::getline(expected, verdict);
  std::getline(expected, words);
  const auto spec = spec::load_spec((corpus / "spec.yaml").string());
  ASSERT_TRUE(spec.spec) << spec.errors.front().to_string();
  const Report r = grade(*spec.spec, corpus / GetParam(), build::Toolchain::installed());
  ASSERT_EQ(r.problems.size(), 1u);
  ASSERT_EQ(r.problems[0].tests.size(), 1u) << r.problems[0].diagnostics;
  const TestResult& t = r.problems[0].tests[0];
  EXPECT_EQ(to_string(t.verdict), verdict) << t.message;
  std::string said = t.message;
  for (const auto& c : t.checks) said += " | " + c.message;
  EXPECT_NE(said.find(words), std::string::npos) << "wanted '" << words << "' in: " << said;
  EXPECT_EQ(t.score(), 0);
  EXPECT_LT(t.seconds, 10.0);  // limits hold: nothing runs on past its time
}

std::vector<std::string> cases() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(corpus))
    if (e.is_directory()) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Corpus, BrokenRuns, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return info.param; });

// The exit codes of gdlab check: 0 all passed, 1 not all passed, 2 bad input.
TEST(CheckCommand, ExitCodesMeanWhatTheySay) {
  std::ostringstream out, err;
  const std::string spec = (corpus / "spec.yaml").string();
  EXPECT_EQ(commands::check({.submission = GDLAB_SOURCE_DIR, .spec = spec}, out, err), 1);  // the stubs
  EXPECT_NE(out.str().find("Score: 0 / 1"), std::string::npos) << out.str();

  const fs::path solved = fs::temp_directory_path() / "gdlab-check-exit-test";
  fs::create_directories(solved / "exercises");
  fs::copy_file(fs::path(GDLAB_SOURCE_DIR) / "solutions/gd_1d.cpp", solved / "exercises/gd_1d.cpp",
                fs::copy_options::overwrite_existing);
  EXPECT_EQ(commands::check({.submission = solved.string(), .spec = spec}, out, err), 0) << err.str();
  fs::remove_all(solved);

  EXPECT_EQ(commands::check({.spec = (corpus / "no-such-spec.yaml").string()}, out, err), 2);
  EXPECT_EQ(commands::check({.spec = spec, .problem = "gd_9d"}, out, err), 2);
  EXPECT_EQ(commands::check({.spec = spec, .format = "pdf"}, out, err), 2);
  EXPECT_NE(err.str().find("no problem 'gd_9d'"), std::string::npos) << err.str();
}

TEST(CheckCommand, WritesTheChosenFormatToTheFile) {
  const fs::path file = fs::temp_directory_path() / "gdlab-check-report.xml";
  std::ostringstream out, err;
  commands::check({.submission = GDLAB_SOURCE_DIR, .spec = (corpus / "spec.yaml").string(), .format = "junit",
                   .out = file.string()},
                  out, err);
  std::ifstream in(file);
  std::stringstream xml;
  xml << in.rdbuf();
  EXPECT_NE(xml.str().find("<testsuites"), std::string::npos);
  EXPECT_NE(out.str().find("Score:"), std::string::npos);  // the student still sees the summary
  fs::remove(file);
}

}  // namespace
}  // namespace gdlab::grading
