#include "batch/student_files.hpp"

#include <fmt/format.h>

#include <sstream>

#include "batch/commit_note.hpp"
#include "batch/gzip.hpp"
#include "batch/report_json.hpp"
#include "batch/store.hpp"
#include "feedback/html.hpp"
#include "feedback/page.hpp"
#include "report/gradescope.hpp"
#include "report/markdown.hpp"
#include "report/text.hpp"
#include "text/file.hpp"
#include "text/html_escape.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::batch {
namespace fs = std::filesystem;
namespace {

std::string notes_text(const std::vector<std::string>& notes) {
  if (notes.empty()) return "";
  std::string text = "Notes on your submission:\n";
  for (const auto& n : notes) text += "  - " + text::printable(n) + "\n";
  return text + "\n";
}

std::string build_log(const grading::Report& report, const std::vector<std::string>& notes) {
  std::string log = notes_text(notes);
  for (const auto& p : report.problems) {
    const bool missing = grading::file_missing(p);
    log += fmt::format("== {} ({}): {}\n", p.id, p.source,
                       missing                 ? "missing"
                       : p.diagnostics.empty() ? "built"
                                               : "not built");
    if (!p.diagnostics.empty()) log += text::printable(p.diagnostics) + "\n";
  }
  return log;
}

void start(const fs::path& dir) {
  make_durable_dir(dir);
  remove_stray_temporaries(dir);
  std::error_code ec;
  fs::remove(dir / "meta.json", ec);    // not done until the new record is written
  fs::remove(dir / "report.json", ec);  // as an earlier gdlab wrote it
  fs::remove(dir / "report.json.gz", ec);
}

}  // namespace

void write_graded(const fs::path& dir, const StudentRecord& record, const grading::Report& graded,
                  const std::vector<std::string>& notes) {
  start(dir);
  // Every file from what is stored, so a student who reuses this report gets the same pages.
  const grading::Report report = as_stored(graded);
  write_atomic(dir / "results.json", report::to_gradescope(report).dump(2) + "\n");
  std::ostringstream text;
  report::write_text(report, text, false);
  const std::string before = commit_note_text(record) + notes_text(notes);  // what was graded, files not taken
  write_atomic(dir / "feedback.txt", before + text.str());
  write_atomic(dir / "feedback.md",
               (before.empty() ? "" : report::fenced(before) + "\n") + report::to_markdown(report));
  std::vector<std::string> about = commit_note(record);
  about.insert(about.end(), notes.begin(), notes.end());
  std::ostringstream html;
  feedback::write_html(report, html, about);
  write_atomic(dir / "feedback.html", html.str());
  write_atomic(dir / "build.log", build_log(report, notes));
  write_atomic(dir / "report.json.gz", gzip(report_to_json(report).dump() + "\n"));
  write_atomic(dir / "meta.json", to_json(record).dump(2) + "\n");
}

void write_not_graded(const fs::path& dir, const StudentRecord& record, const std::string& assignment) {
  start(dir);
  const std::string why = fmt::format("Not graded ({}): {}", record.status_text(), text::printable(record.detail));
  const nlohmann::json results = {{"score", 0},
                                  {"output", why},
                                  {"output_format", "text"},
                                  {"test_output_format", "text"},
                                  {"test_name_format", "text"},
                                  {"stdout_visibility", "hidden"},
                                  {"tests", nlohmann::json::array()}};
  write_atomic(dir / "results.json", results.dump(2) + "\n");
  write_atomic(dir / "feedback.txt", why + "\n\nScore: 0 / " + text::points(record.max_score()) + "\n");
  write_atomic(dir / "feedback.md", fmt::format("# {}: 0 / {}\n\n{}", assignment.empty() ? "gdlab" : assignment,
                                                text::points(record.max_score()), report::fenced(why)));
  const std::string title = assignment.empty() ? "gdlab" : assignment;
  write_atomic(dir / "feedback.html", feedback::page_start(title) +
                                          fmt::format("<h1>{}: 0 / {}</h1>\n<p>{}</p>\n", text::html_escape(title),
                                                      text::points(record.max_score()), text::html_escape(why)) +
                                          feedback::page_end());
  write_atomic(dir / "build.log", why + "\n");
  write_atomic(dir / "meta.json", to_json(record).dump(2) + "\n");
}

std::optional<std::string> read_report(const fs::path& dir) {
  if (const auto bytes = text::read_file(dir / "report.json.gz")) return gunzip(*bytes);
  return text::read_file(dir / "report.json");
}

std::optional<StudentRecord> read_record(const fs::path& dir) {
  const auto meta = text::read_file(dir / "meta.json");
  if (!meta) return std::nullopt;
  try {
    return record_from_json(nlohmann::json::parse(*meta));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace gdlab::batch
