// GitHub Actions output read as the runner reads it: every line of the log follows the published
// workflow-command grammar or sits between stop-commands and its token; one error per problem,
// at the compiler's line or the definition of the failed function; stubs as one notice; and
// never more errors than GitHub shows.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "ci_support.hpp"
#include "report/github.hpp"
#include "report/text.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;
using namespace std::string_literals;
using ci_test::read_log;

// What a student's program or compiler may say: a workflow command (also indented, and the
// older ##[ form anywhere in a line), escapes, CR, NUL, ESC.
const std::string hostile =
    "100% %0A,x:y\n::error file=x::pwned\n   ::warning::indented\nsay ##[error]old form\r\n"
    "::add-mask::secret nul\0 esc\x1b[31m end"s;

grading::TestResult test(std::string name, Verdict v, double points = 1, std::string message = "") {
  grading::TestResult t;
  t.name = std::move(name);
  t.verdict = v;
  t.max_score = points;
  t.message = std::move(message);
  return t;
}

grading::ProblemResult problem(std::string id, std::vector<grading::TestResult> tests) {
  grading::ProblemResult p;
  p.id = id;
  p.title = "Problem " + id;
  p.source = "exercises/" + id + ".cpp";
  for (auto& t : tests) t.problem = id;
  p.tests = std::move(tests);
  return p;
}

int line_of(const std::string& text, const std::string& what) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(text.find(what)), '\n'));
}

// The log `gdlab check --format github` prints: the text report, then the annotations.
std::string log_of(const grading::Report& r, const Sources& s = {}) {
  std::ostringstream text;
  write_text(r, text, false);
  return without_commands(text.str()) + github_annotations(r, s);
}

// Every verdict, hostile text everywhere, a problem that does not build.
grading::Report every_verdict() {
  auto failed = test("fails " + hostile, Verdict::failed, 3, hostile);
  failed.checks = {{"final_loss", false, "final loss: expected 0.5, got " + hostile}};
  failed.diagnoses = {{"ascent", "gradient ascent instead of descent", "look at the sign"}};
  grading::Report r;
  r.assignment = "week " + hostile;
  r.problems = {problem("p1", {test("passes", Verdict::passed), failed, test("todo", Verdict::not_implemented),
                               test("slow", Verdict::time_limit, 2, hostile), test("crash", Verdict::runtime_error),
                               test("mute", Verdict::protocol_error), test("net", Verdict::forbidden)}),
                problem("p2", {test("builds", Verdict::compile_error), test("links", Verdict::compile_error)})};
  r.problems[1].source = "src/a,b:c.cpp";
  r.problems[1].diagnostics = "src/a,b:c.cpp:3:7: error: " + hostile;
  return r;
}

TEST(GitHubLog, EveryLineFollowsThePublishedGrammar) {
  const auto log = read_log(log_of(every_verdict()));
  ci_test::expect_within_limits(log);
  EXPECT_EQ(log.count("error"), 2);   // one per problem that did not pass
  EXPECT_EQ(log.count("notice"), 2);  // the stubs, the score
  EXPECT_FALSE(log.stopped.empty());
  // What the student's program said reaches the runner as text, never as a command.
  for (const auto& line : log.stopped)
    if (line.find("::error file=x::pwned") != std::string::npos) return;
  ADD_FAILURE() << "the hostile text is not in the stopped section";
}

TEST(GitHubLog, HostileTextRoundTripsThroughTheEscapes) {
  const auto log = read_log(github_annotations(every_verdict()));
  ASSERT_EQ(log.count("error"), 2);
  const auto& build = log.annotations[1];
  EXPECT_EQ(build.properties.at("file"), "src/a,b:c.cpp");  // ',' and ':' survive in a property
  EXPECT_EQ(build.properties.at("line"), "3");
  EXPECT_EQ(build.properties.at("col"), "7");
  // The compiler's message is its first line; the student's text in it comes back unchanged.
  EXPECT_EQ(build.message.rfind(hostile.substr(0, hostile.find('\n')) + "\n", 0), 0u) << build.message;
  EXPECT_NE(log.annotations[0].message.find("::error file=x::pwned"), std::string::npos);  // data, not a command
  EXPECT_NE(
      log.annotations[0].message.find("likely mistake: gradient ascent instead of descent. Hint: look at the sign"),
      std::string::npos);
}

TEST(GitHubLog, TheStopTokenIsFreshEachRunAndClosesTheSection) {
  const auto a = without_commands("x\n"), b = without_commands("x\n");
  EXPECT_NE(a, b);
  EXPECT_TRUE(read_log(a).problems.empty());
  EXPECT_EQ(without_commands("text without newline", "T0K3N-0123456789abcdef"),
            "::stop-commands::T0K3N-0123456789abcdef\ntext without newline\n::T0K3N-0123456789abcdef::\n");
}

TEST(GitHubAnnotations, OnePerProblemNotPerTest) {
  grading::Report r;
  r.problems = {problem("linreg", {test("a", Verdict::failed), test("b", Verdict::failed),
                                   test("c", Verdict::time_limit), test("d", Verdict::passed)})};
  const auto log = read_log(github_annotations(r));
  ASSERT_EQ(log.count("error"), 1);
  const auto& e = log.annotations[0];
  EXPECT_EQ(e.properties.at("title"), "linreg: 3 of 4 test(s) do not pass");
  EXPECT_NE(e.message.find("Also not passing: b; c"), std::string::npos) << e.message;
}

// More problems fail than GitHub shows errors: nine name themselves, the tenth names the rest.
TEST(GitHubAnnotations, AWorstCaseSubmissionMakesAtMostTenErrors) {
  grading::Report r;
  const Verdict kinds[] = {Verdict::failed, Verdict::compile_error, Verdict::time_limit, Verdict::runtime_error};
  for (int i = 0; i < 14; ++i) {
    r.problems.push_back(problem(fmt::format("p{}", i), {test("t", kinds[i % 4]), test("u", Verdict::failed)}));
    r.problems.back().diagnostics = fmt::format("exercises/p{}.cpp:{}:1: error: no", i, i + 1);
  }
  const auto log = read_log(log_of(r));
  ci_test::expect_within_limits(log);
  ASSERT_EQ(log.count("error"), github_max_errors);
  const auto& last = log.annotations[github_max_errors - 1];
  const std::size_t rest = r.problems.size() - (github_max_errors - 1);
  EXPECT_EQ(last.properties.at("title"), fmt::format("{} more problems do not pass", rest));
  for (std::size_t i = github_max_errors - 1; i < r.problems.size(); ++i)
    EXPECT_NE(last.message.find(r.problems[i].id + ":"), std::string::npos) << r.problems[i].id;
}

TEST(GitHubAnnotations, ABuildErrorPointsAtTheCompilersLineInTheStudentsFile) {
  auto p = problem("gd_1d", {test("t", Verdict::compile_error)});
  p.diagnostics =
      "/usr/include/c++/12/vector:10:2: error: in a header first\n"
      "exercises/gd_1d.cpp:25:19: error: expected ';' before 'path'\n";
  grading::Report r{.problems = {p}};
  auto e = read_log(github_annotations(r)).annotations.at(0);
  EXPECT_EQ(e.properties.at("file"), "exercises/gd_1d.cpp");
  EXPECT_EQ(e.properties.at("line"), "25");
  EXPECT_EQ(e.properties.at("col"), "19");
  EXPECT_EQ(e.message.rfind("expected ';' before 'path'", 0), 0u);

  r.problems[0].diagnostics = "/usr/include/c++/12/vector:10:2: error: only in a header\n";
  e = read_log(github_annotations(r)).annotations.at(0);
  EXPECT_EQ(e.properties.at("file"), "exercises/gd_1d.cpp");
  EXPECT_EQ(e.properties.count("line"), 0u);  // no line of the student's to point at
  EXPECT_EQ(e.message.rfind("/usr/include/c++/12/vector:10:2: error: only in a header", 0), 0u);

  r.problems[0] = problem("gd_1d", {test("t", Verdict::missing)});  // the file was not handed in
  e = read_log(github_annotations(r)).annotations.at(0);
  EXPECT_EQ(e.properties.at("title"), "gd_1d: exercises/gd_1d.cpp is missing");
  EXPECT_EQ(e.properties.count("file"), 0u);  // no such file to point into
  EXPECT_EQ(e.message.rfind("missing: exercises/gd_1d.cpp (not found in the submission)", 0), 0u) << e.message;
}

// A wrong gradient fails its own test and the loop's: the annotation leads with the function
// defined first in the file (the gradient), at its definition, whatever the tests' order.
TEST(GitHubAnnotations, FailedTestsPointAtTheFirstDefinedFunction) {
  const std::string text =
      "// linreg\n#include \"linreg.hpp\"\n\ndouble mse_loss(const X& x) {\n  return 0;\n}\n\n"
      "Vector mse_gradient(const X& x)\n{\n  return {};\n}\n\nPath linreg_gd(int steps) {\n}\n";
  Sources s;
  s["linreg"].text = text;
  s["linreg"].entry_of = {{"loss", "mse_loss"}, {"gradient", "mse_gradient"}, {"loop", "linreg_gd"}};
  grading::Report r{.problems = {problem("linreg", {test("loss", Verdict::passed), test("loop", Verdict::failed),
                                                    test("gradient", Verdict::failed)})}};
  auto e = read_log(github_annotations(r, s)).annotations.at(0);
  EXPECT_EQ(e.properties.at("file"), "exercises/linreg.cpp");
  EXPECT_EQ(e.properties.at("line"), std::to_string(line_of(text, "Vector mse_gradient")));
  EXPECT_EQ(e.message.rfind("gradient: failed", 0), 0u) << e.message;
  EXPECT_NE(e.message.find("Also not passing: loop"), std::string::npos) << e.message;
  r.problems[0].tests[2].verdict = Verdict::passed;  // only the loop is wrong: point at the loop
  e = read_log(github_annotations(r, s)).annotations.at(0);
  EXPECT_EQ(e.properties.at("line"), std::to_string(line_of(text, "Path linreg_gd")));
  e = read_log(github_annotations(r)).annotations.at(0);  // no sources: the file, no line
  EXPECT_EQ(e.properties.count("line"), 0u);
}

TEST(GitHubAnnotations, UntouchedStubsAreOneNoticeNotAnErrorEach) {
  grading::Report r;
  Sources s;
  int tests = 0;
  for (const char* id : {"a", "b", "c", "d", "e"}) {
    r.problems.push_back(problem(id, {test("one", Verdict::not_implemented), test("two", Verdict::not_implemented),
                                      test("three", Verdict::not_implemented)}));
    s[id].text = fmt::format("\nint {0}_entry(int x) {{\n  gdlab::todo(\"{0}\");\n}}\n", id);
    for (const char* t : {"one", "two", "three"}) s[id].entry_of[t] = std::string(id) + "_entry", ++tests;
  }
  const auto log = read_log(log_of(r, s));
  ci_test::expect_within_limits(log);
  EXPECT_EQ(log.count("error"), 0);
  ASSERT_EQ(log.count("notice"), 2);
  const auto& stubs = log.annotations[0];
  EXPECT_EQ(stubs.properties.at("title"), fmt::format("{} test(s) wait for your code", tests));
  EXPECT_EQ(stubs.properties.at("file"), "exercises/a.cpp");
  EXPECT_EQ(stubs.properties.at("line"), std::to_string(line_of(*s["a"].text, "int a_entry")));
  for (const char* id : {"a", "b", "c", "d", "e"})
    EXPECT_NE(stubs.message.find(fmt::format("{}_entry in exercises/{}.cpp", id, id)), std::string::npos) << id;
  EXPECT_EQ(log.annotations[1].message, fmt::format("Score 0 / {} (0 of {} tests passed)", tests, tests));
}

}  // namespace
}  // namespace gdlab::report
