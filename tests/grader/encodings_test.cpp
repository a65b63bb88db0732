// A correct file scores full marks however it is saved: each variant below is made from the
// solutions in the test (a byte order mark and CRLF as Windows editors save; lone CRs, no
// final line end, UTF-8 in comments, strings and identifiers, Latin-1 bytes in a comment,
// tab indentation and very long lines together), compiled and graded on the shipped spec.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>

#include "build/compile.hpp"
#include "build/includes.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"
#include "support.hpp"

namespace gdlab::grading {
namespace {
using test_support::read_file;
namespace fs = std::filesystem;

const fs::path source_dir = GDLAB_SOURCE_DIR;

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// Leading spaces, two at a time, as tabs.
std::string tab_indented(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    std::size_t spaces = 0;
    while (spaces + 1 < line.size() && line.compare(spaces, 2, "  ") == 0) spaces += 2;
    out += std::string(spaces / 2, '\t') + line.substr(spaces) + '\n';
  }
  return out;
}

// Lone CRs, no final line end, UTF-8 and Latin-1, tabs and very long lines, all at once.
std::string decorated(const std::string& text) {
  const std::string utf8 = "// Schrittweite α, Gradient ∇f(θ) — «descente de gradient», 勾配降下法\n";
  const std::string latin1 = "// caf\xe9 cr\xe8me br\xfbl\xe9\x65, \xa7 6 (Latin-1 bytes)\n";
  const std::string long_comment = "// " + std::string(200000, 'x') + "\n";
  const std::string tail =
      "\nnamespace {\n[[maybe_unused]] const char* const grüße_θ = \"∇f — ünïcödé ✓\";\n"
      "[[maybe_unused]] const char* const gdlab_long_line = \"" +
      std::string(200000, 'y') + "\";\n}  // namespace";
  return replace_all(utf8 + latin1 + long_comment + tab_indented(text) + tail, "\n", "\r");
}

struct Variant {
  const char* name;
  std::function<std::string(const std::string&)> make;
};

void PrintTo(const Variant& v, std::ostream* out) { *out << v.name; }

const Variant variants[] = {
    {"bom_and_crlf", [](const std::string& t) { return "\xEF\xBB\xBF" + replace_all(t, "\n", "\r\n"); }},
    {"lone_cr_utf8_latin1_tabs_long_lines_no_final_newline", decorated},
};

class Encodings : public ::testing::TestWithParam<Variant> {};

TEST_P(Encodings, ACorrectFileScoresFullMarksHoweverItIsSaved) {
  const auto loaded = spec::load_spec((source_dir / "grader/specs/gradient_descent.yaml").string());
  ASSERT_TRUE(loaded.spec);
  const fs::path dir = fs::temp_directory_path() / ("gdlab-encodings-" + std::to_string(std::random_device{}()));
  fs::create_directories(dir / "exercises");
  for (const auto& problem : loaded.spec->problems) {
    const std::string solution = read_file(test_support::solution_path(problem));
    const std::string text = GetParam().make(solution);
    ASSERT_NE(text, solution);
    EXPECT_FALSE(build::forbidden_include(text, problem.source)) << problem.source;
    std::ofstream(dir / problem.source, std::ios::binary) << text;
  }
  const Report r = submission::grade(*loaded.spec, dir, build::Toolchain::installed());
  fs::remove_all(dir);
  for (const auto& p : r.problems) {
    EXPECT_EQ(p.diagnostics, "") << p.id;
    for (const auto& t : p.tests) EXPECT_EQ(t.verdict, Verdict::passed) << p.id << " / " << t.name << ": " << t.message;
  }
  EXPECT_EQ(r.problems.size(), loaded.spec->problems.size());
  EXPECT_EQ(r.score(), r.max_score());
}

INSTANTIATE_TEST_SUITE_P(Variants, Encodings, ::testing::ValuesIn(variants),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace gdlab::grading
