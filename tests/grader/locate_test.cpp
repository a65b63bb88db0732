// Where annotations point: the line that defines a student's function, found on the odd layouts
// students write, and the compiler's own file:line.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "report/locate.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab::report {
namespace {

// The line of the first line holding `mark` (1-based): the expected answer, read off the text.
int line_of(const std::string& text, const std::string& mark) {
  const auto at = text.find(mark);
  if (at == std::string::npos) return -1;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

struct Layout {
  const char* what;
  std::string text;  // the definition's line holds "HERE" (in a comment, which the scan ignores)
};

TEST(DefinitionLine, FindsTheDefinitionOnOddLayouts) {
  const std::vector<Layout> layouts = {
      {"plain",
       "#include \"gd_1d.hpp\"\nnamespace exercises {\n\nstd::vector<double> gd_1d(const F& f, double x0) { // "
       "HERE\n}\n}"},
      {"return type on its own line, brace on the next",
       "std::vector<double>\ngd_1d  // HERE\n(\n  const F& f,\n  double x0)\n{\n  return {};\n}\n"},
      {"a declaration and a call come first",
       "std::vector<double> gd_1d(const F&, double);\nvoid use() { auto p = gd_1d(f, 0.0); if (gd_1d(f, 1)) {} }\n"
       "std::vector<double> gd_1d(const F& f, double x0) {  // HERE\n  return {};\n}\n"},
      {"comments and strings that look like it",
       "// std::vector<double> gd_1d(const F& f) { wrong }\n/* gd_1d(x) {\n still a comment */\n"
       "const char* s = \"gd_1d(x) {\";\nconst char* r = R\"raw( gd_1d() { )raw\";\nchar c = '{';\n"
       "auto gd_1d(const F& f, double x0) -> std::vector<double> {  // HERE\n  return {};\n}\n"},
      {"qualified, noexcept, digit separators before",
       "constexpr int big = 1'000'000;\nchar q = '\\'';\n#define gd_1d(x) { x }\n"
       "std::vector<double> exercises::gd_1d(const F& f, double x0) noexcept(true) {  // HERE\n}\n"},
      {"longer names do not count",
       "void gd_1d_helper(int) {}\nvoid my_gd_1d(int) {}\nstd::vector<double> gd_1d(  // HERE: the name's line\n"
       "    const F& f, double x0) {\n}\n"},
      {"a default argument with parentheses and a trailing type with a comma",
       "auto gd_1d(const F& f = make(1, (2)), double x = (0)) -> std::map<int, double>  // HERE\n{\n}\n"},
  };
  for (const auto& l : layouts) {
    EXPECT_EQ(definition_line(l.text, "gd_1d"), line_of(l.text, "HERE")) << l.what << ":\n" << l.text;
  }
}

TEST(DefinitionLine, NoDefinitionIsZero) {
  EXPECT_EQ(definition_line("std::vector<double> gd_1d(const F&, double);\n", "gd_1d"), 0);  // declared only
  EXPECT_EQ(definition_line("int x = gd_1d(f, 1);\n", "gd_1d"), 0);                          // called only
  EXPECT_EQ(definition_line("// gd_1d(x) {}\n", "gd_1d"), 0);
  EXPECT_EQ(definition_line("void f() {} /* gd_1d() { never closed", "gd_1d"), 0);  // and no hang
  EXPECT_EQ(definition_line("const char* s = \"gd_1d() {", "gd_1d"), 0);
  EXPECT_EQ(definition_line("std::vector<double> gd_1d(", "gd_1d"), 0);
  EXPECT_EQ(definition_line("", "gd_1d"), 0);
  EXPECT_EQ(definition_line("void f() {}", ""), 0);
}

TEST(DefinitionLine, TheShippedStubsAndSolutionsDefineEveryEntry) {
  // Every entry the shipped spec names is found, in the stubs and in the solutions, on a line
  // that names it followed by '(': the first line of its definition.
  const auto loaded = spec::load_spec(std::string(GDLAB_SOURCE_DIR) + "/grader/specs/gradient_descent.yaml");
  ASSERT_TRUE(loaded.spec);
  int entries = 0;
  for (const auto& p : loaded.spec->problems) {
    for (const auto& file : {std::filesystem::path(GDLAB_SOURCE_DIR) / p.source, test_support::solution_path(p)}) {
      std::ifstream in(file);
      const std::string text((std::istreambuf_iterator<char>(in)), {});
      ASSERT_FALSE(text.empty()) << file;
      for (const auto& t : p.tests) {
        const int line = definition_line(text, t.entry);
        ASSERT_GT(line, 0) << file << ": " << t.entry;
        std::string at;
        std::istringstream lines(text);
        for (int k = 0; k < line; ++k) std::getline(lines, at);
        EXPECT_NE(at.find(t.entry + "("), std::string::npos) << file << ":" << line << ": " << at;
        ++entries;
      }
    }
  }
  EXPECT_GT(entries, 0);
}

TEST(FirstError, PrefersTheStudentsFileAndReadsLineAndColumn) {
  const std::string diagnostics =
      "exercises/gd_1d.cpp: In function 'std::vector<double> exercises::gd_1d(...)':\n"
      "/usr/include/c++/12/bits/stl_vector.h:1200:7: error: no matching function\n"
      "exercises/gd_1d.cpp:25:19: error: expected ';' before 'path'\n"
      "exercises/gd_1d.cpp:30:1: fatal error: too many errors\n";
  const auto e = first_error(diagnostics, "exercises/gd_1d.cpp");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->file, "exercises/gd_1d.cpp");
  EXPECT_EQ(e->line, 25);
  EXPECT_EQ(e->column, 19);
  EXPECT_EQ(e->message, "expected ';' before 'path'");
  const auto elsewhere = first_error(diagnostics, "exercises/gd_2d.cpp");
  ASSERT_TRUE(elsewhere);
  EXPECT_EQ(elsewhere->file, "/usr/include/c++/12/bits/stl_vector.h");
  EXPECT_EQ(elsewhere->line, 1200);
  EXPECT_FALSE(first_error("file not found: exercises/gd_2d.cpp\n", "exercises/gd_2d.cpp"));
  EXPECT_FALSE(first_error("a.cpp:x:1: error: no line number\n", "a.cpp"));
  EXPECT_FALSE(first_error("", "a.cpp"));
}

TEST(EntryLine, ReadsTheTestsEntryFromTheSources) {
  Sources s;
  s["linreg"].text = "double mse_loss(int) {\n}\n\ndouble mse_gradient(int) {\n}\n";
  s["linreg"].entry_of = {{"loss at 0", "mse_loss"}, {"gradient at 0", "mse_gradient"}};
  EXPECT_EQ(entry_line(s, "linreg", "loss at 0"), 1);
  EXPECT_EQ(entry_line(s, "linreg", "gradient at 0"), 4);
  EXPECT_EQ(entry_line(s, "linreg", "no such test"), 0);
  EXPECT_EQ(entry_line(s, "gd_1d", "anything"), 0);
  EXPECT_EQ(entry_name(s, "linreg", "gradient at 0"), "mse_gradient");
  s["linreg"].text.reset();  // the file is missing
  EXPECT_EQ(entry_line(s, "linreg", "loss at 0"), 0);
}

}  // namespace
}  // namespace gdlab::report
