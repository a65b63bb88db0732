#include "batch/gradebook.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "batch/commit_note.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::batch {
namespace {

void sort_by_id(std::vector<StudentRecord>& records) {
  std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
}

// A Markdown table cell: no line breaks, pipes escaped.
std::string cell(const std::string& text) {
  std::string out;
  for (char c : text::printable(text)) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\t') out += ' ';
    else out += c;
  }
  return out;
}

std::string percent(std::size_t part, std::size_t whole) {
  return whole == 0 ? "-" : fmt::format("{:.0f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

void distribution(std::string& md, const std::vector<StudentRecord>& records, double max) {
  std::vector<double> scores;
  for (const auto& r : records)
    if (is_graded(r)) scores.push_back(r.total());
  md += "## Score distribution\n\n";
  if (scores.empty() || max <= 0) {
    md += "No student was graded.\n\n";
    return;
  }
  std::sort(scores.begin(), scores.end());
  double sum = 0;
  for (double s : scores) sum += s;
  const auto n = scores.size();
  const double median = n % 2 ? scores[n / 2] : (scores[n / 2 - 1] + scores[n / 2]) / 2;
  md += fmt::format("{} graded: mean {}, median {}, lowest {}, highest {} (of {}).\n\n", n,
                    text::points(sum / static_cast<double>(n)), text::points(median), text::points(scores.front()),
                    text::points(scores.back()), text::points(max));
  const auto bins = score_bins(records, max);
  md += "| score | students | |\n|---|---:|---|\n";
  for (std::size_t b = 0; b < bins.size(); ++b) {
    const std::string range = b == 10 ? "100%" : fmt::format("{}–{}%", b * 10, b * 10 + 9);
    md += fmt::format("| {} | {} | {} |\n", range, bins[b], std::string(bins[b], '#'));
  }
  md += '\n';
}

void pass_rates(std::string& md, const std::vector<StudentRecord>& records) {
  struct Rate {
    std::size_t order, passed = 0, of = 0;
  };
  std::map<std::pair<std::string, std::string>, Rate> rates;  // (problem, test)
  for (const auto& r : records)
    for (const auto& t : r.tests) {
      auto [it, fresh] = rates.try_emplace({t.problem, t.name}, Rate{rates.size()});
      it->second.of++;
      if (t.verdict == "passed") it->second.passed++;
    }
  md += "## Pass rate of every test\n\n";
  if (rates.empty()) {
    md += "No test was run.\n\n";
    return;
  }
  std::vector<std::pair<std::pair<std::string, std::string>, Rate>> rows(rates.begin(), rates.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.order < b.second.order; });
  md += "| problem | test | passed | rate |\n|---|---|---:|---:|\n";
  for (const auto& [key, rate] : rows)
    md += fmt::format("| {} | {} | {}/{} | {} |\n", cell(key.first), cell(key.second), rate.passed, rate.of,
                      percent(rate.passed, rate.of));
  md += '\n';
}

// Class analytics: how many students made each named mistake (grading/mistakes), per problem.
void mistakes(std::string& md, const std::vector<StudentRecord>& records) {
  std::map<std::pair<std::string, std::string>, std::set<std::string>> students;  // (problem, mistake) -> ids
  for (const auto& r : records)
    for (const auto& t : r.tests)
      for (const auto& m : t.mistakes) students[{t.problem, m}].insert(r.id);
  md += "## Named mistakes\n\n";
  if (students.empty()) {
    md += "No failed test matched a named mistake.\n\n";
    return;
  }
  std::vector<std::pair<std::pair<std::string, std::string>, std::size_t>> rows;
  for (const auto& [key, ids] : students) rows.push_back({key, ids.size()});
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  md += "| students | problem | mistake |\n|---:|---|---|\n";
  for (const auto& [key, n] : rows) md += fmt::format("| {} | {} | {} |\n", n, cell(key.first), cell(key.second));
  md += '\n';
}

void failing(std::string& md, const std::vector<StudentRecord>& records) {
  // What failed: a check's kind, or the verdict when the test did not get as far as the checks.
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> counts;
  for (const auto& r : records)
    for (const auto& t : r.tests) {
      if (t.verdict == "passed") continue;
      if (t.failed_checks.empty()) counts[{t.problem, t.name, t.verdict}]++;
      for (const auto& c : t.failed_checks) counts[{t.problem, t.name, c}]++;
    }
  md += "## Most frequent failing checks\n\n";
  if (counts.empty()) {
    md += "Nothing failed.\n\n";
    return;
  }
  std::vector<std::pair<std::tuple<std::string, std::string, std::string>, std::size_t>> rows(counts.begin(),
                                                                                              counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (rows.size() > 15) rows.resize(15);
  md += "| students | problem | test | failing check or verdict |\n|---:|---|---|---|\n";
  for (const auto& [key, n] : rows)
    md += fmt::format("| {} | {} | {} | {} |\n", n, cell(std::get<0>(key)), cell(std::get<1>(key)),
                      cell(std::get<2>(key)));
  md += '\n';
}

}  // namespace

bool is_graded(const StudentRecord& r) {
  return r.status == Status::ok || r.status == Status::compile_error || r.status == Status::missing_files;
}

std::vector<std::size_t> score_bins(const std::vector<StudentRecord>& records, double max) {
  std::vector<std::size_t> bins(11, 0);
  for (const auto& r : records) {
    if (!is_graded(r) || max <= 0) continue;
    const double share = r.total() / max;
    bins[share >= 1 ? 10 : std::min<std::size_t>(9, static_cast<std::size_t>(share * 10 + 1e-9))]++;
  }
  return bins;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string gradebook_csv(std::vector<StudentRecord> records, const std::vector<ProblemScore>& problems) {
  sort_by_id(records);
  double max = 0;
  for (const auto& p : problems) max += p.max_score;
  std::string csv = "student_id,total,max";
  for (const auto& p : problems) csv += "," + csv_field(p.id);
  csv += ",status,commit\r\n";  // RFC 4180 line ends: what spreadsheets and LMS importers expect
  for (const auto& r : records) {
    csv += fmt::format("{},{},{}", csv_field(r.id), text::points(r.total()), text::points(max));
    for (const auto& p : problems) {
      double score = 0;
      for (const auto& q : r.problems)
        if (q.id == p.id) score = q.score;
      csv += "," + text::points(score);
    }
    csv += "," + csv_field(r.status_text()) + "," + csv_field(r.commit) + "\r\n";
  }
  return csv;
}

std::string summary_md(const std::string& assignment, std::vector<StudentRecord> records,
                       const std::vector<ProblemScore>& problems) {
  sort_by_id(records);
  double max = 0;
  for (const auto& p : problems) max += p.max_score;
  std::string md = fmt::format("# {}: class summary\n\n", cell(assignment.empty() ? "gdlab" : assignment));
  std::map<std::string, std::size_t> statuses;
  for (const auto& r : records) statuses[r.status_text()]++;
  std::vector<std::string> parts;
  for (const auto& [s, n] : statuses) parts.push_back(fmt::format("{} {}", n, s));
  md += fmt::format("{} students: {}.\n\n", records.size(), fmt::join(parts, ", "));
  distribution(md, records, max);
  pass_rates(md, records);
  failing(md, records);
  mistakes(md, records);
  md += commits_md(records);
  std::vector<const StudentRecord*> not_graded;
  for (const auto& r : records)
    if (!is_graded(r)) not_graded.push_back(&r);
  if (!not_graded.empty()) {
    md += "## Not graded\n\n| student | status | why |\n|---|---|---|\n";
    for (const auto* r : not_graded)
      md += fmt::format("| {} | {} | {} |\n", cell(r->id), r->status_text(), cell(r->detail));
    md += '\n';
  }
  return md;
}

}  // namespace gdlab::batch
