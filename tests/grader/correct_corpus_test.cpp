// Correct code written any way scores every point: each tests/corpus/correct/<case> (loops,
// recursion, threads, debug printing, valarray, ...) is graded with the shipped spec, hidden
// tests included, on the problems whose files it holds. Encoding variants (BOM, CRLF, lone CR,
// Latin-1, tabs, ...) are made here from one correct file rather than stored as odd bytes.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>

#include "build/compile.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"
#include "support.hpp"

namespace gdlab::grading {
namespace {
using test_support::read_file;
using test_support::shipped_spec;
using test_support::TempDir;
using test_support::write_file;
namespace fs = std::filesystem;

const fs::path source_dir = GDLAB_SOURCE_DIR;
const fs::path correct_dir = source_dir / "tests/corpus/correct";

// What a failed test said: its verdict, message, each failed check, the start of its output.
std::string explain(const ProblemResult& p, const TestResult& t) {
  std::string out =
      fmt::format("{} / {}: {}, {:g} of {:g} points", p.id, t.name, to_string(t.verdict), t.score(), t.max_score);
  if (!t.message.empty()) out += "\n  message: " + t.message;
  for (const auto& c : t.checks)
    if (!c.passed) out += "\n  check " + c.kind + ": " + c.message;
  if (!t.output.empty() && t.verdict != Verdict::passed) out += "\n  output begins: " + t.output.substr(0, 200);
  return out;
}

// Grades the problems of `submission` whose files are there; every test must pass with its
// full points. Returns how many problems were graded.
int expect_full_marks(const fs::path& submission) {
  int graded = 0;
  for (const auto& problem : shipped_spec().problems) {
    if (!fs::exists(submission / problem.source)) continue;
    const Report r =
        submission::grade(shipped_spec(), submission, build::Toolchain::installed(), {.only_problem = problem.id});
    EXPECT_EQ(r.problems.size(), 1u) << problem.id;
    for (const auto& p : r.problems) {
      ++graded;
      EXPECT_TRUE(p.diagnostics.empty()) << p.id << " does not build:\n" << p.diagnostics.substr(0, 300);
      EXPECT_EQ(p.tests.size(), problem.tests.size()) << p.id << ": hidden tests must be graded too";
      for (const auto& t : p.tests) EXPECT_EQ(to_string(t.verdict), "passed") << explain(p, t);
      EXPECT_GT(p.max_score(), 0) << p.id;
      EXPECT_EQ(p.score(), p.max_score()) << p.id;
    }
  }
  return graded;
}

class CorrectCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(CorrectCorpus, ScoresEveryPoint) {
  const int graded = expect_full_marks(correct_dir / GetParam());
  EXPECT_GT(graded, 0) << GetParam() << " holds no exercise file of the spec";
}

std::vector<std::string> cases() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(correct_dir))
    if (e.is_directory()) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, CorrectCorpus, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return info.param; });

// ---- Encodings: the same correct file as other editors and platforms save it. ----

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

const std::string bom = "\xEF\xBB\xBF";
std::string crlf(const std::string& text) { return replace_all(text, "\n", "\r\n"); }
std::string lone_cr(const std::string& text) { return replace_all(text, "\n", "\r"); }
// A line inserted after the file's two-line header comment.
std::string with_line(const std::string& text, const std::string& line) {
  const auto second = text.find('\n', text.find('\n') + 1);
  return text.substr(0, second + 1) + line + "\n" + text.substr(second + 1);
}

struct Encoding {
  std::string name;
  std::function<std::string(const std::string&)> transform;
};

const std::vector<Encoding>& encodings() {
  static const std::vector<Encoding> all = {
      {"bom_crlf", [](const std::string& t) { return bom + crlf(t); }},  // Notepad, Visual Studio
      {"bom", [](const std::string& t) { return bom + t; }},
      {"crlf", crlf},
      {"lone_cr", lone_cr},  // classic Mac OS line ends
      {"no_final_newline", [](const std::string& t) { return t.substr(0, t.find_last_not_of('\n') + 1); }},
      {"utf8_comment_and_string",
       [](const std::string& t) {
         return with_line(t,
                          "// \u03B8 \u2190 \u03B8 \u2212 \u03B1\u2207L(\u03B8)   (\u00A76, \u201Cgradient\u201D)\n"
                          "[[maybe_unused]] static const char* rule = \"\u03B8 \u2190 \u03B8 \u2212 \u03B1 g\";");
       }},
      {"latin1_comment",
       [](const std::string& t) { return with_line(t, "// r\xE9sum\xE9: pas de \xB5-optimisation"); }},
      {"tabs", [](const std::string& t) { return replace_all(t, "  ", "\t"); }},
      {"long_line",
       [](const std::string& t) {
         std::string line = "//";
         while (line.size() < 20000) line += " x = x - lr * g;";
         return with_line(t, line);
       }},
      {"bom_lone_cr_latin1_no_final_newline",
       [](const std::string& t) {
         const std::string mac = lone_cr(with_line(t, "// caf\xE9"));
         return bom + mac.substr(0, mac.size() - 1);
       }},
  };
  return all;
}

// The base is plain (ASCII, LF line ends), so each variant differs from it only as named.
const fs::path encoding_base = correct_dir / "while_loops";

class EncodingVariants : public ::testing::TestWithParam<std::string> {};

TEST_P(EncodingVariants, OfACorrectGd1dScoreEveryPoint) {
  const auto it =
      std::find_if(encodings().begin(), encodings().end(), [](const auto& e) { return e.name == GetParam(); });
  ASSERT_NE(it, encodings().end());
  const std::string plain = read_file(encoding_base / "exercises/gd_1d.cpp");
  ASSERT_FALSE(plain.empty());
  ASSERT_TRUE(std::all_of(plain.begin(), plain.end(), [](char c) { return c != '\r' && (c & 0x80) == 0; }))
      << "the base file must be ASCII with LF line ends";
  const std::string variant = it->transform(plain);
  ASSERT_NE(variant, plain) << "the variant changed nothing";
  TempDir dir;
  write_file(dir.path / "exercises/gd_1d.cpp", variant);
  EXPECT_EQ(expect_full_marks(dir.path), 1);
}

std::vector<std::string> encoding_names() {
  std::vector<std::string> names;
  for (const auto& e : encodings()) names.push_back(e.name);
  return names;
}

INSTANTIATE_TEST_SUITE_P(Gd1d, EncodingVariants, ::testing::ValuesIn(encoding_names()),
                         [](const auto& info) { return info.param; });

// A Windows student's whole submission: every file with a BOM and CRLF line ends.
TEST(EncodingWholeSubmission, SavedWithBomAndCrlfScoresEveryPoint) {
  TempDir dir;
  int files = 0;
  for (const auto& e : fs::directory_iterator(correct_dir / "index_loops_size_t/exercises")) {
    write_file(dir.path / "exercises" / e.path().filename(), bom + crlf(read_file(e.path())));
    ++files;
  }
  ASSERT_EQ(files, 5);
  EXPECT_EQ(expect_full_marks(dir.path), 5);
}

}  // namespace
}  // namespace gdlab::grading
