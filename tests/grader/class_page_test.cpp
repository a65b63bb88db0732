// summary.html, the class page: its numbers are the gradebook's. A class of every kind of row
// (full marks, partial, a compile error, a time-out, a named mistake, missing files, no files,
// a bad archive) goes into both gradebook_csv and summary_html; the page's student rows, score
// histogram and problem pass rates are read back and compared with what the CSV says, and its
// test pass rates, mistakes and compile errors and time-outs with the records' own verdicts.
// The browser's view of the page (axe-core, a screenshot) is in a11y_browser_test.cpp.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "batch/class_page.hpp"
#include "batch/gradebook.hpp"
#include "text/points.hpp"

namespace gdlab::batch {
namespace {

const std::vector<ProblemScore> kProblems = {{.id = "gd_1d", .max_score = 3}, {.id = "gd_2d", .max_score = 2}};

TestRecord test(const std::string& problem, const std::string& name, const std::string& verdict,
                std::vector<std::string> mistakes = {}) {
  return {.problem = problem, .name = name, .verdict = verdict, .mistakes = std::move(mistakes)};
}

StudentRecord graded(const std::string& id, Status status, double gd_1d, double gd_2d, std::vector<TestRecord> tests) {
  StudentRecord r{.id = id, .status = status};
  r.problems = {{.id = "gd_1d", .score = gd_1d, .max_score = 3}, {.id = "gd_2d", .score = gd_2d, .max_score = 2}};
  r.tests = std::move(tests);
  return r;
}

std::vector<StudentRecord> a_class() {
  const auto all = [](const std::string& v1, const std::string& v2, const std::string& v3) {
    return std::vector<TestRecord>{test("gd_1d", "book example", v1), test("gd_1d", "from 4", v2),
                                   test("gd_2d", "ellipse", v3)};
  };
  std::vector<StudentRecord> c = {
      graded("amy", Status::ok, 3, 2, all("passed", "passed", "passed")),
      graded("eve", Status::ok, 3, 2, all("passed", "passed", "passed")),
      graded("bob", Status::ok, 1, 0,
             {test("gd_1d", "book example", "passed"), test("gd_1d", "from 4", "failed", {"ascent"}),
              test("gd_2d", "ellipse", "time_limit")}),
      graded("gus", Status::ok, 0, 2,
             {test("gd_1d", "book example", "failed", {"ascent", "missing_factor_2"}),
              test("gd_1d", "from 4", "failed", {"ascent"}), test("gd_2d", "ellipse", "passed")}),
      graded("cal", Status::compile_error, 0, 2, all("compile_error", "compile_error", "passed")),
      graded("fay", Status::missing_files, 2.5, 0,
             {test("gd_1d", "book example", "passed"), test("gd_1d", "from 4", "failed")}),
      record_without_grading("dan", Status::no_files, "no exercise file was found", kProblems),
      record_without_grading("hal", Status::bad_archive, "an entry's path starts with '..'", kProblems),
  };
  return c;
}

struct Row {
  double total = 0;
  std::vector<double> scores;
  std::string status;
};

std::map<std::string, Row> csv_rows(const std::string& csv, double& max) {
  std::map<std::string, Row> rows;
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);  // the header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string x; std::getline(fields, x, ',');) f.push_back(x);
    Row r{.total = std::stod(f[1]), .status = f[3 + kProblems.size()]};
    max = std::stod(f[2]);
    for (std::size_t i = 0; i < kProblems.size(); ++i) r.scores.push_back(std::stod(f[3 + i]));
    rows[f[0]] = r;
  }
  return rows;
}

// The body rows of the table with this id, as the text of their cells.
std::vector<std::vector<std::string>> table(const std::string& html, const std::string& id) {
  const auto from = html.find("<table id=\"" + id + "\"");
  const auto to = html.find("</table>", from);
  if (from == std::string::npos) {
    ADD_FAILURE() << "no table " << id;
    return {};
  }
  const std::string t = html.substr(from, to - from);
  std::vector<std::vector<std::string>> rows;
  const std::regex row("<tr>(.*?)</tr>"), cell("<t[hd][^>]*>(.*?)</t[hd]>"), tag("<[^>]*>");
  for (auto r = std::sregex_iterator(t.begin(), t.end(), row); r != std::sregex_iterator(); ++r) {
    const std::string inner = (*r)[1];
    if (inner.find("scope=\"col\"") != std::string::npos) continue;
    auto& cells = rows.emplace_back();
    for (auto c = std::sregex_iterator(inner.begin(), inner.end(), cell); c != std::sregex_iterator(); ++c)
      cells.push_back(std::regex_replace((*c)[1].str(), tag, ""));
  }
  return rows;
}

bool counted(const std::string& status) {
  return status == "ok" || status == "compile_error" || status == "missing_files";
}

TEST(ClassPage, StudentsHistogramAndProblemRatesAreTheGradebooks) {
  const auto records = a_class();
  double max = 0;
  const auto csv = csv_rows(gradebook_csv(records, kProblems), max);
  const std::string html = summary_html("hw", records, kProblems);
  // Every student's row: total, points per problem and status as the CSV has them, and a link.
  const auto students = table(html, "students");
  ASSERT_EQ(students.size(), csv.size());
  for (const auto& s : students) {
    ASSERT_TRUE(csv.contains(s[0])) << s[0];
    const Row& want = csv.at(s[0]);
    EXPECT_EQ(s[1], text::points(want.total)) << s[0];
    for (std::size_t i = 0; i < kProblems.size(); ++i) EXPECT_EQ(s[2 + i], text::points(want.scores[i])) << s[0];
    EXPECT_EQ(s.back(), want.status) << s[0];
    EXPECT_NE(html.find("href=\"students/" + s[0] + "/feedback.html\""), std::string::npos) << s[0];
  }
  // The histogram's table: students per tenth of the maximum, counted here from the CSV.
  std::vector<std::size_t> bins(11, 0);
  for (const auto& [id, r] : csv)
    if (counted(r.status)) bins[r.total >= max ? 10 : static_cast<std::size_t>(r.total / max * 10)]++;
  const auto histogram = table(html, "distribution");
  ASSERT_EQ(histogram.size(), bins.size());
  for (std::size_t b = 0; b < bins.size(); ++b) EXPECT_EQ(histogram[b][1], std::to_string(bins[b])) << histogram[b][0];
  // Each problem's pass rate: full marks among the graded, from the CSV's columns.
  const auto problems = table(html, "problems");
  ASSERT_EQ(problems.size(), kProblems.size());
  for (std::size_t i = 0; i < kProblems.size(); ++i) {
    std::size_t full = 0, of = 0;
    for (const auto& [id, r] : csv)
      if (counted(r.status)) ++of, full += r.scores[i] >= kProblems[i].max_score;
    EXPECT_EQ(problems[i][0], kProblems[i].id);
    EXPECT_EQ(problems[i][1], std::to_string(full) + "/" + std::to_string(of)) << kProblems[i].id;
  }
}

TEST(ClassPage, TestRatesMistakesAndBreakdownsAreTheRecords) {
  const auto records = a_class();
  const std::string html = summary_html("hw", records, kProblems);
  std::map<std::string, std::pair<int, int>> rates;                          // test -> passed, of
  std::map<std::string, std::set<std::string>> mistakes;                     // mistake -> students
  std::map<std::string, std::array<std::set<std::string>, 2>> compile_time;  // problem -> ids
  for (const auto& r : records)
    for (const auto& t : r.tests) {
      rates[t.name].first += t.verdict == "passed", rates[t.name].second++;
      for (const auto& m : t.mistakes) mistakes[m].insert(r.id);
      if (t.verdict == "compile_error") compile_time[t.problem][0].insert(r.id);
      if (t.verdict == "time_limit") compile_time[t.problem][1].insert(r.id);
    }
  const auto tests = table(html, "tests");
  ASSERT_EQ(tests.size(), rates.size());
  for (const auto& t : tests)
    EXPECT_EQ(t[2], std::to_string(rates[t[1]].first) + "/" + std::to_string(rates[t[1]].second)) << t[1];
  const auto named = table(html, "mistakes");
  ASSERT_EQ(named.size(), mistakes.size());
  for (const auto& m : named) EXPECT_EQ(m[0], std::to_string(mistakes[m[2]].size())) << m[2];
  EXPECT_EQ(named.front()[2], "ascent");  // the most common first
  const auto breakdowns = table(html, "breakdowns");
  ASSERT_EQ(breakdowns.size(), kProblems.size());
  for (const auto& b : breakdowns) {
    EXPECT_EQ(b[1], std::to_string(compile_time[b[0]][0].size())) << b[0];
    EXPECT_EQ(b[2], std::to_string(compile_time[b[0]][1].size())) << b[0];
  }
  // Who was not graded, and why, in the records' words.
  const auto missing = table(html, "not-graded");
  ASSERT_EQ(missing.size(), 2u);
  EXPECT_EQ(missing[0][0], "dan");
  EXPECT_EQ(missing[1][2], "an entry&#39;s path starts with &#39;..&#39;");
}

TEST(ClassPage, TheSameRecordsGiveTheSameBytesAndEverythingIsEscaped) {
  auto records = a_class();
  records[0].id = "<script>alert(1)</script>";
  const std::string page = summary_html("<b>hw</b>", records, kProblems);
  std::reverse(records.begin(), records.end());
  EXPECT_EQ(summary_html("<b>hw</b>", records, kProblems), page);  // sorted by id, no time in it
  EXPECT_EQ(page.find("<script>"), std::string::npos);
  EXPECT_EQ(page.find("<b>hw"), std::string::npos);
  EXPECT_NE(page.find("students/%3Cscript%3Ealert%281%29%3C%2Fscript%3E/feedback.html"), std::string::npos);
  EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(page.find("<svg"), std::string::npos);  // the histogram, drawn inline
}

}  // namespace
}  // namespace gdlab::batch
