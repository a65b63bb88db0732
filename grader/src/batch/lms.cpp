#include "batch/lms.hpp"

#include <fmt/format.h>

#include <map>
#include <regex>
#include <stdexcept>

#include "batch/gradebook.hpp"
#include "report/text.hpp"
#include "text/enum_text.hpp"

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
  for (char c : report::printable(text)) {
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

std::string canvas_column(const Roster& r, const std::string& wanted, const std::string& assignment) {
  const std::string title = wanted.empty() ? assignment : wanted;
  for (const auto& h : r.header) {
    const auto [t, id] = title_and_id(h);
    if (!id.empty() && (lower(t) == lower(title) || lower(h) == lower(title))) return h;
  }
  return title.empty() ? "gdlab" : title;
}

std::string canvas_csv(const Roster& r, const Join& join, const std::string& column, double max) {
  std::string csv = "Student,ID,SIS User ID,SIS Login ID,Section," + csv_field(column) + "\r\n";
  csv += "Points Possible,,,,," + report::points(max) + "\r\n";
  for (const auto& p : r.people) {
    const auto* rec = join.of(p);
    csv += fmt::format("{},{},{},{},{},{}\r\n", csv_field(r.value(p, "Student")), csv_field(r.value(p, "ID")),
                       csv_field(r.value(p, "SIS User ID")), csv_field(r.value(p, "SIS Login ID")),
                       csv_field(r.value(p, "Section")), counts(rec) ? report::points(rec->total()) : "");
  }
  return csv;
}

std::string feedback(const StudentRecord& r) {
  std::string text = r.status_text() + ":";
  for (const auto& p : r.problems)
    text += fmt::format(" {} {}/{};", p.id, report::points(p.score), report::points(p.max_score));
  if (!r.commit.empty()) text += " commit " + r.commit.substr(0, 12);
  if (text.back() == ';') text.pop_back();
  return plain_field(text);
}

std::string moodle_csv(const Roster& r, const Join& join, MoodleId id, const std::string& column) {
  std::string csv = fmt::format("{},{},Feedback\r\n", moodle_column(id), plain_field(column));
  for (const auto& p : r.people) {
    const auto* rec = join.of(p);
    const std::string who = r.value(p, moodle_column(id));
    if (!counts(rec) || who.empty()) continue;
    csv += fmt::format("{},{},{}\r\n", plain_field(who), report::points(rec->total()), feedback(*rec));
  }
  return csv;
}

std::string bullet_list(const std::vector<std::string>& items) {
  std::string md;
  for (const auto& i : items) md += "- " + report::printable(i) + "\n";
  return md + "\n";
}

// What summary.md says of one roster: who is on it without a submission, and what went where.
std::string roster_section(const Roster& r, const Join& join, const LmsOptions& o, const std::string& column,
                           const std::vector<StudentRecord>& records) {
  std::vector<std::string> without, unnamed, strays;
  for (const auto& rec : records)
    if (!r.find(rec.id))
      strays.push_back(fmt::format("{} ({}, {})", rec.id, report::points(rec.total()), rec.status_text()));
  std::size_t with = 0;
  for (const auto& p : r.people) {
    const auto* rec = join.of(p);
    if (!counts(rec)) without.push_back(p.label + (rec ? " (" + rec->id + ": pending)" : ""));
    else ++with;
    if (r.kind == RosterKind::moodle && counts(rec) && r.value(p, moodle_column(o.moodle_id)).empty())
      unnamed.push_back(p.label);
  }
  std::string md = fmt::format("### {} roster `{}`\n\n{} on it, {} with a submission.", to_string(r.kind), r.file,
                               r.people.size(), with);
  if (r.kind == RosterKind::canvas)
    md += fmt::format(
        " canvas.csv has every one of them in the column `{}`; who has no submission has a blank "
        "score, which Canvas's import leaves as it is.",
        column);
  if (r.kind == RosterKind::moodle)
    md += fmt::format(" moodle.csv has who has a submission, by `{}`, in the column `{}`.", moodle_column(o.moodle_id),
                      plain_field(column));
  md += "\n\n";
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
                            const std::string& column) {
  LmsOptions o;
  const auto id = moodle_id_from(moodle_id);
  if (!id)
    throw std::runtime_error(fmt::format("--moodle-id must be email, username or idnumber, got '{}'", moodle_id));
  o.moodle_id = *id;
  o.column = column;
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

LmsOutput lms_output(const LmsOptions& o, const std::string& assignment, const std::vector<StudentRecord>& records,
                     double max_score) {
  LmsOutput out;
  if (o.rosters.empty()) return out;
  const Join join(records);
  std::string sections;
  for (const auto& r : o.rosters) {
    const std::string column = r.kind == RosterKind::canvas ? canvas_column(r, o.column, assignment)
                                                            : (o.column.empty() ? assignment : o.column);
    if (r.kind == RosterKind::canvas) out.files.emplace_back("canvas.csv", canvas_csv(r, join, column, max_score));
    if (r.kind == RosterKind::moodle) out.files.emplace_back("moodle.csv", moodle_csv(r, join, o.moodle_id, column));
    sections += roster_section(r, join, o, column, records);
  }
  out.summary = "## Roster\n\n" + sections;
  return out;
}

}  // namespace gdlab::batch
