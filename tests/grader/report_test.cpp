// The reports `gdlab check` writes, fed every verdict and the worst strings a student's program
// can print, checked against the schemas CI systems read them by.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "grading/explain.hpp"
#include "report/github.hpp"
#include "report/gradescope.hpp"
#include "report/junit.hpp"
#include "report/markdown.hpp"
#include "report/text.hpp"
#include "shell.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;
using namespace std::string_literals;

// Markup, CDATA's end, a workflow command, percent escapes, NUL, ESC, CR, DEL, a C1 control,
// a lone continuation byte, a truncated sequence, an encoded surrogate and U+FFFE.
const std::string hostile =
    "<a href=\"x\">&amp; ]]> 100% %0A,x:y | pipe\n::error file=x::pwned\r\nnul\0 esc\x1b[31mred"
    "\x7f c1\xc2\x9b bad\x80 cut\xc3 sur\xed\xa0\x80 nc\xef\xbf\xbe end"s;

grading::TestResult test(std::string name, Verdict v, double max, std::string message = hostile) {
  grading::TestResult t;
  t.problem = "p1";
  t.name = std::move(name);
  t.verdict = v;
  t.max_score = max;
  t.message = std::move(message);
  t.output = hostile;
  t.seconds = 0.25;
  return t;
}

// p1 has one test of each verdict that can follow a build; p2 does not compile.
grading::Report hostile_report() {
  grading::ProblemResult p1;
  p1.id = "p1";
  p1.title = "Gradient step " + hostile;
  p1.source = "src/p1.cpp";
  p1.tests = {test("passes", Verdict::passed, 2, ""),    test("fails " + hostile, Verdict::failed, 3),
              test("todo", Verdict::not_implemented, 1), test("slow", Verdict::time_limit, 2),
              test("hungry", Verdict::memory_limit, 2),  test("crash", Verdict::runtime_error, 2),
              test("chatty", Verdict::output_limit, 2),  test("mute", Verdict::protocol_error, 2)};
  p1.tests[1].checks = {{"trajectory", true, "trajectory matches"},
                        {"final_loss", false, "final loss: expected 0.5, got " + hostile}};
  grading::ProblemResult p2;
  p2.id = "p2";
  p2.source = "src/a,b:c.cpp";
  p2.diagnostics = "p2.cpp:3: error " + hostile;
  for (const char* name : {"builds", "links"}) {
    p2.tests.push_back(test(name, Verdict::compile_error, 2, ""));
    p2.tests.back().problem = "p2";
  }
  grading::Report r;
  r.assignment = "week " + hostile;
  r.problems = {p1, p2};
  r.seconds = 3.5;
  r.layers = {"rlimit"};
  return r;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// A file in the temp directory, removed when the test ends.
struct TempFile {
  std::filesystem::path path;
  TempFile(const std::string& name, const std::string& contents)
      : path(std::filesystem::temp_directory_path() / ("gdlab_report_" + std::to_string(getpid()) + "_" + name)) {
    std::ofstream(path, std::ios::binary) << contents;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

using test_shell::Run;
using test_shell::run;

bool have(const std::string& command) { return run(command).status == 0; }

const std::string junit_xsd = GDLAB_SOURCE_DIR "/tests/schemas/junit.xsd";
const std::string gradescope_schema = GDLAB_SOURCE_DIR "/tests/schemas/gradescope.schema.json";

Run xmllint_validate(const std::filesystem::path& xml) {
  return run("xmllint --noout --schema '" + junit_xsd + "' '" + xml.string() + "'");
}

std::string xpath(const std::filesystem::path& xml, const std::string& expr) {
  auto out = run("xmllint --xpath '" + expr + "' '" + xml.string() + "'").out;
  while (!out.empty() && out.back() == '\n') out.pop_back();  // newer xmllint ends with one
  return out;
}

// Perl's JSON::Validator (Debian: libjson-validator-perl); prints one line per violation.
Run json_validate(const std::filesystem::path& json) {
  return run(
      "perl -MJSON::Validator -MMojo::File=path -MMojo::JSON=decode_json -e '"
      "my $jv = JSON::Validator->new->schema($ARGV[0]);"
      "my @e = $jv->validate(decode_json(path($ARGV[1])->slurp));"
      "print \"$_\\n\" for @e; exit(@e ? 1 : 0)' '" +
      gradescope_schema + "' '" + json.string() + "'");
}

#define REQUIRE_XMLLINT() \
  if (!have("command -v xmllint")) FAIL() << "xmllint not found: install libxml2-utils"
#define REQUIRE_JSON_VALIDATOR()                         \
  if (!have("perl -MJSON::Validator -e 1"))              \
  FAIL() << "perl's JSON::Validator not found: install " \
            "libjson-validator-perl"

// Every verdict's name reads back as that verdict (saved batch results depend on it), and a
// name that is none is refused.
TEST(VerdictNames, EveryVerdictReadsBack) {
  for (int i = 0; i <= static_cast<int>(grading::last_verdict); ++i) {
    const auto v = static_cast<grading::Verdict>(i);
    EXPECT_EQ(grading::verdict_from_string(grading::to_string(v)), v) << grading::to_string(v);
  }
  EXPECT_THROW(grading::verdict_from_string("unknown"), std::invalid_argument);
}

TEST(JUnit, ValidatesAgainstJenkinsSchema) {
  REQUIRE_XMLLINT();
  const TempFile xml("junit.xml", to_junit(hostile_report()));
  const auto r = xmllint_validate(xml.path);
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST(JUnit, SchemaRejectsAReportWithoutTestNames) {
  REQUIRE_XMLLINT();
  const TempFile xml("bad.xml",
                     "<testsuites><testsuite name=\"p\" tests=\"1\"><testcase/>"
                     "</testsuite></testsuites>");
  EXPECT_NE(xmllint_validate(xml.path).status, 0);
}

TEST(JUnit, CountsFailuresErrorsAndSkipsPerProblem) {
  REQUIRE_XMLLINT();
  const TempFile xml("counts.xml", to_junit(hostile_report()));
  const std::string p1 = "/testsuites/testsuite[@name=\"p1\"]";
  EXPECT_EQ(xpath(xml.path, "string(" + p1 + "/@tests)"), "8");
  EXPECT_EQ(xpath(xml.path, "string(" + p1 + "/@failures)"), "2");  // failed, and not implemented
  EXPECT_EQ(xpath(xml.path, "string(" + p1 + "/@errors)"), "5");
  EXPECT_EQ(xpath(xml.path, "string(" + p1 + "/@skipped)"), "0");
  EXPECT_EQ(xpath(xml.path, "string(/testsuites/testsuite[@name=\"p2\"]/@errors)"), "2");
  EXPECT_EQ(xpath(xml.path, "count(//testcase/failure)"), "2");
  EXPECT_EQ(xpath(xml.path, "count(//testcase/error)"), "7");
  EXPECT_EQ(xpath(xml.path, "count(//testcase/skipped)"), "0");
  EXPECT_EQ(xpath(xml.path, "string(/testsuites/@tests)"), "10");
  EXPECT_EQ(xpath(xml.path, "string(/testsuites/@failures)"), "2");
}

// Each testcase names the student's file it grades (GitLab's file=), and a failure's text
// carries the named mistake's hint, which consumers show (GitLab shows only the text).
TEST(JUnit, NamesTheFileAndTheHint) {
  REQUIRE_XMLLINT();
  auto report = hostile_report();
  report.problems[0].tests[1].diagnoses = {{"ascent", "gradient ascent instead of descent", "look at the sign"}};
  const TempFile xml("file.xml", to_junit(report));
  EXPECT_EQ(xmllint_validate(xml.path).status, 0);
  EXPECT_EQ(xpath(xml.path, "count(//testcase[@file])"), xpath(xml.path, "count(//testcase)"));
  for (const auto& p : report.problems)
    EXPECT_EQ(xpath(xml.path, "count(//testsuite[@name=\"" + p.id + "\"]/testcase[@file=\"" + p.source + "\"])"),
              std::to_string(p.tests.size()))
        << p.id;
  EXPECT_NE(to_junit(report).find("likely mistake: gradient ascent instead of descent. Hint: look at the sign"),
            std::string::npos);
}

// An untouched repository: every test not implemented, so every test fails, none is skipped.
TEST(JUnit, AnUntouchedRepositoryDoesNotReportZeroFailures) {
  REQUIRE_XMLLINT();
  grading::Report r;
  int tests = 0;
  for (const char* id : {"a", "b", "c"}) {
    grading::ProblemResult p;
    p.id = id;
    p.source = std::string("exercises/") + id + ".cpp";
    for (int k = 0; k < 3; ++k, ++tests)
      p.tests.push_back(test("t" + std::to_string(k), Verdict::not_implemented, 1, ""));
    r.problems.push_back(p);
  }
  const TempFile xml("untouched.xml", to_junit(r));
  EXPECT_EQ(xmllint_validate(xml.path).status, 0);
  EXPECT_EQ(xpath(xml.path, "string(/testsuites/@failures)"), std::to_string(tests));
  EXPECT_EQ(xpath(xml.path, "count(//testcase/failure[@type=\"not_implemented\"])"), std::to_string(tests));
  EXPECT_EQ(xpath(xml.path, "count(//testcase/skipped)"), "0");
}

TEST(JUnit, HostileTextSurvivesEscaped) {
  const auto xml = to_junit(hostile_report());
  EXPECT_EQ(xml.find("]]>"), std::string::npos);
  EXPECT_EQ(xml.find('\0'), std::string::npos);
  EXPECT_EQ(xml.find('\x1b'), std::string::npos);
  EXPECT_NE(xml.find("&lt;a href=&quot;x&quot;&gt;&amp;amp;"), std::string::npos);
}

TEST(Gradescope, ValidatesAgainstDocumentedSchema) {
  REQUIRE_JSON_VALIDATOR();
  const TempFile json("results.json", to_gradescope(hostile_report()).dump(2));
  const auto r = json_validate(json.path);
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST(Gradescope, SchemaRejectsUndocumentedValues) {
  REQUIRE_JSON_VALIDATOR();
  auto results = to_gradescope(hostile_report());
  results["tests"][0]["status"] = "ok";
  results["tests"][1]["colour"] = "red";
  const TempFile json("bad.json", results.dump());
  const auto r = json_validate(json.path);
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("/tests/0/status"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("colour"), std::string::npos) << r.out;
}

TEST(Gradescope, ScoreIsTheSumAndFullPointsMeanPassed) {
  const auto report = hostile_report();
  const auto results = to_gradescope(report);
  ASSERT_EQ(results["tests"].size(), 10u);
  double sum = 0;
  for (const auto& t : results["tests"]) {
    sum += t["score"].get<double>();
    EXPECT_EQ(t["score"] == t["max_score"], t["status"] == "passed") << t["name"];
  }
  EXPECT_DOUBLE_EQ(results["score"].get<double>(), sum);
  EXPECT_DOUBLE_EQ(sum, report.score());
  EXPECT_EQ(results["tests"][2]["name"], "p1: todo");
}

TEST(GitHub, OneEscapedErrorPerProblemThatDidNotPass) {
  const auto text = github_annotations(hostile_report());
  EXPECT_EQ(text.find('\r'), std::string::npos);
  int errors = 0, notices = 0;
  for (const auto& line : lines(text)) {
    errors += line.rfind("::error ", 0) == 0;
    notices += line.rfind("::notice ", 0) == 0;
    EXPECT_TRUE(line.rfind("::error file=src/", 0) == 0 || line.rfind("::notice ", 0) == 0) << line;
  }
  EXPECT_EQ(errors, 2);                                                 // p1's failures, p2's build
  EXPECT_EQ(notices, 2);                                                // p1's stub, the score
  EXPECT_NE(text.find("%0A::error file=x::pwned"), std::string::npos);  // inside a message, not a line
  EXPECT_NE(text.find("100%25 %250A,x:y"), std::string::npos);
  EXPECT_NE(text.find("file=src/a%2Cb%3Ac.cpp,title=p2%3A src/a%2Cb%3Ac.cpp does not build::"), std::string::npos);
}

TEST(GitHub, SummaryIsOneTableRowPerTest) {
  const auto md = github_summary(hostile_report());
  int rows = 0;
  for (const auto& line : lines(md)) {
    if (line.empty() || line[0] != '|') continue;
    ++rows;
    int cells = 0;  // unescaped '|' only: a student's '|' must not add a column
    for (std::size_t i = 0; i < line.size(); ++i) cells += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    EXPECT_EQ(cells, 5) << line;
  }
  EXPECT_EQ(rows, 2 + 10 + 1);  // header, rule, tests, total
  EXPECT_NE(md.find("| **Total** | | | **2 / 20** |"), std::string::npos);
  EXPECT_EQ(md.find('<'), std::string::npos);
}

TEST(Text, ScoreLineAndNoAnsiWithoutColour) {
  std::ostringstream out;
  write_text(hostile_report(), out, false);
  const auto text = out.str();
  EXPECT_NE(text.find("Score: 2 / 20"), std::string::npos);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_EQ(text.find('\0'), std::string::npos);
  EXPECT_EQ(occurrences(text, "p2.cpp:3: error"), 1u);  // diagnostics once, not per test
  EXPECT_NE(text.find("final loss: expected 0.5"), std::string::npos);
  EXPECT_EQ(text.find("trajectory matches"), std::string::npos);  // passed checks stay quiet
  for (const char* mark : {"✓ passes", "✗ fails", "… todo", "! slow", "! builds"})
    EXPECT_NE(text.find(mark), std::string::npos) << mark;
}

TEST(Text, ColourOnlyWhenAsked) {
  std::ostringstream out;
  write_text(hostile_report(), out, true);
  EXPECT_NE(out.str().find("\x1b[32m✓\x1b[0m"), std::string::npos);
  EXPECT_NE(out.str().find("Score: 2 / 20"), std::string::npos);
}

TEST(Text, PassingProblemIsOneLinePlusOnePerTest) {
  grading::ProblemResult p;
  p.id = "gd";
  p.title = "Gradient descent";
  p.tests = {test("one", Verdict::passed, 1, ""), test("two", Verdict::passed, 1.5, "")};
  std::ostringstream out;
  grading::Report r;
  r.problems = {p};
  write_text(r, out, false);
  const auto all = lines(out.str());
  ASSERT_EQ(std::count_if(all.begin(), all.end(), [](const auto& l) { return !l.empty(); }), 4);
  EXPECT_EQ(all[0], "gd: Gradient descent  2.5/2.5");
  EXPECT_EQ(all.back(), "Score: 2.5 / 2.5");
}

// A failed test whose check failed, diagnosed as `mistakes` (none: the note says so).
grading::TestResult diagnosed(std::string name, const std::vector<std::string>& mistakes) {
  grading::TestResult t = test(std::move(name), Verdict::failed, 1, "");
  t.output.clear();
  t.checks = {{"trajectory", false, "step 3 is the first that differs"}, {"called_twice", true, "the same"}};
  for (const auto& m : mistakes) t.diagnoses.push_back({m, "the mistake " + m, "look at " + m});
  if (mistakes.empty()) t.diagnosis_note = "none of the common mistakes matches";
  return t;
}

grading::Report one_problem(std::vector<grading::TestResult> tests) {
  grading::ProblemResult p{
      .id = "gd", .title = "Gradient descent", .source = "exercises/gd.cpp", .tests = std::move(tests)};
  // Failed only because a second call returned something else: no mistake of one call explains that.
  grading::TestResult twice = test("twice", Verdict::failed, 1, "");
  twice.checks = {{"trajectory", true, ""}, {"called_twice", false, "called twice with the same inputs, ..."}};
  p.tests.push_back(twice);
  p.tests.push_back(test("fine", Verdict::passed, 1, ""));
  return {.assignment = "a", .problems = {p}};
}

TEST(Diagnoses, AMistakeIsNamedForTheProblemOnlyWhenItExplainsEveryFailedTest) {
  const auto all = grading::explain(
      one_problem({diagnosed("a", {"stops_early"}), diagnosed("b", {"stops_early", "one_step_too_few"})}).problems[0]);
  ASSERT_EQ(all.size(), 1u);  // one_step_too_few explains only b: not named
  EXPECT_EQ(all[0].mistake.mistake, "stops_early");
  EXPECT_EQ(all[0].failed, 2u);
  EXPECT_TRUE(all[0].explains_all());
  const auto some = grading::explain(
      one_problem({diagnosed("a", {"x"}), diagnosed("b", {"y", "x"}), diagnosed("c", {})}).problems[0]);
  ASSERT_EQ(some.size(), 2u);
  EXPECT_EQ(some[0].mistake.mistake, "x");
  EXPECT_EQ(some[0].tests, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(grading::explained(some[0]), "2 of 3 failed tests");
  EXPECT_EQ(grading::explained(some[1]), "1 of 3 failed tests");
}

TEST(Diagnoses, TheTextSaysTheProblemsDiagnosisOnceBeforeItsTests) {
  std::ostringstream out;
  write_text(one_problem({diagnosed("a", {"stops_early"}), diagnosed("b", {"stops_early", "one_step_too_few"}),
                          diagnosed("c", {"stops_early"})}),
             out, false);
  const auto text = out.str();
  EXPECT_EQ(occurrences(text, "the mistake stops_early"), 1u) << text;
  EXPECT_NE(text.find("    likely mistake, in all 3 failed tests: the mistake stops_early. Hint: look at stops_early"),
            std::string::npos)
      << text;
  EXPECT_LT(text.find("likely mistake"), text.find("✗ a")) << text;
  EXPECT_EQ(text.find("one_step_too_few"), std::string::npos) << text;
  EXPECT_NE(text.find("called twice with the same inputs"), std::string::npos);
  const auto md = to_markdown(one_problem({diagnosed("a", {"stops_early"}), diagnosed("b", {"stops_early"})}));
  EXPECT_EQ(occurrences(md, "the mistake stops\\_early"), 1u) << md;
}

TEST(Diagnoses, OtherwiseEachTestSaysWhichFailedTestsItsMistakeExplains) {
  const auto report = one_problem({diagnosed("a", {"x"}), diagnosed("b", {"x"}), diagnosed("c", {})});
  std::ostringstream out;
  write_text(report, out, false);
  const auto text = out.str();
  EXPECT_EQ(text.find("likely mistake"), std::string::npos) << text;
  EXPECT_EQ(occurrences(text, "      possible mistake (explains 2 of 3 failed tests): the mistake x. Hint: look at x"),
            2u)
      << text;
  EXPECT_EQ(occurrences(text, "none of the common mistakes matches"), 1u);
  const auto md = to_markdown(report);
  EXPECT_EQ(occurrences(md, "possible mistake (explains 2 of 3 failed tests)"), 2u) << md;
  // Gradescope shows each test alone: the count is said under each.
  const auto results = to_gradescope(report);
  int said = 0;
  for (const auto& t : results["tests"])
    said += t["output"].get<std::string>().find("explains 2 of 3") != std::string::npos;
  EXPECT_EQ(said, 2);
}

}  // namespace
}  // namespace gdlab::report
