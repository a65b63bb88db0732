// The class the LMS tests grade: a Canvas and a Moodle export of one course, the records gdlab
// wrote for it, and the courses as the platforms hold them (lms_import.hpp reads files into them).
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "batch/lms.hpp"
#include "batch/record.hpp"
#include "lms_import.hpp"
#include "support.hpp"

namespace gdlab::testing::lms {

// A Canvas gradebook export (Grades > Export) of a course with the assignment 4711 and another.
// Bo has no submission and the 85 his instructor typed in; the test student is excused.
inline const std::string canvas_export =
    "Student,ID,SIS User ID,SIS Login ID,Section,gradient-descent (4711),Other HW (4712),Current Score,Final Score\n"
    "    Points Possible,,,,,19,10,(read only),(read only)\n"
    "\"Smith, Ann\",101,S001,ann@uni.edu,Section A,,5,50,50\n"
    "\"Lee, Bo\",102,S002,bo@uni.edu,Section A,85,,,\n"
    "\"Ng, Cy\",103,S003,cy@uni.edu,Section B,,,,\n"
    "\"Student, Test\",104,,test-student,,EX,,,\n";

// Canvas as the export was taken from it: Bo's 85 and the excused test student are the grades
// an upload must not erase (original_grade is Submission#score.to_s, so "85.0").
inline lms_import::CanvasCourse canvas_course() {
  return {{{"101", "Smith, Ann", "S001", "ann@uni.edu"},
           {"102", "Lee, Bo", "S002", "bo@uni.edu"},
           {"103", "Ng, Cy", "S003", "cy@uni.edu"},
           {"104", "Student, Test", "", "test-student"}},
          {{"4711", {"gradient-descent", 19}}, {"4712", {"Other HW", 10}}},
          {{{"101", "4712"}, "5.0"}, {{"102", "4711"}, "85.0"}, {{"104", "4711"}, "EX"}}};
}

// A Moodle grade export ("Plain text file"), with the Username field added by the admin.
inline const std::string moodle_export =
    "First name,Last name,ID number,Institution,Department,Email address,Username,Assignment: gradient-descent (Real),"
    "Last downloaded from this course\n"
    "Ann,Smith,S001,,,ann@uni.edu,asmith,,1767225600\n"
    "Bo,Lee,S002,,,bo@uni.edu,blee,85.00,1767225600\n"
    "Cy,Ng,,,,cy@uni.edu,cng,,1767225600\n";

inline std::vector<lms_import::MoodleUser> moodle_users() {
  return {
      {"11", "ann@uni.edu", "asmith", "S001"}, {"12", "bo@uni.edu", "blee", "S002"}, {"13", "cy@uni.edu", "cng", ""}};
}

// Two problems of `each` points; the scores given.
inline batch::StudentRecord record(const std::string& id, batch::Status status, std::vector<double> scores,
                                   double each = 9.5) {
  batch::StudentRecord r;
  r.id = id;
  r.status = status;
  const char* problems[] = {"gd_1d", "gd_2d"};
  for (std::size_t i = 0; i < scores.size(); ++i)
    r.problems.push_back({.id = problems[i], .score = scores[i], .max_score = each});
  return r;
}

// Ann and Cy handed in; zed is on no roster; Bo and the test student have nothing. Out of 19.
inline std::vector<batch::StudentRecord> class_records() {
  using batch::Status;
  return {record("ann@uni.edu", Status::ok, {9.5, 4.25}), record("cy@uni.edu", Status::compile_error, {0, 3}),
          record("zed", Status::ok, {9.5, 9.5})};
}

// The same class on the shipped spec's scale: out of 129, Ann's total above 100.
constexpr double full_marks = 129;
inline std::vector<batch::StudentRecord> records_out_of_129() {
  using batch::Status;
  return {record("ann@uni.edu", Status::ok, {64.5, 60.25}, 64.5), record("cy@uni.edu", Status::ok, {0, 3.75}, 64.5)};
}

inline batch::LmsOptions options(const test_support::TempDir& dir, const std::string& roster,
                                 const std::string& moodle_id = "email", const std::string& column = "",
                                 std::optional<double> scale_to = std::nullopt) {
  return batch::make_lms_options({dir.write("roster.csv", roster).string()}, moodle_id, column, scale_to);
}

inline batch::LmsOutput output(const test_support::TempDir& dir, const std::string& roster,
                               const std::string& moodle_id = "email") {
  return batch::lms_output(options(dir, roster, moodle_id), "gradient-descent", class_records(), 19);
}

inline std::string file(const batch::LmsOutput& out, const std::string& name) {
  for (const auto& [n, bytes] : out.files)
    if (n == name) return bytes;
  ADD_FAILURE() << "no " << name;
  return "";
}

}  // namespace gdlab::testing::lms
