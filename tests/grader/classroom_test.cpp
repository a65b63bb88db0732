// GitHub Classroom's payload, checked against what its reporter reads
// (classroom-resources/autograding-grading-reporter): the shape, the base64 it decodes, and
// the "Points X/Y" it computes, which must be gdlab's score.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <cmath>

#include "ci_support.hpp"
#include "report/classroom.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;
using namespace std::string_literals;
namespace fs = std::filesystem;

const fs::path schema = ci_test::source_dir / "tests/schemas/classroom.schema.json";

grading::Report mixed_report() {
  grading::Report r;
  r.assignment = "gradient-descent";
  const Verdict verdicts[] = {Verdict::passed,        Verdict::failed,     Verdict::not_implemented,
                              Verdict::compile_error, Verdict::time_limit, Verdict::passed};
  for (int p = 0; p < 3; ++p) {
    grading::ProblemResult pr;
    pr.id = fmt::format("p{}", p);
    pr.source = fmt::format("exercises/p{}.cpp", p);
    for (int k = 0; k < 4; ++k) {
      grading::TestResult t;
      t.name = fmt::format("test {} \"quoted\" \n::error::x {}", k, "\xff bad byte"s);
      t.verdict = verdicts[(p + k) % 6];
      t.max_score = 0.5 * (k + 1);  // unequal points: the sum, not a count, must be the score
      t.message = "why: " + std::string(100, '!');
      t.seconds = 0.0125 * k;
      pr.tests.push_back(t);
    }
    r.problems.push_back(pr);
  }
  return r;
}

// What the reporter's NotifyClassroom prints for one runner: "Points <sum of tests[].score>/<max_score>".
std::string reporter_points(const nlohmann::json& results) {
  double total = 0;
  for (const auto& t : results["tests"]) total += t["score"].get<double>();
  return fmt::format("Points {}/{}", total, results["max_score"].get<double>());
}

TEST(Classroom, PayloadHasTheShapeTheReporterReads) {
  REQUIRE_JSON_VALIDATOR();
  ci_test::TempDir dir;
  ci_test::write_file(dir.path / "payload.json", to_classroom(mixed_report()).dump());
  const auto r = ci_test::json_validate(schema, dir.path / "payload.json");
  EXPECT_EQ(r.status, 0) << r.out;
  auto bad = to_classroom(mixed_report());
  bad["tests"][0].erase("line_no");  // the reporter would print "line undefined"
  bad["status"] = "passed";
  ci_test::write_file(dir.path / "bad.json", bad.dump());
  const auto rejected = ci_test::json_validate(schema, dir.path / "bad.json");
  EXPECT_NE(rejected.status, 0);
  EXPECT_NE(rejected.out.find("/status"), std::string::npos) << rejected.out;
  EXPECT_NE(rejected.out.find("line_no"), std::string::npos) << rejected.out;
}

TEST(Classroom, ThePointsClassroomRecordsAreGdlabsScore) {
  const auto report = mixed_report();
  const auto payload = to_classroom(report);
  EXPECT_EQ(reporter_points(payload), fmt::format("Points {}/{}", report.score(), report.max_score()));
  EXPECT_EQ(payload["status"], report.all_passed() ? "pass" : "fail");
  std::size_t i = 0;
  for (const auto& p : report.problems)
    for (const auto& t : p.tests) {
      const auto& j = payload["tests"][i++];
      EXPECT_EQ(j["score"].get<double>(), t.score());
      EXPECT_EQ(j["status"], t.verdict == Verdict::passed                                            ? "pass"
                             : t.verdict == Verdict::failed || t.verdict == Verdict::not_implemented ? "fail"
                                                                                                     : "error");
      EXPECT_EQ(j["filename"], p.source);
    }
  EXPECT_EQ(i, payload["tests"].size());
}

TEST(Classroom, TheOutputIsTheBase64TheReporterDecodes) {
  const auto report = mixed_report();
  const std::string encoded = classroom_output(report);
  EXPECT_EQ(encoded.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
            std::string::npos);
  // coreutils' decoder stands for Node's Buffer.from(..., "base64").
  ci_test::TempDir dir;
  ci_test::write_file(dir.path / "b64", encoded);
  const auto decoded = ci_test::run("base64 -d " + ci_test::quote((dir.path / "b64").string()), false);
  ASSERT_EQ(decoded.status, 0);
  EXPECT_EQ(nlohmann::json::parse(decoded.out), to_classroom(report));
}

TEST(Classroom, LinesPointAtTheFunctionsAndTheEnvironmentVariableStaysSmall) {
  auto report = mixed_report();
  Sources s;
  s["p0"].text = "\n\nint entry(int) {\n}\n";
  for (const auto& t : report.problems[0].tests) s["p0"].entry_of[t.name] = "entry";
  EXPECT_EQ(to_classroom(report, s)["tests"][0]["line_no"], 3);
  EXPECT_EQ(to_classroom(report)["tests"][0]["line_no"], 0);  // unknown: 0, as the graders write
  // A flood of long messages: shortened until the base64 fits an environment variable.
  for (auto& p : report.problems)
    for (auto& t : p.tests) t.message = std::string(200000, 'x');
  for (int k = 0; k < 6; ++k) report.problems.push_back(report.problems[k % 3]);
  const std::string encoded = classroom_output(report);
  EXPECT_LE(encoded.size(), classroom_max_base64);
  EXPECT_EQ(reporter_points(to_classroom(report)), fmt::format("Points {}/{}", report.score(), report.max_score()));
}

}  // namespace
}  // namespace gdlab::report
