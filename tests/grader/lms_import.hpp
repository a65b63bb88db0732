// What Canvas's and Moodle's grade imports do with a CSV file, reduced to the rules that decide
// whether it is accepted, where each grade lands, and which grades the platform then has.
// Written from their code, not from gdlab's output:
//   Canvas (github.com/instructure/canvas-lms): app/models/gradebook_importer.rb, GradebookImporter:
//     csv_stream and identify_delimiter (';' or ','), the decimal_comma_to_period converter,
//     header?/update_column_count, strip_non_assignment_columns, parse_assignments (an id, then a
//     title, else a new assignment), process_pp, check_for_non_student_row, process_student (ID,
//     SIS User ID, SIS Login ID, name), original_grade (Submission#score.to_s, "EX" if excused),
//     the weeding out of assignments no row changes (no_change_to_value?); then
//     ui/features/gradebook_uploads/jquery/process_gradebook_upload.js, which posts every cell
//     that differs from original_grade as a string (a blank cell clears the grade, "EX" excuses),
//     for the students the file has rows for and nobody else; app/models/submission.rb,
//     Submission.process_bulk_update, which grades each posted cell (grade_student with that
//     posted_grade: a blank one clears the score).
//   Moodle (github.com/moodle/moodle): grade/import/csv/classes/load_data.php,
//     gradeimport_csv_load_data: prepare_import_grade_data (a line of one field is skipped, a user
//     not found stops the whole import), update_grade_item ('' or '-' is no grade: null;
//     unformat_float), insert_grade_record (a grade above 100, or above gradepointmax when the
//     site has unlimitedgrades, stops the whole import); grade/import/lib.php grade_import_commit
//     (update_final_grade with that value: null clears the grade); lib/grade/grade_item.php
//     bounded_grade (without unlimitedgrades a grade is clamped to the item's maximum);
//     lib/db/install.xml (finalgrade is DECIMAL(10,5)); lib/csvlib.class.php (csv_import_reader).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "batch/roster.hpp"

namespace gdlab::lms_import {

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

inline std::optional<double> number(const std::string& s) {
  static const std::regex re(R"(^-?[0-9]+(\.[0-9]+)?$)");
  if (!std::regex_match(s, re)) return std::nullopt;
  return std::stod(s);
}

// --- Canvas ---

using StudentAssignment = std::pair<std::string, std::string>;  // (Canvas user id, assignment id)

struct CanvasCourse {
  struct Student {
    std::string id, name, sis_user_id, sis_login_id;
  };
  struct Assignment {
    std::string title;
    double points = 0;
  };
  std::vector<Student> students;
  std::map<std::string, Assignment> assignments;  // by id
  // The grades Canvas has, as the importer's original_grade: Submission#score.to_s (Ruby prints
  // 85.0 as "85.0") or "EX" for an excused submission; no entry: no submission.
  std::map<StudentAssignment, std::string> grades;
};

struct CanvasImport {
  std::string error;          // "Invalid header row", ...: nothing imported
  char separator = ',';       // what identify_delimiter chose
  std::string assignment_id;  // the existing assignment the column updates ("" new)
  std::string assignment_title;
  std::optional<std::string> points_possible;
  std::map<std::string, std::string> grades;  // Canvas user id -> the grade cell, stripped and converted
  std::vector<std::string> missing_students;  // rows matched to nobody (Canvas would list them)
  // What ProcessGradebookUpload posts: user id -> the new grade ("" clears it, "EX" excuses).
  std::map<std::string, std::string> posted;
};

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

// decimal_comma_to_period, on every field: "1,5" -> "1.5", "1.234,5" -> "1234.5" for numbers.
inline std::string canvas_number(const std::string& field) {
  static const std::regex number_re(R"(^-?[0-9.,]+%?$)");
  if (!std::regex_match(field, number_re)) return field;
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

// no_change_to_value?(consider_excused: true): equal, both without a score, or the same number
// to two decimals (what the exporter writes); a blank against a grade is a change.
inline bool canvas_no_change(const std::string& now, const std::optional<std::string>& before) {
  const auto no_score = [](const std::string& v) { return v.empty() || v == "-"; };
  if (before && now == *before) return true;
  if (no_score(now) && (!before || no_score(*before))) return true;
  if (!before || before->empty() || now.empty()) return false;
  if (now == "EX" || *before == "EX") return false;
  const auto a = number(now), b = number(*before);
  const auto two_places = [](double x) {
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", x);
    return std::string(text);
  };
  return a && b && two_places(*a) == two_places(*b);
}

// update_column_count: where the student columns end, and which hold the SIS ids.
struct CanvasColumns {
  std::size_t student_columns = 3;
  int sis_user = -1, sis_login = -1;
};

inline std::optional<CanvasColumns> canvas_header(const std::vector<std::string>& h) {
  if (!(h.size() > 3 && h[0].find("Student") != std::string::npos && h[1].find("ID") != std::string::npos))
    return std::nullopt;  // row_has_student_headers?
  CanvasColumns c;
  static const std::regex login(R"(SIS\s+Login\s+ID)"), user(R"(SIS\s+User\s+ID)"), integration(R"(Integration\s+ID)");
  if (std::regex_search(h[2], login)) {
    c.sis_login = 2;
    c.student_columns += 1;
  } else if (std::regex_search(h[2], user) && std::regex_search(h[3], login)) {
    c.sis_user = 2;
    c.sis_login = 3;
    c.student_columns += 2 + (h.size() > 4 && std::regex_search(h[4], integration) ? 1 : 0);
  }
  if (h.size() < c.student_columns || h[c.student_columns - 1].find("Section") == std::string::npos)
    return std::nullopt;
  return c;
}

// process_student: ID, then SIS User ID, then SIS Login ID, then the name.
inline const CanvasCourse::Student* canvas_student(const std::vector<std::string>& row, const CanvasColumns& c,
                                                   const CanvasCourse& course) {
  const auto get = [&](int col) {
    return col >= 0 && static_cast<std::size_t>(col) < row.size() ? row[static_cast<std::size_t>(col)] : "";
  };
  const std::vector<std::pair<std::string, std::string CanvasCourse::Student::*>> keys = {
      {get(1), &CanvasCourse::Student::id},
      {get(c.sis_user), &CanvasCourse::Student::sis_user_id},
      {get(c.sis_login), &CanvasCourse::Student::sis_login_id},
      {get(0), &CanvasCourse::Student::name}};
  for (const auto& [value, field] : keys)
    for (const auto& s : course.students)
      if (!value.empty() && s.*field == value) return &s;
  return nullptr;
}

inline CanvasImport canvas_import(const std::string& text, const CanvasCourse& course) {
  CanvasImport r;
  r.separator = canvas_delimiter(text);
  auto rows = batch::parse_csv(text, r.separator);
  for (auto& row : rows)
    for (auto& f : row) f = canvas_number(f);
  if (rows.empty()) return r.error = "empty", r;
  const auto columns = canvas_header(rows[0]);
  if (!columns) return r.error = "Invalid header row", r;
  const auto& h = rows[0];
  static const std::regex non_assignment(  // strip_non_assignment_columns
      "Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|"
      "Override Grade|Override Status");
  std::vector<std::size_t> assignment_columns;
  for (std::size_t i = columns->student_columns; i < h.size(); ++i)
    if (!std::regex_search(h[i], non_assignment)) assignment_columns.push_back(i);
  if (assignment_columns.size() != 1) return r.error = "this checker takes exactly one assignment column", r;
  const std::size_t a = assignment_columns[0];
  static const std::regex title_and_id(R"(^(.*)\s\((\d+)\)$)");
  std::smatch m;
  r.assignment_title = h[a];
  if (std::regex_match(h[a], m, title_and_id) && course.assignments.contains(m[2])) {
    r.assignment_id = m[2];
    r.assignment_title = m[1];
  } else {
    for (const auto& [id, assignment] : course.assignments)
      if (assignment.title == h[a]) r.assignment_id = id;
  }
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    if (!row.empty() && row[0].find("Points Possible") != std::string::npos) {  // check_for_non_student_row
      if (a < row.size()) r.points_possible = row[a];
      continue;
    }
    static const std::regex muted(R"(^\s*(Muted|Manual Posting.*)?\s*$)", std::regex::icase);
    if (std::all_of(row.begin(), row.end(), [](const std::string& f) { return std::regex_match(f, muted); })) continue;
    const auto* s = canvas_student(row, *columns, course);
    if (!s) {
      r.missing_students.push_back(row.empty() ? "" : row[0]);
      continue;
    }
    const std::string grade = strip(a < row.size() ? row[a] : "");
    r.grades[s->id] = grade == "ex" || grade == "Ex" || grade == "eX" ? "EX" : grade;  // casecmp("EX")
  }
  const auto original = [&](const std::string& student) -> std::optional<std::string> {
    const auto it = course.grades.find({student, r.assignment_id});
    return it == course.grades.end() ? std::nullopt : std::optional(it->second);
  };
  // The weeding out: an existing assignment whose points stay and that no row changes is dropped.
  const auto kept = [&] {
    if (r.assignment_id.empty() || !r.missing_students.empty()) return true;
    const auto points = r.points_possible ? number(*r.points_possible) : std::nullopt;
    if (points && *points != course.assignments.at(r.assignment_id).points) return true;
    return std::any_of(r.grades.begin(), r.grades.end(),
                       [&](const auto& g) { return !canvas_no_change(g.second, original(g.first)); });
  };
  if (!kept()) return r;
  // populateGradeDataPerSubmission: skipped when original_grade === grade (an empty cell is nil in
  // Ruby's CSV, null in JSON, so equal only to no submission at all).
  for (const auto& [student, grade] : r.grades)
    if (original(student) ? *original(student) != grade : !grade.empty()) r.posted[student] = grade;
  return r;
}

// The grades Canvas has for the imported assignment after the upload: every posted cell replaces
// (a blank one clears, "EX" or "excused" excuses), everyone else keeps theirs.
inline std::map<std::string, std::string> canvas_after(const CanvasCourse& course, const CanvasImport& import) {
  std::map<std::string, std::string> out;
  for (const auto& [key, grade] : course.grades)
    if (key.second == import.assignment_id) out[key.first] = grade;
  for (const auto& [student, grade] : import.posted) {
    std::string upper = grade;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper == "EX" || upper == "EXCUSED") out[student] = "EX";
    else if (grade.empty()) out.erase(student);
    else out[student] = grade;
  }
  return out;
}

// --- Moodle ---

struct MoodleUser {
  std::string id, email, username, idnumber;
};

// The site's settings the import reads (Site administration > Grades > General settings).
struct MoodleSite {
  bool unlimitedgrades = false;  // "Unlimited grades"
  double gradepointmax = 100;    // "Grade point maximum"
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

// csv_import_reader (the older one splits on the delimiter alone): every line as many fields as
// the header, the same whichever way it is split.
inline std::optional<std::vector<std::vector<std::string>>> moodle_lines(const std::string& text, std::string& error) {
  std::istringstream in(text);
  std::vector<std::vector<std::string>> lines;
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    const auto naive = split_naive(l, ',');
    const auto rfc = batch::parse_csv(l);
    if (rfc.empty() || naive != rfc[0]) return error = "a line reads differently with quotes: " + l, std::nullopt;
    lines.push_back(naive);
  }
  if (lines.empty()) return error = "csvemptyfile", std::nullopt;
  return lines;
}

inline MoodleImport moodle_import(const std::string& text, const std::vector<MoodleUser>& users,
                                  const MoodleMapping& map, const MoodleSite& site = {}) {
  MoodleImport r;
  const auto lines = moodle_lines(text, r.error);
  if (!lines) return r;
  auto header = (*lines)[0];
  for (auto& f : header) f = strip(f);
  if (header.size() < 2) return r.error = "csvfewcolumns", r;
  const auto col = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const std::size_t from = col(map.map_from), grade = col(map.grade_column), fb = col(map.feedback_column);
  if (from >= header.size() || grade >= header.size()) return r.error = "a mapped column is not in the header", r;
  const double maximum = site.unlimitedgrades ? site.gradepointmax : 100;  // insert_grade_record
  for (std::size_t i = 1; i < lines->size(); ++i) {
    const auto& line = (*lines)[i];
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
      static const std::regex number_re(R"(^-?[0-9]+([.,][0-9]+)?$)");  // unformat_float
      if (!std::regex_match(g, number_re)) return r.error = "badgrade: " + g, r;
      std::string dot = g;
      std::replace(dot.begin(), dot.end(), ',', '.');
      const double v = std::stod(dot);
      if (v > maximum) return r.error = "gradevaluetoobig", r;
      r.grades[u->id] = v;
    }
    if (fb < header.size()) r.feedback[u->id] = line[fb];
  }
  return r;
}

// The grade item's grades after grade_import_commit: each imported value through
// update_final_grade (null clears; bounded_grade clamps to the item's maximum without unlimited
// grades; stored to 5 decimals), everyone the file has no row for keeps theirs.
inline std::map<std::string, double> moodle_after(const std::map<std::string, double>& before,
                                                  const MoodleImport& import, double item_max,
                                                  const MoodleSite& site = {}) {
  auto out = before;
  for (const auto& [user, grade] : import.grades) {
    if (!grade) {
      out.erase(user);
      continue;
    }
    const double bounded = site.unlimitedgrades ? *grade : std::clamp(*grade, 0.0, item_max);
    out[user] = std::round(bounded * 1e5) / 1e5;
  }
  return out;
}

}  // namespace gdlab::lms_import
