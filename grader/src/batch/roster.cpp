#include "batch/roster.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "batch/intake.hpp"
#include "batch/store.hpp"
#include "text/file.hpp"

namespace gdlab::batch {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string without_bom(const std::string& text) { return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text; }

bool has(const std::vector<std::string>& header, const std::string& name) {
  return std::any_of(header.begin(), header.end(), [&](const std::string& h) { return lower(trim(h)) == lower(name); });
}

// Canvas's own test of a gradebook header (GradebookImporter#row_has_student_headers? and the
// Section column it requires before the assignments).
bool canvas_header(const std::vector<std::string>& h) {
  return h.size() > 3 && h[0].find("Student") != std::string::npos && h[1].find("ID") != std::string::npos &&
         has(h, "Section");
}

RosterKind kind_of(const std::vector<std::string>& header, const std::string& file) {
  if (has(header, "identifier") && has(header, "github_username")) return RosterKind::classroom;
  if (canvas_header(header)) return RosterKind::canvas;
  if (has(header, "Email address")) return RosterKind::moodle;
  throw std::runtime_error(fmt::format(
      "{}: not a roster gdlab reads; its header should be GitHub Classroom's "
      "(identifier,github_username,github_id,name), a Canvas gradebook export's (Student,ID,SIS User ID,SIS Login "
      "ID,Section,...) or a Moodle grade export's (with an \"Email address\" column)",
      file));
}

bool canvas_points_row(const std::vector<std::string>& row) {
  return !row.empty() && row[0].find("Points Possible") != std::string::npos;
}

// Rows of a Canvas export that are not students: "Points Possible", and the rows of muted or
// manually posted assignments (what GradebookImporter#check_for_non_student_row skips).
bool canvas_non_student(const std::vector<std::string>& row) {
  if (canvas_points_row(row)) return true;
  return std::all_of(row.begin(), row.end(), [](const std::string& f) {
    const std::string t = lower(trim(f));
    return t.empty() || t == "muted" || t.starts_with("manual posting");
  });
}

// The columns whose values identify a person, by kind.
std::vector<std::string> key_columns(RosterKind kind) {
  switch (kind) {
    case RosterKind::classroom: return {"identifier", "github_username"};
    case RosterKind::canvas: return {"ID", "SIS User ID", "SIS Login ID"};
    case RosterKind::moodle: return {"Email address", "ID number", "Username"};
  }
  return {};
}

std::string label_of(const Roster& r, const Person& p) {
  switch (r.kind) {
    case RosterKind::classroom: {
      const std::string name = r.value(p, "name"), id = r.value(p, "identifier"), gh = r.value(p, "github_username");
      return fmt::format("{}{}", name.empty() ? id : name, gh.empty() ? " (not linked to GitHub)" : " (@" + gh + ")");
    }
    case RosterKind::canvas: return fmt::format("{} ({})", r.value(p, "Student"), r.value(p, "SIS Login ID"));
    case RosterKind::moodle:
      return fmt::format("{} {} ({})", r.value(p, "First name"), r.value(p, "Last name"), r.value(p, "Email address"));
  }
  return "";
}

}  // namespace

std::string to_string(RosterKind kind) {
  switch (kind) {
    case RosterKind::classroom: return "GitHub Classroom";
    case RosterKind::canvas: return "Canvas";
    case RosterKind::moodle: return "Moodle";
  }
  return "";
}

int Roster::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (lower(trim(header[i])) == lower(name)) return static_cast<int>(i);
  return -1;
}

std::string Roster::value(const Person& p, const std::string& column_name) const {
  const int i = column(column_name);
  return i >= 0 && static_cast<std::size_t>(i) < p.fields.size() ? trim(p.fields[static_cast<std::size_t>(i)]) : "";
}

const Person* Roster::find(const std::string& id) const {
  for (const auto& p : people)
    for (const auto& k : p.keys)
      if (lower(k) == lower(id)) return &p;
  return nullptr;
}

std::vector<std::vector<std::string>> parse_csv(const std::string& input, char separator) {
  const std::string text = without_bom(input);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  const auto end_row = [&] {
    row.push_back(std::move(field));
    field.clear();
    if (any || row.size() > 1 || !row[0].empty()) rows.push_back(std::move(row));
    row.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = any = true;
    } else if (c == separator) {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !row.empty() || any) end_row();
  return rows;
}

char csv_separator(const std::string& input) {
  const std::string text = without_bom(input);
  std::vector<std::size_t> counts;  // for ';', then ','
  for (const char separator : {';', ','}) {
    std::vector<std::size_t> fields;  // of each of the first three lines
    std::size_t start = 0;
    while (fields.size() < 3 && start < text.size()) {
      const auto end = std::min(text.find('\n', start), text.size());
      const auto rows = parse_csv(text.substr(start, end - start), separator);
      fields.push_back(rows.empty() ? 0 : rows[0].size());
      start = end + 1;
    }
    const bool same =
        !fields.empty() && std::all_of(fields.begin(), fields.end(), [&](auto n) { return n == fields[0]; });
    counts.push_back(same ? fields[0] : 0);
  }
  return counts[0] > counts[1] ? ';' : ',';
}

Roster load_roster(const std::filesystem::path& file) {
  const auto csv = text::read_file(file);
  if (!csv) throw std::runtime_error(fmt::format("{}: cannot be read", file.string()));
  Roster r;
  r.separator = csv_separator(*csv);
  auto rows = parse_csv(*csv, r.separator);
  if (rows.empty()) throw std::runtime_error(fmt::format("{}: empty", file.string()));
  r.file = file.string();
  r.header = rows.front();
  r.kind = kind_of(r.header, r.file);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (r.kind == RosterKind::canvas && canvas_points_row(rows[i])) r.points_possible = rows[i];
    if (r.kind == RosterKind::canvas && canvas_non_student(rows[i])) continue;
    Person p{std::move(rows[i]), {}, ""};
    for (const auto& column : key_columns(r.kind))
      if (auto v = r.value(p, column); !v.empty()) p.keys.push_back(std::move(v));
    if (p.keys.empty()) continue;  // nobody to match: a blank line of a spreadsheet
    p.label = label_of(r, p);
    r.people.push_back(std::move(p));
  }
  return r;
}

std::optional<std::string> classroom_id(const Roster& roster, const std::string& name) {
  const Person* best = nullptr;
  std::size_t best_length = 0;
  const std::string entry = lower(name);
  for (const auto& p : roster.people) {
    const std::string user = lower(roster.value(p, "github_username"));
    if (user.empty() || user.size() <= best_length) continue;
    if (entry == user || (entry.size() > user.size() && entry.ends_with("-" + user))) {
      best = &p;
      best_length = user.size();
    }
  }
  if (!best) return std::nullopt;
  // An identifier that cannot name a folder (a name with spaces) leaves the GitHub username.
  const std::string id = roster.value(*best, "identifier");
  return is_student_id(id) ? id : roster.value(*best, "github_username");
}

}  // namespace gdlab::batch
