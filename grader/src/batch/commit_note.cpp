#include "batch/commit_note.hpp"

#include <fmt/format.h>

#include "text/printable.hpp"

namespace gdlab::batch {
namespace {

std::string short_hash(const std::string& hash) { return hash.substr(0, 12); }

std::string commit_named(const StudentRecord& r) {
  const std::string subject = text::printable(r.commit_subject);
  return fmt::format("commit {}{}", short_hash(r.commit), subject.empty() ? "" : " \"" + subject + "\"");
}

std::string later(int n) {
  if (n == 0) return "no commit came after it";
  return fmt::format("{} later commit{} came after it and {} not graded", n, n == 1 ? "" : "s",
                     n == 1 ? "was" : "were");
}

// Markdown text in a table cell: the student's words never make a link, markup or a new cell.
std::string md_text(const std::string& raw) {
  std::string out;
  for (char c : text::printable(raw)) {
    if (c == '\n' || c == '\t') out += ' ';
    else if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (std::string_view("|\\`*_[]#!~").find(c) != std::string_view::npos) out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

}  // namespace

std::vector<std::string> commit_note(const StudentRecord& r) {
  if (r.commit.empty()) return {};
  std::vector<std::string> lines;
  if (r.deadline.empty()) {
    lines.push_back(
        fmt::format("Graded: {}, committed {}: the commit checked out (HEAD) when your repository "
                    "was collected.",
                    commit_named(r), r.commit_date));
  } else {
    lines.push_back(fmt::format("Graded: {}, committed {}.", commit_named(r), r.commit_date));
    lines.push_back(
        fmt::format("The deadline was {}: your last commit at or before it (by committer date) is "
                    "graded; {}.",
                    r.deadline, later(r.later_commits)));
  }
  lines.push_back("Uncommitted changes are never graded: only what you commit counts.");
  return lines;
}

std::string commit_note_text(const StudentRecord& r) {
  const auto lines = commit_note(r);
  if (lines.empty()) return "";
  std::string text = "What was graded:\n";
  for (const auto& line : lines) text += "  - " + line + "\n";
  return text + "\n";
}

std::string commits_md(const std::vector<StudentRecord>& records) {
  std::string rows, deadline;
  for (const auto& r : records) {
    if (r.commit.empty()) continue;
    if (!r.deadline.empty()) deadline = r.deadline;
    rows +=
        fmt::format("| {} | `{}` | {} | {} | {} |\n", md_text(r.id), short_hash(r.commit), md_text(r.commit_subject),
                    r.commit_date, r.deadline.empty() ? "-" : std::to_string(r.later_commits));
  }
  if (rows.empty()) return "";
  const std::string rule = deadline.empty()
                               ? "Each git clone was graded at its checked-out commit (HEAD)"
                               : fmt::format(
                                     "Each git clone was graded at its last commit at or before the deadline {} "
                                     "(by committer date)",
                                     deadline);
  return fmt::format(
      "## Commits graded\n\n{}; uncommitted changes were not graded. Each student's feedback says the "
      "same.\n\n| student | commit | subject | committed | later commits not graded |\n|---|---|---|---|---:|\n{}\n",
      rule, rows);
}

}  // namespace gdlab::batch
