// Class rosters as the instructor's platforms export them, read to join gdlab's students (by
// id) with the people the platform knows. `gdlab grade --roster FILE` takes any of these; the
// kind is told by the header row:
//
//   GitHub Classroom   identifier,github_username,github_id,name      (the classroom's roster)
//   Canvas             Student,ID,[SIS User ID,]SIS Login ID,Section,... (Grades > Export;
//                      separated by ';' where the user's Canvas setting asks for it)
//   Moodle             ...,Email address,...  (a grade export; "ID number" and "Username" used
//                      when present)
//
// A GitHub Classroom download names each clone after the student's repository
// (<assignment>-<github_username>); with its roster, that entry becomes the student's
// identifier (or their GitHub username when the roster has none, or one that is no id).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gdlab::batch {

enum class RosterKind { classroom, canvas, moodle };
std::string to_string(RosterKind kind);

struct Person {
  std::vector<std::string> fields;  // the row, as the roster's header names the columns
  std::vector<std::string> keys;    // the values a gdlab id may equal (compared ignoring case)
  std::string label;                // how summary.md names them
};

struct Roster {
  RosterKind kind = RosterKind::classroom;
  std::string file;
  std::vector<std::string> header;
  std::vector<Person> people;
  char separator = ',';                      // what the file's fields were separated by
  std::vector<std::string> points_possible;  // a Canvas export's "Points Possible" row (empty: none)

  // The column's index in the header, or -1.
  int column(const std::string& name) const;
  // The person's value in that column ("" when there is none).
  std::string value(const Person& p, const std::string& column_name) const;
  // The first person one of whose keys is `id`, ignoring case; nothing when none is.
  const Person* find(const std::string& id) const;
};

// RFC 4180: quoted fields with "" for a quote, separators and line breaks inside quotes; CRLF or
// LF; a UTF-8 byte-order mark is dropped. Blank lines are skipped.
std::vector<std::vector<std::string>> parse_csv(const std::string& text, char separator = ',');

// ';' or ',', by Canvas's own rule (GradebookImporter#identify_delimiter in canvas-lms): the
// separator that splits each of the first three lines into as many fields as the others, ';'
// only when it makes more fields than ','.
char csv_separator(const std::string& text);

// Throws std::runtime_error naming the file and what its header lacks.
Roster load_roster(const std::filesystem::path& file);

// GitHub Classroom: the student id for a downloaded entry `name` ("gd-2026-octocat" or
// "octocat"), or nothing when no roster username matches. The longest username that the name
// equals or ends with after a '-' wins, ignoring case.
std::optional<std::string> classroom_id(const Roster& roster, const std::string& name);

}  // namespace gdlab::batch
