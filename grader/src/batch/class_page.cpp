#include "batch/class_page.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "batch/gradebook.hpp"
#include "feedback/bars.hpp"
#include "feedback/page.hpp"
#include "text/html_escape.hpp"
#include "text/points.hpp"

namespace gdlab::batch {
namespace {

using text::html_escape;
using text::points;

constexpr std::string_view kStyle = R"(<style>
main{max-width:72rem}
.rate{white-space:nowrap}
.bar{display:inline-block;width:5rem;height:.6rem;background:#e6e6e6;border:1px solid #767676;margin-right:.4rem;vertical-align:middle}
.bar>span{display:block;height:100%;background:#0072b2}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
nav ul{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;margin:.3rem 0}
</style>
)";

std::string percent(std::size_t part, std::size_t whole) {
  return whole == 0 ? "-" : fmt::format("{:.0f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

// "3/4" and "75%" with a bar drawn beside it: the bar is decoration, the number says it all.
std::string rate_cells(std::size_t part, std::size_t whole) {
  const double share = whole == 0 ? 0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
  return fmt::format(
      "<td class=\"n\">{}/{}</td><td class=\"rate\"><span class=\"bar\" aria-hidden=\"true\"><span "
      "style=\"width:{:.0f}%\"></span></span>{}</td>",
      part, whole, share, percent(part, whole));
}

// A student's id in a link: ids are [A-Za-z0-9._@-] once accepted, but a refused one may not be.
std::string url_part(const std::string& id) {
  std::string out;
  for (unsigned char c : id)
    out += std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '@' ? std::string(1, static_cast<char>(c))
                                                                           : fmt::format("%{:02X}", c);
  return out;
}

std::string section(std::string_view id, std::string_view heading, const std::string& body) {
  return fmt::format("<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n{2}</section>\n", id, heading, body);
}

std::string distribution(const std::vector<StudentRecord>& records, double max) {
  std::vector<double> scores;
  for (const auto& r : records)
    if (is_graded(r)) scores.push_back(r.total());
  if (scores.empty() || max <= 0) return "<p>No student was graded.</p>\n";
  std::sort(scores.begin(), scores.end());
  double sum = 0;
  for (double s : scores) sum += s;
  const auto n = scores.size();
  const double median = n % 2 ? scores[n / 2] : (scores[n / 2 - 1] + scores[n / 2]) / 2;
  const std::string stats = fmt::format("{} graded: mean {}, median {}, lowest {}, highest {} (of {}).", n,
                                        points(sum / static_cast<double>(n)), points(median), points(scores.front()),
                                        points(scores.back()), points(max));
  const auto bins = score_bins(records, max);
  std::vector<feedback::svg::Bar> bars;
  std::string rows, alt = "Histogram of the scores. " + stats + " Students per score band:";
  for (std::size_t b = 0; b < bins.size(); ++b) {
    const std::string range = b == 10 ? "100" : fmt::format("{}-{}", b * 10, b * 10 + 9);
    bars.push_back({range, bins[b]});
    rows += fmt::format("<tr><th scope=\"row\">{}%</th><td class=\"n\">{}</td></tr>\n", range, bins[b]);
    alt += fmt::format(" {}%: {};", range, bins[b]);
  }
  auto fig = feedback::svg::bar_chart(bars, "score, % of the maximum", "students", {.alt = alt});
  fig.table =
      "<table id=\"distribution\" class=\"points\"><caption>Students per score band</caption>\n<thead><tr>"
      "<th scope=\"col\">score</th><th scope=\"col\" class=\"n\">students</th></tr></thead>\n<tbody>\n" +
      rows + "</tbody></table>\n";
  return "<p>" + html_escape(stats) + "</p>\n" +
         feedback::figure({fig},
                          "Each bar counts the students whose score falls in "
                          "its band; its count is written above it.");
}

std::string problem_rates(const std::vector<StudentRecord>& records, const std::vector<ProblemScore>& problems) {
  std::string rows;
  for (const auto& p : problems) {
    std::size_t full = 0, of = 0;
    double sum = 0;
    for (const auto& r : records) {
      if (!is_graded(r)) continue;
      ++of;
      for (const auto& q : r.problems)
        if (q.id == p.id) sum += q.score, full += p.max_score > 0 && q.score >= p.max_score;
    }
    rows += fmt::format("<tr><th scope=\"row\">{}</th>{}<td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                        html_escape(p.id), rate_cells(full, of), of ? points(sum / static_cast<double>(of)) : "-",
                        points(p.max_score));
  }
  return "<p>Full marks on each problem, among the students graded.</p>\n<table id=\"problems\">\n<thead><tr><th "
         "scope=\"col\">problem</th><th scope=\"col\" class=\"n\">full marks</th><th scope=\"col\">rate</th><th "
         "scope=\"col\" class=\"n\">mean points</th><th scope=\"col\" class=\"n\">of</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string test_rates(const std::vector<StudentRecord>& records) {
  struct Rate {
    std::size_t order, passed = 0, of = 0;
  };
  std::map<std::pair<std::string, std::string>, Rate> rates;  // (problem, test)
  for (const auto& r : records)
    for (const auto& t : r.tests) {
      auto [it, fresh] = rates.try_emplace({t.problem, t.name}, Rate{rates.size()});
      it->second.of++;
      it->second.passed += t.verdict == "passed";
    }
  if (rates.empty()) return "<p>No test was run.</p>\n";
  std::vector<std::pair<std::pair<std::string, std::string>, Rate>> sorted(rates.begin(), rates.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.order < b.second.order; });
  std::string rows;
  for (const auto& [key, rate] : sorted)
    rows += fmt::format("<tr><td>{}</td><th scope=\"row\">{}</th>{}</tr>\n", html_escape(key.first),
                        html_escape(key.second), rate_cells(rate.passed, rate.of));
  return "<table id=\"tests\">\n<thead><tr><th scope=\"col\">problem</th><th scope=\"col\">test</th><th scope=\"col\" "
         "class=\"n\">passed</th><th scope=\"col\">rate</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string mistakes(const std::vector<StudentRecord>& records) {
  std::map<std::pair<std::string, std::string>, std::set<std::string>> students;  // (problem, mistake) -> ids
  for (const auto& r : records)
    for (const auto& t : r.tests)
      for (const auto& m : t.mistakes) students[{t.problem, m}].insert(r.id);
  if (students.empty()) return "<p>No failed test matched a named mistake.</p>\n";
  std::vector<std::pair<std::pair<std::string, std::string>, std::size_t>> sorted;
  for (const auto& [key, ids] : students) sorted.push_back({key, ids.size()});
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string rows;
  for (const auto& [key, n] : sorted)
    rows += fmt::format("<tr><td class=\"n\">{}</td><td>{}</td><th scope=\"row\">{}</th></tr>\n", n,
                        html_escape(key.first), html_escape(key.second));
  return "<p>Most common first; a student who made one on several tests counts once.</p>\n<table id=\"mistakes\">\n"
         "<thead><tr><th scope=\"col\" class=\"n\">students</th><th scope=\"col\">problem</th><th "
         "scope=\"col\">mistake</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody></table>\n";
}

// Per problem, how many students' code did not compile, ran out of time, or broke otherwise.
std::string breakdowns(const std::vector<StudentRecord>& records, const std::vector<ProblemScore>& problems) {
  std::map<std::string, std::array<std::set<std::string>, 3>> who;  // problem -> compile, time, other
  for (const auto& r : records)
    for (const auto& t : r.tests) {
      if (t.verdict == "passed" || t.verdict == "failed" || t.verdict == "not_implemented") continue;
      who[t.problem][t.verdict == "compile_error" ? 0 : t.verdict == "time_limit" ? 1 : 2].insert(r.id);
    }
  std::string rows;
  for (const auto& p : problems) {
    const auto& w = who[p.id];
    rows += fmt::format(
        "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td "
        "class=\"n\">{}</td></tr>\n",
        html_escape(p.id), w[0].size(), w[1].size(), w[2].size());
  }
  return "<p>Students per problem whose code did not compile, ran out of time on some test, or broke otherwise "
         "(memory, a crash, too much output, no valid result).</p>\n<table id=\"breakdowns\">\n<thead><tr><th "
         "scope=\"col\">problem</th><th scope=\"col\" class=\"n\">did not compile</th><th scope=\"col\" "
         "class=\"n\">time limit</th><th scope=\"col\" class=\"n\">other run errors</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string not_graded(const std::vector<StudentRecord>& records) {
  std::string rows;
  for (const auto& r : records)
    if (!is_graded(r))
      rows += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n", html_escape(r.id),
                          html_escape(r.status_text()), html_escape(r.detail));
  if (rows.empty()) return "<p>Everyone was graded.</p>\n";
  return "<table id=\"not-graded\">\n<thead><tr><th scope=\"col\">student</th><th scope=\"col\">status</th><th "
         "scope=\"col\">why</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string students(const std::vector<StudentRecord>& records, const std::vector<ProblemScore>& problems, double max) {
  std::string head = "<th scope=\"col\">student</th><th scope=\"col\" class=\"n\">total</th>";
  for (const auto& p : problems) head += fmt::format("<th scope=\"col\" class=\"n\">{}</th>", html_escape(p.id));
  head += "<th scope=\"col\">status</th>";
  std::string rows;
  for (const auto& r : records) {
    rows +=
        fmt::format("<tr><th scope=\"row\"><a href=\"students/{}/feedback.html\">{}</a></th><td class=\"n\">{}</td>",
                    url_part(r.id), html_escape(r.id), points(r.total()));
    for (const auto& p : problems) {
      double score = 0;
      for (const auto& q : r.problems)
        if (q.id == p.id) score = q.score;
      rows += fmt::format("<td class=\"n\">{}</td>", points(score));
    }
    rows += fmt::format("<td>{}</td></tr>\n", html_escape(r.status_text()));
  }
  return fmt::format("<p>Points as in gradebook.csv, of {}; each name opens that student's own feedback page.</p>\n",
                     points(max)) +
         "<table id=\"students\">\n<thead><tr>" + head + "</tr></thead>\n<tbody>\n" + rows + "</tbody></table>\n";
}

}  // namespace

std::string summary_html(const std::string& assignment, std::vector<StudentRecord> records,
                         const std::vector<ProblemScore>& problems) {
  std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  double max = 0;
  for (const auto& p : problems) max += p.max_score;
  const std::string title = (assignment.empty() ? std::string("gdlab") : assignment) + ": class summary";
  std::map<std::string, std::size_t> statuses;
  for (const auto& r : records) statuses[r.status_text()]++;
  std::string counts;
  for (const auto& [s, n] : statuses) counts += (counts.empty() ? "" : ", ") + fmt::format("{} {}", n, html_escape(s));
  std::string page = feedback::page_start(title) + std::string(kStyle);
  page += fmt::format("<h1>{}</h1>\n<p>{} students: {}.</p>\n", html_escape(title), records.size(), counts);
  page +=
      "<nav aria-label=\"Sections\"><ul><li><a href=\"#h-distribution\">Scores</a></li><li><a "
      "href=\"#h-problems\">Problems</a></li><li><a href=\"#h-tests\">Tests</a></li><li><a "
      "href=\"#h-mistakes\">Named mistakes</a></li><li><a href=\"#h-breakdowns\">Compile errors and time-outs</a>"
      "</li><li><a href=\"#h-not-graded\">Not graded</a></li><li><a href=\"#h-students\">Students</a></li></ul>"
      "</nav>\n";
  page += section("h-distribution", "Score distribution", distribution(records, max));
  page += section("h-problems", "Pass rate of each problem", problem_rates(records, problems));
  page += section("h-tests", "Pass rate of every test", test_rates(records));
  page += section("h-mistakes", "Named mistakes", mistakes(records));
  page += section("h-breakdowns", "Compile errors and time-outs by problem", breakdowns(records, problems));
  page += section("h-not-graded", "Not graded", not_graded(records));
  page += section("h-students", "Students", students(records, problems, max));
  return page + feedback::page_end();
}

}  // namespace gdlab::batch
