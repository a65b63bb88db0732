// moodle.csv through the rules of Moodle's own CSV grade import (lms_import.hpp): every grade
// lands on its user, nobody Moodle cannot find is written, a grade the file does not give stays,
// and --scale-to writes grades Moodle's default site accepts.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "batch/lms.hpp"
#include "batch/roster.hpp"
#include "commands/grade.hpp"
#include "lms_fixtures.hpp"
#include "lms_import.hpp"
#include "text/points.hpp"
#include "support.hpp"

namespace gdlab::testing {
namespace {
using test_support::read_file;
using test_support::TempDir;
namespace fs = std::filesystem;
using namespace lms;

const fs::path source_dir = GDLAB_SOURCE_DIR;
std::optional<double> grade_of(const std::map<std::string, double>& grades, const std::string& id) {
  const auto it = grades.find(id);
  return it == grades.end() ? std::nullopt : std::optional(it->second);
}

const lms_import::MoodleMapping by_email = {"Email address", "useremail", "gradient-descent", "Feedback"};

TEST(MoodleCsv, MoodleImportsEveryGradeByTheChosenIdentifierAndNobodyItCannotFind) {
  TempDir dir;
  const auto records = class_records();
  for (const auto& [choice, column, field] :
       std::vector<std::tuple<std::string, std::string, std::string>>{{"email", "Email address", "useremail"},
                                                                      {"username", "Username", "username"},
                                                                      {"idnumber", "ID number", "useridnumber"}}) {
    const auto out = output(dir, moodle_export, choice);
    const std::string csv = file(out, "moodle.csv");
    const auto imported =
        lms_import::moodle_import(csv, moodle_users(), {column, field, "gradient-descent", "Feedback"});
    ASSERT_EQ(imported.error, "") << choice << "\n" << csv;
    EXPECT_EQ(imported.grades.at("11"), records[0].total()) << choice;
    EXPECT_NE(imported.feedback.at("11").find("gd_2d " + text::points(4.25)), std::string::npos);
    EXPECT_FALSE(imported.grades.contains("12")) << "Bo has no submission: left out, so Moodle keeps his grade";
    if (choice == "idnumber") {
      EXPECT_FALSE(imported.grades.contains("13"));  // Cy has no ID number: listed instead
      EXPECT_NE(out.summary.find("no `ID number` on the roster (1)"), std::string::npos) << out.summary;
      EXPECT_NE(out.summary.find("Cy Ng"), std::string::npos);
    } else {
      EXPECT_EQ(imported.grades.at("13"), records[1].total()) << choice;
    }
  }
}

// Bo has no submission and 85 in Moodle: an empty grade for him would be imported as "no grade"
// and clear it (update_grade_item, grade_import_commit); with no row for him it stays.
TEST(MoodleCsv, AnImportKeepsTheGradesOfWhoHasNoSubmission) {
  TempDir dir;
  const auto imported =
      lms_import::moodle_import(file(output(dir, moodle_export), "moodle.csv"), moodle_users(), by_email);
  ASSERT_EQ(imported.error, "");
  const auto after = lms_import::moodle_after({{"12", 85}}, imported, 19);
  EXPECT_EQ(grade_of(after, "12"), 85);
  const auto records = class_records();
  EXPECT_EQ(grade_of(after, "11"), records[0].total());
  EXPECT_EQ(grade_of(after, "13"), records[1].total());
  // The checker itself: an empty grade clears, as Moodle does.
  const auto blank = lms_import::moodle_import("Email address,gradient-descent,Feedback\r\nbo@uni.edu,,none\r\n",
                                               moodle_users(), by_email);
  ASSERT_EQ(blank.error, "");
  EXPECT_FALSE(lms_import::moodle_after({{"12", 85}}, blank, 19).contains("12"));
}

// Every --moodle-id word reads back as its identifier, and names a roster column of its own.
TEST(MoodleCsv, EveryIdentifierReadsBackAndHasItsOwnColumn) {
  std::set<std::string> columns;
  for (int i = 0; i <= static_cast<int>(batch::last_moodle_id); ++i) {
    const auto id = static_cast<batch::MoodleId>(i);
    EXPECT_EQ(batch::moodle_id_from(batch::to_string(id)), id) << batch::to_string(id);
    columns.insert(batch::moodle_column(id));
  }
  EXPECT_EQ(columns.size(), static_cast<std::size_t>(batch::last_moodle_id) + 1);
  EXPECT_EQ(batch::to_string(batch::last_moodle_id), "idnumber");
  EXPECT_FALSE(batch::moodle_id_from("Email address"));
}

// The checker is not lenient: a row for someone Moodle does not know stops the whole import.
TEST(MoodleCsv, TheCheckerStopsAtAnUnknownUserAsMoodleDoes) {
  const auto imported = lms_import::moodle_import("Email address,g,Feedback\r\nzed@else.where,1,ok\r\n", moodle_users(),
                                                  {"Email address", "useremail", "g", "Feedback"});
  EXPECT_NE(imported.error.find("usermappingerrorusernotfound"), std::string::npos);
}

// Out of 129, Ann's 124.75 stops Moodle's whole import on a default site. --scale-to 100 writes
// total * 100 / 129 to 5 decimals, which Moodle takes and keeps as it is (DECIMAL(10,5)).
TEST(MoodleCsv, ScaleTo100WritesGradesMoodleTakesAsTheyAre) {
  TempDir dir;
  const auto records = records_out_of_129();
  const auto unscaled = batch::lms_output(options(dir, moodle_export), "gradient-descent", records, full_marks);
  EXPECT_EQ(lms_import::moodle_import(file(unscaled, "moodle.csv"), moodle_users(), by_email).error,
            "gradevaluetoobig");

  const auto o = options(dir, moodle_export, "email", "", 100);
  const auto out = batch::lms_output(o, "gradient-descent", records, full_marks);
  const auto imported = lms_import::moodle_import(file(out, "moodle.csv"), moodle_users(), by_email);
  ASSERT_EQ(imported.error, "") << file(out, "moodle.csv");
  const auto after = lms_import::moodle_after({{"12", 85}}, imported, 100);
  for (const auto& [user, record] : {std::pair{"11", records[0]}, std::pair{"13", records[1]}}) {
    const double exact = record.total() * 100 / full_marks;
    EXPECT_NEAR(*imported.grades.at(user), exact, 0.5e-5) << user;
    EXPECT_EQ(grade_of(after, user), *imported.grades.at(user)) << "Moodle keeps what was written, " << user;
  }
  for (const auto& row : batch::parse_csv(file(out, "moodle.csv"))) {  // at most 5 decimals, what Moodle keeps
    const auto point = row[1].find('.');
    EXPECT_TRUE(point == std::string::npos || row[1].size() - point - 1 <= 5) << row[1];
  }
  EXPECT_EQ(grade_of(after, "12"), 85);
  EXPECT_NE(out.summary.find("out of 100 (--scale-to; the spec's total is 129)"), std::string::npos) << out.summary;
}

TEST(MoodleCsv, GradesAbove100WithoutScaleToWarnNamingMoodlesSettings) {
  TempDir dir;
  const auto warnings = batch::check_lms(options(dir, moodle_export), "gradient-descent", full_marks);
  ASSERT_EQ(warnings.size(), 1u);
  for (const char* words : {"above 100", "\"Unlimited grades\" (unlimitedgrades)",
                            "\"Grade point maximum\" (gradepointmax)", "at least 129", "--scale-to 100"})
    EXPECT_NE(warnings[0].find(words), std::string::npos) << "wanted '" << words << "' in: " << warnings[0];
  EXPECT_TRUE(batch::check_lms(options(dir, moodle_export, "email", "", 100), "gradient-descent", full_marks).empty());
  EXPECT_TRUE(batch::check_lms(options(dir, moodle_export), "gradient-descent", 19).empty());

  // gdlab grade says it before grading: a spec of 150 points, a class of nobody.
  std::string spec = read_file(source_dir / "tests/corpus/hostile/spec.yaml");
  spec.replace(spec.find("points: 1"), 9, "points: 150");
  fs::create_directories(dir.path / "subs");
  std::ostringstream o, e;
  ASSERT_EQ(commands::grade({.submissions = (dir.path / "subs").string(),
                             .spec = dir.write("spec.yaml", spec).string(),
                             .jobs = 1,
                             .out = (dir.path / "grades").string(),
                             .terminal = false,
                             .rosters = {dir.write("moodle_export.csv", moodle_export).string()}},
                            o, e),
            0)
      << e.str();
  EXPECT_NE(e.str().find("gdlab grade: warning: moodle.csv has grades up to 150"), std::string::npos) << e.str();
  EXPECT_NE(read_file(dir.path / "grades/summary.md").find("(gradepointmax)"), std::string::npos);
}

}  // namespace
}  // namespace gdlab::testing
