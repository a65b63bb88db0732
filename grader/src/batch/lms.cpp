#include "batch/lms.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <regex>
#include <stdexcept>

#include "batch/gradebook.hpp"
#include "text/enum_text.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::batch {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// Canvas's Assignment.title_and_id: "Title (123)" is the title and the assignment's id.
std::pair<std::string, std::string> title_and_id(const std::string& header) {
  static const std::regex with_id(R"(^(.*)\s\((\d+)\)$)");
  std::smatch m;
  if (std::regex_match(header, m, with_id)) return {m[1], m[2]};
  return {header, ""};
}

// A field any CSV reader splits alike: no comma, quote or line break (Moodle's older reader
// splits on commas whatever the quotes).
std::string plain_field(const std::string& text) {
  std::string out;
  for (char c : text::printable(text)) {
    if (c == ',') out += ';';
    else if (c == '"') out += '\'';
    else if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else out += c;
  }
  return out;
}

// Each record by its id, ignoring case, and who of a roster has one.
struct Join {
  std::map<std::string, const StudentRecord*> by_id;
  explicit Join(const std::vector<StudentRecord>& records) {
    for (const auto& r : records) by_id.emplace(lower(r.id), &r);
  }
  const StudentRecord* of(const Person& p) const {
    for (const auto& k : p.keys)
      if (const auto it = by_id.find(lower(k)); it != by_id.end()) return it->second;
    return nullptr;
  }
};

bool counts(const StudentRecord* r) { return r && r->status != Status::pending; }

// The export's assignment columns: "Title (id)" after Section, less Canvas's own score columns
// (GradebookImporter#strip_non_assignment_columns drops these, "Unposted ..." ones too).
std::vector<std::string> assignment_columns(const Roster& r) {
  static const std::regex non_assignment(
      "Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|"
      "Override Grade|Override Status");
  std::vector<std::string> out;
  for (std::size_t i = static_cast<std::size_t>(std::max(r.column("Section"), 0)) + 1; i < r.header.size(); ++i)
    if (!title_and_id(r.header[i]).second.empty() && !std::regex_search(r.header[i], non_assignment))
      out.push_back(r.header[i]);
  return out;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + ("`" + text::printable(i) + "`");
  return out;
}

// The column canvas.csv fills: the one column whose title, id or whole text is --lms-column (else the
// spec's assignment), ignoring case. Canvas's importer makes a new assignment of a title it does
// not know (GradebookImporter#parse_assignments), so no match is an error, not a new column.
std::string canvas_column(const Roster& r, const std::string& wanted, const std::string& assignment) {
  const std::string title = wanted.empty() ? assignment : wanted;
  const auto columns = assignment_columns(r);
  std::vector<std::string> matches;
  for (const auto& h : columns) {
    const auto [t, id] = title_and_id(h);
    if (lower(t) == lower(title) || lower(h) == lower(title) || id == title) matches.push_back(h);
  }
  if (matches.size() == 1) return matches[0];
  const std::string asked =
      wanted.empty() ? fmt::format("the spec's assignment `{}`", title) : fmt::format("--lms-column `{}`", title);
  if (matches.size() > 1)
    throw std::runtime_error(fmt::format("{} matches {} columns of {}: {}; give --lms-column with the whole column",
                                         asked, matches.size(), r.file, quoted_list(matches)));
  if (columns.empty())
    throw std::runtime_error(
        fmt::format("{} has no assignment column (\"Title (id)\"): create the assignment in Canvas, then export the "
                    "gradebook again (Grades > Export > Export Entire Gradebook)",
                    r.file));
  throw std::runtime_error(fmt::format(
      "{} has no column for {} (Canvas would make a new assignment of it); its assignment columns: {}. Name "
      "one with --lms-column (its title, its id or the whole column, e.g. --lms-column \"{}\"), or create the "
      "assignment in Canvas and export the gradebook again",
      r.file, asked, quoted_list(columns), text::printable(columns[0])));
}

// What the files say a total is out of: --scale-to N, else the spec's total.
double out_of(const LmsOptions& o, double max) { return o.scale_to.value_or(max); }

// A total as written. Scaled: to 5 decimals, what Moodle keeps (grade_import_values.finalgrade and
// grade_grades.finalgrade are DECIMAL(10,5) in Moodle's lib/db/install.xml); Canvas stores the
// number it is given. Unscaled: as gradebook.csv has it.
std::string score_text(double total, double max, const LmsOptions& o) {
  if (!o.scale_to) return text::points(total);
  auto s = fmt::format("{:.5f}", max > 0 ? total * *o.scale_to / max : 0.0);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string canvas_csv(const Roster& r, const Join& join, const std::string& column, double max, const LmsOptions& o) {
  std::string csv = "Student,ID,SIS User ID,SIS Login ID,Section," + csv_field(column) + "\r\n";
  csv += "Points Possible,,,,," + score_text(max, max, o) + "\r\n";
  for (const auto& p : r.people) {
    const auto* rec = join.of(p);
    if (!counts(rec)) continue;  // an empty cell would clear the grade Canvas has (ProcessGradebookUpload)
    csv += fmt::format("{},{},{},{},{},{}\r\n", csv_field(r.value(p, "Student")), csv_field(r.value(p, "ID")),
                       csv_field(r.value(p, "SIS User ID")), csv_field(r.value(p, "SIS Login ID")),
                       csv_field(r.value(p, "Section")), score_text(rec->total(), max, o));
  }
  return csv;
}

// Canvas's number in a cell: "19", "19.5", or "19,5" from a ';' export (its decimal_comma_to_period).
std::optional<double> canvas_number(std::string cell) {
  static const std::regex number(R"(^\s*(-?[0-9]+)(?:[.,]([0-9]+))?\s*$)");
  std::smatch m;
  if (!std::regex_match(cell, m, number)) return std::nullopt;
  return std::stod(m[1].str() + (m[2].matched ? "." + m[2].str() : ""));
}

// The warnings of one roster, its file's column resolved: what its platform would refuse, or
// read otherwise than gdlab means.
std::vector<std::string> roster_warnings(const Roster& r, const LmsOptions& o, const std::string& column, double max) {
  std::vector<std::string> out;
  const double scale = out_of(o, max);
  if (r.kind == RosterKind::moodle && scale > 100)
    out.push_back(fmt::format(
        "moodle.csv has grades up to {}: Moodle's CSV import refuses any grade above 100 (and imports nothing) unless "
        "the site administrator turns on \"Unlimited grades\" (unlimitedgrades) and sets \"Grade point maximum\" "
        "(gradepointmax) to at least {} in Site administration > Grades > General settings; or give --scale-to 100",
        text::points(scale), text::points(std::ceil(scale))));
  if (r.kind == RosterKind::canvas) {
    const int i = r.column(column);
    const auto points = i >= 0 && static_cast<std::size_t>(i) < r.points_possible.size()
                            ? canvas_number(r.points_possible[static_cast<std::size_t>(i)])
                            : std::nullopt;
    if (points && std::abs(*points - scale) > 1e-9)
      out.push_back(fmt::format(
          "Canvas's `{}` is out of {} points and canvas.csv's scores are out of {}: give --scale-to {}, or set the "
          "assignment's points in Canvas to {}",
          text::printable(column), text::points(*points), text::points(scale), text::points(*points),
          text::points(scale)));
  }
  return out;
}

std::string feedback(const StudentRecord& r) {
  std::string text = r.status_text() + ":";
  for (const auto& p : r.problems)
    text += fmt::format(" {} {}/{};", p.id, text::points(p.score), text::points(p.max_score));
  if (!r.commit.empty()) text += " commit " + r.commit.substr(0, 12);
  if (text.back() == ';') text.pop_back();
  return plain_field(text);
}

std::string moodle_csv(const Roster& r, const Join& join, const LmsOptions& o, const std::string& column, double max) {
  std::string csv = fmt::format("{},{},Feedback\r\n", moodle_column(o.moodle_id), plain_field(column));
  for (const auto& p : r.people) {
    const auto* rec = join.of(p);
    const std::string who = r.value(p, moodle_column(o.moodle_id));
    // Left out without a submission: an empty grade would clear Moodle's (update_grade_item reads
    // '' as no grade, and grade_import_commit sets it); a row Moodle is not given changes nothing.
    if (!counts(rec) || who.empty()) continue;
    csv += fmt::format("{},{},{}\r\n", plain_field(who), score_text(rec->total(), max, o), feedback(*rec));
  }
  return csv;
}

std::string bullet_list(const std::vector<std::string>& items) {
  std::string md;
  for (const auto& i : items) md += "- " + text::printable(i) + "\n";
  return md + "\n";
}

// What the summary says a file holds: where, and out of what.
std::string file_line(const Roster& r, const LmsOptions& o, const std::string& column, double max) {
  const std::string scale = o.scale_to ? fmt::format(", out of {} (--scale-to; the spec's total is {})",
                                                     text::points(*o.scale_to), text::points(max))
                                       : fmt::format(", out of {}", text::points(max));
  const char* kept = " Who has no submission is left out, so the import keeps the grade the platform has for them.";
  if (r.kind == RosterKind::canvas)
    return fmt::format(" canvas.csv has who has a submission in the column `{}`{}.{}", text::printable(column), scale,
                       kept);
  if (r.kind == RosterKind::moodle)
    return fmt::format(" moodle.csv has who has a submission, by `{}`, in the column `{}`{}.{}",
                       moodle_column(o.moodle_id), plain_field(column), scale, kept);
  return "";
}

// What summary.md says of one roster: who is on it without a submission, and what went where.
std::string roster_section(const Roster& r, const Join& join, const LmsOptions& o, const std::string& column,
                           const std::vector<StudentRecord>& records, double max) {
  std::vector<std::string> without, unnamed, strays;
  for (const auto& rec : records)
    if (!r.find(rec.id))
      strays.push_back(fmt::format("{} ({}, {})", rec.id, text::points(rec.total()), rec.status_text()));
  std::size_t with = 0;
  for (const auto& p : r.people) {
    const auto* rec = join.of(p);
    if (!counts(rec)) without.push_back(p.label + (rec ? " (" + rec->id + ": pending)" : ""));
    else ++with;
    if (r.kind == RosterKind::moodle && counts(rec) && r.value(p, moodle_column(o.moodle_id)).empty())
      unnamed.push_back(p.label);
  }
  std::string md = fmt::format("### {} roster `{}`\n\n{} on it, {} with a submission.", to_string(r.kind), r.file,
                               r.people.size(), with) +
                   file_line(r, o, column, max) + "\n\n";
  for (const auto& w : roster_warnings(r, o, column, max)) md += "**Warning**: " + w + "\n\n";
  const char* where = r.kind == RosterKind::canvas   ? "not in canvas.csv"
                      : r.kind == RosterKind::moodle ? "not in moodle.csv"
                                                     : "their entries keep their folder's name";
  if (!strays.empty())
    md += fmt::format("Submissions not on this roster, {} ({}):\n\n", where, strays.size()) + bullet_list(strays);
  if (!without.empty())
    md += fmt::format("On the roster without a submission ({}):\n\n", without.size()) + bullet_list(without);
  if (!unnamed.empty())
    md +=
        fmt::format("Not in moodle.csv, no `{}` on the roster ({}):\n\n", moodle_column(o.moodle_id), unnamed.size()) +
        bullet_list(unnamed);
  return md;
}

// The column each kind of file fills: Canvas's, resolved in its export; Moodle's, a label the
// instructor maps to a grade item on the import form.
std::string column_of(const Roster& r, const LmsOptions& o, const std::string& assignment) {
  if (r.kind == RosterKind::canvas) return canvas_column(r, o.column, assignment);
  return o.column.empty() ? assignment : o.column;
}

}  // namespace

std::string to_string(MoodleId id) {
  switch (id) {
    case MoodleId::email: return "email";
    case MoodleId::username: return "username";
    case MoodleId::idnumber: return "idnumber";
  }
  return "email";
}

std::optional<MoodleId> moodle_id_from(const std::string& text) { return text::enum_from_text(text, last_moodle_id); }

std::string moodle_column(MoodleId id) {
  switch (id) {
    case MoodleId::email: return "Email address";
    case MoodleId::username: return "Username";
    case MoodleId::idnumber: return "ID number";
  }
  return "";
}

LmsOptions make_lms_options(const std::vector<std::string>& roster_files, const std::string& moodle_id,
                            const std::string& column, std::optional<double> scale_to) {
  LmsOptions o;
  const auto id = moodle_id_from(moodle_id);
  if (!id)
    throw std::runtime_error(fmt::format("--moodle-id must be email, username or idnumber, got '{}'", moodle_id));
  o.moodle_id = *id;
  o.column = column;
  if (scale_to && !(std::isfinite(*scale_to) && *scale_to > 0))
    throw std::runtime_error(fmt::format("--scale-to must be a number of points above 0, got {}", *scale_to));
  o.scale_to = scale_to;
  for (const auto& f : roster_files) o.rosters.push_back(load_roster(f));
  std::map<RosterKind, std::string> seen;
  for (const auto& r : o.rosters) {
    if (const auto it = seen.find(r.kind); it != seen.end())
      throw std::runtime_error(
          fmt::format("--roster {} and {} are both {} rosters: give one", it->second, r.file, to_string(r.kind)));
    seen[r.kind] = r.file;
    if (r.kind == RosterKind::moodle && r.column(moodle_column(o.moodle_id)) < 0)
      throw std::runtime_error(
          fmt::format("{} has no \"{}\" column for --moodle-id: export it with that field, or "
                      "choose another of email, username, idnumber",
                      r.file, moodle_column(o.moodle_id)));
  }
  return o;
}

std::vector<std::string> check_lms(const LmsOptions& o, const std::string& assignment, double max_score) {
  std::vector<std::string> warnings;
  bool lms_file = false;
  for (const auto& r : o.rosters) {
    if (r.kind == RosterKind::classroom) continue;
    lms_file = true;
    if (o.scale_to && !(max_score > 0))
      throw std::runtime_error("--scale-to: the spec's tests have no points to scale");
    for (auto& w : roster_warnings(r, o, column_of(r, o, assignment), max_score)) warnings.push_back(std::move(w));
  }
  if (o.scale_to && !lms_file)
    warnings.push_back("--scale-to changes canvas.csv and moodle.csv only, and no Canvas or Moodle --roster was given");
  return warnings;
}

LmsOutput lms_output(const LmsOptions& o, const std::string& assignment, const std::vector<StudentRecord>& records,
                     double max_score) {
  LmsOutput out;
  if (o.rosters.empty()) return out;
  const Join join(records);
  std::string sections;
  for (const auto& r : o.rosters) {
    const std::string column = column_of(r, o, assignment);
    if (r.kind == RosterKind::canvas) out.files.emplace_back("canvas.csv", canvas_csv(r, join, column, max_score, o));
    if (r.kind == RosterKind::moodle) out.files.emplace_back("moodle.csv", moodle_csv(r, join, o, column, max_score));
    sections += roster_section(r, join, o, column, records, max_score);
  }
  out.summary = "## Roster\n\n" + sections;
  return out;
}

}  // namespace gdlab::batch
