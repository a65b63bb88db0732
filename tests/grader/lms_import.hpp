// What Canvas's and Moodle's grade importers do with a CSV file, reduced to the rules that
// decide whether it is accepted and where each grade lands. Written from their code, not from
// gdlab's output:
//   Canvas: app/models/gradebook_importer.rb (GradebookImporter: header?, update_column_count,
//     strip_non_assignment_columns, parse_assignments, check_for_non_student_row,
//     process_student, identify_delimiter, the decimal_comma_to_period converter) and
//     Assignment.title_and_id, in github.com/instructure/canvas-lms.
//   Moodle: grade/import/csv/classes/load_data.php (gradeimport_csv_load_data:
//     prepare_import_grade_data, map_user_data_with_value, check_user_exists,
//     update_grade_item, insert_grade_record) and lib/csvlib.class.php (csv_import_reader),
//     in github.com/moodle/moodle.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "batch/roster.hpp"

namespace gdlab::lms_import {

// --- Canvas ---

struct CanvasCourse {
  struct Student {
    std::string id, name, sis_user_id, sis_login_id;
  };
  std::vector<Student> students;
  std::map<std::string, std::string> assignments;  // id -> title
};

struct CanvasImport {
  std::string error;          // "Invalid header row", ...: nothing imported
  std::string assignment_id;  // the existing assignment the column updates ("" new)
  std::string assignment_title;
  std::optional<std::string> points_possible;
  std::map<std::string, std::string> grades;  // Canvas user id -> the grade cell, stripped
  std::vector<std::string> missing_students;  // rows matched to nobody (Canvas would list them)
};

inline std::vector<std::string> split_naive(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string f;
  std::istringstream in(line);
  while (std::getline(in, f, sep)) out.push_back(f);
  if (!line.empty() && line.back() == sep) out.push_back("");
  return out;
}

inline std::string strip(const std::string& s) {
  const auto a = s.find_first_not_of(" \t\r\n");
  return a == std::string::npos ? "" : s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

// identify_delimiter: the separator whose field count is the same on the first three lines, ';'
// only when it gives more fields than ','.
inline char canvas_delimiter(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; lines.size() < 3 && std::getline(in, l);) lines.push_back(l);
  // Fields of one line with `sep` as the separator, quotes respected (Ruby's CSV.parse_line).
  const auto fields = [](const std::string& line, char sep) {
    std::size_t n = 1;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      else if (c == sep && !quoted) ++n;
    }
    return n;
  };
  std::map<char, std::size_t> counts;
  for (char sep : {';', ','}) {
    std::vector<std::size_t> n;
    for (const auto& l : lines) n.push_back(fields(l, sep));
    counts[sep] = std::all_of(n.begin(), n.end(), [&](std::size_t x) { return x == n.front(); }) ? n.front() : 0;
  }
  return counts[';'] > counts[','] ? ';' : ',';
}

// decimal_comma_to_period: "1,5" -> "1.5", "1.234,5" -> "1234.5" for fields that are numbers.
inline std::string canvas_number(const std::string& field) {
  static const std::regex number(R"(^-?[0-9.,]+%?$)");
  if (!std::regex_match(field, number)) return field;
  std::vector<std::string> parts;
  std::string part;
  for (char c : field) {
    if (c == ',' || c == '.') {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  if (parts.empty()) return part;
  std::string whole;
  for (const auto& p : parts) whole += p;
  return whole + "." + part;
}

inline CanvasImport canvas_import(const std::string& text, const CanvasCourse& course) {
  CanvasImport r;
  if (canvas_delimiter(text) != ',') {
    r.error = "read as semicolon-separated";
    return r;
  }
  const auto rows = batch::parse_csv(text);
  if (rows.empty()) return r.error = "empty", r;
  const auto& h = rows[0];
  // row_has_student_headers? and update_column_count
  if (!(h.size() > 3 && h[0].find("Student") != std::string::npos && h[1].find("ID") != std::string::npos))
    return r.error = "Invalid header row", r;
  std::size_t student_columns = 3;
  int sis_user = -1, sis_login = -1;
  static const std::regex login(R"(SIS\s+Login\s+ID)"), user(R"(SIS\s+User\s+ID)"), integration(R"(Integration\s+ID)");
  if (std::regex_search(h[2], login)) {
    sis_login = 2;
    student_columns += 1;
  } else if (std::regex_search(h[2], user) && std::regex_search(h[3], login)) {
    sis_user = 2;
    sis_login = 3;
    student_columns += 2 + (h.size() > 4 && std::regex_search(h[4], integration) ? 1 : 0);
  }
  if (h.size() < student_columns || h[student_columns - 1].find("Section") == std::string::npos)
    return r.error = "Invalid header row", r;
  // strip_non_assignment_columns, then parse_assignments on what is left
  static const std::regex non_assignment(
      "Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|"
      "Override Grade|Override Status");
  std::vector<std::size_t> assignment_columns;
  for (std::size_t i = student_columns; i < h.size(); ++i)
    if (!std::regex_search(h[i], non_assignment)) assignment_columns.push_back(i);
  if (assignment_columns.size() != 1) return r.error = "expected exactly one assignment column", r;
  const std::size_t a = assignment_columns[0];
  static const std::regex title_and_id(R"(^(.*)\s\((\d+)\)$)");
  std::smatch m;
  r.assignment_title = h[a];
  if (std::regex_match(h[a], m, title_and_id) && course.assignments.contains(m[2])) {
    r.assignment_id = m[2];
    r.assignment_title = m[1];
  } else {
    for (const auto& [id, title] : course.assignments)
      if (title == h[a]) r.assignment_id = id;
  }
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    if (!row.empty() && row[0].find("Points Possible") != std::string::npos) {  // check_for_non_student_row
      if (a < row.size()) r.points_possible = row[a];
      continue;
    }
    // process_student: ID, then SIS User ID, then SIS Login ID, then the name
    const CanvasCourse::Student* s = nullptr;
    const auto get = [&](int col) {
      return col >= 0 && static_cast<std::size_t>(col) < row.size() ? row[static_cast<std::size_t>(col)] : "";
    };
    for (const auto& c : course.students)
      if (!s && !get(1).empty() && c.id == get(1)) s = &c;
    for (const auto& c : course.students)
      if (!s && !get(sis_user).empty() && c.sis_user_id == get(sis_user)) s = &c;
    for (const auto& c : course.students)
      if (!s && !get(sis_login).empty() && c.sis_login_id == get(sis_login)) s = &c;
    for (const auto& c : course.students)
      if (!s && c.name == get(0)) s = &c;
    if (!s) {
      r.missing_students.push_back(get(0));
      continue;
    }
    r.grades[s->id] = canvas_number(strip(get(static_cast<int>(a))));
  }
  return r;
}

// --- Moodle ---

struct MoodleUser {
  std::string id, email, username, idnumber;
};

struct MoodleImport {
  std::string error;                                    // the import stops whole: nothing is imported
  std::map<std::string, std::optional<double>> grades;  // Moodle user id -> grade (nothing: no grade)
  std::map<std::string, std::string> feedback;
};

// The instructor's mapping on the import form: "Map from" a column to "Map to" a user field,
// the grade column to the grade item, and the feedback column to that item's feedback.
struct MoodleMapping {
  std::string map_from, map_to;  // a header name; "useremail", "username" or "useridnumber"
  std::string grade_column, feedback_column;
};

inline MoodleImport moodle_import(const std::string& text, const std::vector<MoodleUser>& users,
                                  const MoodleMapping& map, double gradepointmax = 100) {
  MoodleImport r;
  // csv_import_reader (the older one splits on the delimiter alone): every line as many fields
  // as the header, the same whichever way it is split.
  std::istringstream in(text);
  std::vector<std::vector<std::string>> lines;
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    const auto naive = split_naive(l, ',');
    const auto rfc = batch::parse_csv(l);
    if (rfc.empty() || naive != rfc[0]) return r.error = "a line reads differently with quotes: " + l, r;
    lines.push_back(naive);
  }
  if (lines.empty()) return r.error = "csvemptyfile", r;
  auto header = lines[0];
  for (auto& f : header) f = strip(f);
  if (header.size() < 2) return r.error = "csvfewcolumns", r;
  const auto col = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const std::size_t from = col(map.map_from), grade = col(map.grade_column), fb = col(map.feedback_column);
  if (from >= header.size() || grade >= header.size()) return r.error = "a mapped column is not in the header", r;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto& line = lines[i];
    if (line.size() <= 1) continue;  // "There is no data on this line"
    if (line.size() != header.size()) return r.error = "csvweirdcolumns", r;
    const std::string who = strip(line[from]);
    const MoodleUser* u = nullptr;  // check_user_exists; a blank one maps nobody
    for (const auto& c : users) {
      const std::string& field = map.map_to == "useremail"  ? c.email
                                 : map.map_to == "username" ? c.username
                                                            : c.idnumber;
      if (!who.empty() && field == who) u = &c;
    }
    if (!u) return r.error = "usermappingerrorusernotfound: " + who, r;  // "User not found, abort whole import"
    const std::string g = strip(line[grade]);
    if (g.empty() || g == "-") {
      r.grades[u->id] = std::nullopt;
    } else {
      static const std::regex number(R"(^-?[0-9]+([.,][0-9]+)?$)");  // unformat_float
      if (!std::regex_match(g, number)) return r.error = "badgrade: " + g, r;
      std::string dot = g;
      std::replace(dot.begin(), dot.end(), ',', '.');
      const double v = std::stod(dot);
      if (v > gradepointmax) return r.error = "gradevaluetoobig", r;
      r.grades[u->id] = v;
    }
    if (fb < header.size()) r.feedback[u->id] = line[fb];
  }
  return r;
}

}  // namespace gdlab::lms_import
