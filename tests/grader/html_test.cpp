// The HTML feedback page: a buggy submission's page shows both paths, is well formed and
// self-contained, stays small, and escapes whatever a student's program says.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "build/compile.hpp"
#include "commands/check.hpp"
#include "feedback/html.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"
#include "support.hpp"

namespace gdlab::feedback {
namespace {
using test_support::shipped_spec;

using grading::Verdict;
using namespace std::string_literals;
namespace fs = std::filesystem;

const fs::path source_dir = GDLAB_SOURCE_DIR;
constexpr std::size_t kCap = 2 * 1024 * 1024;

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string page_of(const grading::Report& r) {
  std::ostringstream out;
  write_html(r, out);
  return out.str();
}

struct TempFile {
  fs::path path;
  explicit TempFile(const std::string& name, const std::string& contents = "")
      : path(fs::temp_directory_path() / ("gdlab_html_" + std::to_string(getpid()) + "_" + name)) {
    std::ofstream(path, std::ios::binary) << contents;
  }
  ~TempFile() { fs::remove(path); }
  std::string read() const {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
};

// Runs a shell command; the exit status, stderr folded into the output.
std::pair<int, std::string> run(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
  std::string out;
  char buffer[4096];
  while (const auto n = fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
  return {pclose(pipe.release()), out};
}

// Self-contained: the only URL is the SVG namespace, which names rather than fetches.
void expect_no_network_reference(const std::string& page) {
  std::string rest = page;
  const std::string xmlns = "http://www.w3.org/2000/svg";
  for (auto at = rest.find(xmlns); at != std::string::npos; at = rest.find(xmlns)) rest.erase(at, xmlns.size());
  EXPECT_EQ(rest.find("http://"), std::string::npos);
  EXPECT_EQ(rest.find("https://"), std::string::npos);
  for (const char* fetches : {"<script", "<img", "<link", "<iframe", "<object", "<embed", "url("})
    EXPECT_EQ(rest.find(fetches), std::string::npos) << fetches;
}

// Well formed: the page is written as polyglot XHTML, so an XML parser must accept it whole.
void expect_well_formed(const std::string& page) {
  EXPECT_EQ(occurrences(page, "<svg"), occurrences(page, "</svg>"));
  if (run("command -v xmllint").first != 0) FAIL() << "xmllint not found: install libxml2-utils";
  const TempFile file("page.xhtml", page);
  const auto [status, out] = run("xmllint --noout '" + file.path.string() + "'");
  EXPECT_EQ(status, 0) << out.substr(0, 2000);
}

void expect_phone_ready(const std::string& page) {
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("name=\"viewport\" content=\"width=device-width, initial-scale=1\""), std::string::npos);
  EXPECT_NE(page.find(".pictures>svg{display:block;width:100%;height:auto"), std::string::npos);
}

TEST(HtmlPage, BuggySubmissionsShowBothPaths) {
  for (const char* buggy : {"gd1d_sign_error", "gd2d_one_step_too_many"}) {
    const auto report =
        submission::grade(shipped_spec(), source_dir / "tests/corpus/buggy" / buggy, build::Toolchain::installed());
    const std::string page = page_of(report);
    EXPECT_GE(occurrences(page, "class=\"student-path\""), 1u) << buggy;
    EXPECT_GE(occurrences(page, "class=\"reference-path\""), 1u) << buggy;
    EXPECT_GE(occurrences(page, "class=\"student-loss\""), 1u) << buggy;
    EXPECT_GE(occurrences(page, "class=\"reference-loss\""), 1u) << buggy;
    EXPECT_GE(occurrences(page, "<svg"), 2u) << buggy;
    expect_well_formed(page);
    expect_no_network_reference(page);
    expect_phone_ready(page);
    EXPECT_LT(page.size(), kCap) << buggy;
    EXPECT_NE(page.find("Score: "), std::string::npos);
    EXPECT_NE(page.find("missing: exercises/"), std::string::npos);  // the problems it did not hand in
    EXPECT_EQ(page.find("does not compile"), std::string::npos);
  }
  const auto two_d = submission::grade(shipped_spec(), source_dir / "tests/corpus/buggy/gd2d_one_step_too_many",
                                       build::Toolchain::installed(), {.only_problem = "gd_2d"});
  EXPECT_GT(occurrences(page_of(two_d), "class=\"contour\""), 0u);
}

// The worst a full spec can bring: 49 failed tests with long paths, floods of output, long
// messages and diagnostics. The page still stays under the cap.
TEST(HtmlPage, FullSpecWorstCaseStaysUnderTheCap) {
  grading::Report r;
  r.assignment = "gradient-descent";
  const std::string flood(64 * 1024, 'x');
  for (const auto& problem : shipped_spec().problems) {
    grading::ProblemResult p{.id = problem.id, .title = problem.title, .source = problem.source, .diagnostics = flood};
    for (const auto& test : problem.tests) {
      grading::TestResult t;
      t.name = test.name;
      t.verdict = Verdict::failed;
      t.max_score = test.points;
      t.output = flood;
      t.message = flood;
      t.checks = {{"trajectory", false, flood}};
      grading::Plot plot;
      plot.objective = "rosenbrock";
      for (int k = 0; k <= 2000; ++k) {
        const double a = std::pow(-1.0, k) * (1 + 0.001 * k);  // a zigzag no thinning can drop
        plot.student.push_back({-1.5 + a, 2 - a});
        plot.reference.push_back({-1.5 + 0.5 * a, 2 - 0.5 * a});
        plot.student_loss.push_back(100 + 50 * a);
        plot.reference_loss.push_back(100 + 25 * a);
      }
      t.plot = plot;
      p.tests.push_back(t);
    }
    r.problems.push_back(p);
  }
  const std::string page = page_of(r);
  EXPECT_LT(page.size(), kCap);
  // Each problem's plot is drawn, or said to be left out once the page is large (ten problems of
  // floods pass the plot budget).
  EXPECT_GE(
      occurrences(page, "class=\"student-path\"") + occurrences(page, "(plot left out: the page is already large)"),
      r.problems.size());
  EXPECT_GE(occurrences(page, "class=\"student-path\""), 5u);
  expect_well_formed(page);
}

TEST(HtmlPage, EscapesEverythingFromTheStudentAndShowsTheDiagnoses) {
  const std::string hostile = "<script>alert(1)</script> & \"q\" 'a' <img src=x onerror=y>\x1b[31m\0nul"s;
  grading::TestResult t;
  t.name = "sign " + hostile;
  t.verdict = Verdict::failed;
  t.max_score = 2;
  t.output = hostile;
  t.message = hostile;
  t.checks = {{"trajectory", false, "step 1 differs: " + hostile}};
  t.diagnoses = {{"ascent", "gradient ascent instead of descent " + hostile, "look at the sign " + hostile}};
  grading::TestResult u = t;
  u.diagnoses.clear();
  u.diagnosis_note = "no known mistake matches " + hostile;
  grading::TestResult crash = t;
  crash.verdict = Verdict::runtime_error;
  crash.message = "your code threw an exception: " + hostile;
  grading::ProblemResult p{
      .id = "gd_1d", .title = "Gradient descent " + hostile, .source = "exercises/gd_1d.cpp", .tests = {t, u, crash}};
  grading::ProblemResult q{
      .id = "momentum",
      .title = "Momentum",
      .source = "exercises/momentum.cpp",
      .diagnostics = "momentum.cpp:3: error: " + hostile,
      .tests = {grading::TestResult{.problem = "momentum", .name = "m", .verdict = Verdict::compile_error}}};
  grading::Report r{.assignment = "week " + hostile, .problems = {p, q}};
  const std::string page = page_of(r);
  expect_no_network_reference(page);
  expect_well_formed(page);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find('\x1b'), std::string::npos);
  EXPECT_EQ(page.find('\0'), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;"), std::string::npos);
  // One of the two failed tests matches it: said under that test, with the count.
  EXPECT_NE(page.find("Possible mistake (explains 1 of 2 failed tests): gradient ascent instead of descent"),
            std::string::npos);
  EXPECT_NE(page.find("look at the sign"), std::string::npos);
  EXPECT_NE(page.find("no known mistake matches"), std::string::npos);
  EXPECT_NE(page.find("momentum.cpp:3: error: "), std::string::npos);
  EXPECT_NE(page.find("your code threw an exception"), std::string::npos);
  EXPECT_NE(page.find("Score: 0 / "), std::string::npos);
}

TEST(HtmlPage, CheckWritesItWithFormatHtml) {
  const TempFile out("check.html");
  std::ostringstream terminal, err;
  const int code = commands::check({.submission = (source_dir / "tests/corpus/buggy/gd1d_sign_error").string(),
                                    .problem = "gd_1d",
                                    .format = "html",
                                    .out = out.path.string()},
                                   terminal, err);
  EXPECT_EQ(code, 1) << err.str();
  const std::string page = out.read();
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("class=\"student-path\""), std::string::npos);
  EXPECT_NE(terminal.str().find("Score: "), std::string::npos);  // the short text report still shows
}

}  // namespace
}  // namespace gdlab::feedback
