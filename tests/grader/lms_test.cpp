// Rosters and the LMS files: canvas.csv and moodle.csv go through the import rules of Canvas's
// and Moodle's own code (lms_import.hpp), GitHub Classroom's download folder maps to students
// with its roster, and nobody is dropped silently: summary.md lists who is on no roster and who
// on a roster has no submission.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "batch/gradebook.hpp"
#include "batch/lms.hpp"
#include "batch/roster.hpp"
#include "commands/grade.hpp"
#include "commands/merge.hpp"
#include "lms_import.hpp"
#include "report/text.hpp"
#include "support.hpp"

namespace gdlab::testing {
namespace {
using test_support::read_file;
using test_support::TempDir;
namespace fs = std::filesystem;
using batch::Status;
using batch::StudentRecord;

const fs::path source_dir = GDLAB_SOURCE_DIR;

// A Canvas gradebook export (Grades > Export) of a course with the assignment 4711 and another.
const std::string canvas_export =
    "Student,ID,SIS User ID,SIS Login ID,Section,gradient-descent (4711),Other HW (4712),Current Score,Final Score\n"
    "    Points Possible,,,,,19,10,(read only),(read only)\n"
    "\"Smith, Ann\",101,S001,ann@uni.edu,Section A,,5,50,50\n"
    "\"Lee, Bo\",102,S002,bo@uni.edu,Section A,,,,\n"
    "\"Ng, Cy\",103,S003,cy@uni.edu,Section B,,,,\n"
    "\"Student, Test\",104,,test-student,,,,,\n";

lms_import::CanvasCourse canvas_course() {
  return {{{"101", "Smith, Ann", "S001", "ann@uni.edu"},
           {"102", "Lee, Bo", "S002", "bo@uni.edu"},
           {"103", "Ng, Cy", "S003", "cy@uni.edu"},
           {"104", "Student, Test", "", "test-student"}},
          {{"4711", "gradient-descent"}, {"4712", "Other HW"}}};
}

// A Moodle grade export ("Plain text file"), with the Username field added by the admin.
const std::string moodle_export =
    "First name,Last name,ID number,Institution,Department,Email address,Username,Assignment: gradient-descent (Real),"
    "Last downloaded from this course\n"
    "Ann,Smith,S001,,,ann@uni.edu,asmith,,1767225600\n"
    "Bo,Lee,S002,,,bo@uni.edu,blee,,1767225600\n"
    "Cy,Ng,,,,cy@uni.edu,cng,,1767225600\n";

std::vector<lms_import::MoodleUser> moodle_users() {
  return {
      {"11", "ann@uni.edu", "asmith", "S001"}, {"12", "bo@uni.edu", "blee", "S002"}, {"13", "cy@uni.edu", "cng", ""}};
}

StudentRecord record(const std::string& id, Status status, std::vector<double> scores) {
  StudentRecord r;
  r.id = id;
  r.status = status;
  const char* problems[] = {"gd_1d", "gd_2d"};
  for (std::size_t i = 0; i < scores.size(); ++i)
    r.problems.push_back({.id = problems[i], .score = scores[i], .max_score = 9.5});
  return r;
}

// Ann and Cy handed in; zed is on no roster; Bo and the test student have nothing.
std::vector<StudentRecord> class_records() {
  return {record("ann@uni.edu", Status::ok, {9.5, 4.25}), record("cy@uni.edu", Status::compile_error, {0, 3}),
          record("zed", Status::ok, {9.5, 9.5})};
}

batch::LmsOutput output(const TempDir& dir, const std::string& roster, const std::string& moodle_id = "email") {
  const auto o = batch::make_lms_options({dir.write("roster.csv", roster).string()}, moodle_id, "");
  return batch::lms_output(o, "gradient-descent", class_records(), 19);
}

std::string file(const batch::LmsOutput& out, const std::string& name) {
  for (const auto& [n, bytes] : out.files)
    if (n == name) return bytes;
  ADD_FAILURE() << "no " << name;
  return "";
}

TEST(CanvasCsv, CanvasImportsItIntoTheExistingAssignmentWithEveryScoreOnItsStudent) {
  TempDir dir;
  const auto out = output(dir, canvas_export);
  const auto imported = lms_import::canvas_import(file(out, "canvas.csv"), canvas_course());
  ASSERT_EQ(imported.error, "");
  EXPECT_EQ(imported.assignment_id, "4711");  // the export's column, not a new assignment
  EXPECT_EQ(imported.points_possible, "19");
  EXPECT_TRUE(imported.missing_students.empty());
  const auto records = class_records();
  EXPECT_EQ(imported.grades.at("101"), report::points(records[0].total()));
  EXPECT_EQ(imported.grades.at("103"), report::points(records[1].total()));
  EXPECT_EQ(imported.grades.at("102"), "");  // no submission: blank, which leaves Canvas's grade
  EXPECT_EQ(imported.grades.at("104"), "");
  EXPECT_EQ(imported.grades.size(), canvas_course().students.size());
}

// The README used to say gradebook.csv imports into Canvas as it is: Canvas refuses its header.
TEST(CanvasCsv, CanvasRefusesTheGradebookItself) {
  const auto csv = batch::gradebook_csv(class_records(), {{"gd_1d", 0, 9.5, ""}, {"gd_2d", 0, 9.5, ""}});
  EXPECT_EQ(lms_import::canvas_import(csv, canvas_course()).error, "Invalid header row");
}

TEST(CanvasCsv, WithoutAColumnForTheAssignmentCanvasMakesOneByItsName) {
  TempDir dir;
  std::string no_column = canvas_export;
  for (const char* col : {"gradient-descent (4711)", "Other HW (4712)"})
    no_column.replace(no_column.find(col), std::string(col).size(), "HW");
  const auto out = output(dir, no_column);
  const auto imported = lms_import::canvas_import(file(out, "canvas.csv"), canvas_course());
  ASSERT_EQ(imported.error, "");
  EXPECT_EQ(imported.assignment_id, "4711");  // matched by its title, as Canvas does for a bare name
  EXPECT_NE(out.summary.find("`gradient-descent`"), std::string::npos) << out.summary;
}

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
    EXPECT_NE(imported.feedback.at("11").find("gd_2d " + report::points(4.25)), std::string::npos);
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

// The checker is not lenient: a row for someone Moodle does not know stops the whole import.
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

TEST(MoodleCsv, TheCheckerStopsAtAnUnknownUserAsMoodleDoes) {
  const auto imported = lms_import::moodle_import("Email address,g,Feedback\r\nzed@else.where,1,ok\r\n", moodle_users(),
                                                  {"Email address", "useremail", "g", "Feedback"});
  EXPECT_NE(imported.error.find("usermappingerrorusernotfound"), std::string::npos);
}

TEST(Roster, TheSummaryListsWhoIsOnNoRosterAndWhoHasNoSubmission) {
  TempDir dir;
  const auto out = output(dir, canvas_export);
  for (const char* words : {"zed (19, ok)", "not in canvas.csv", "Lee, Bo (bo@uni.edu)", "Student, Test (test-student)",
                            "4 on it, 2 with a submission"})
    EXPECT_NE(out.summary.find(words), std::string::npos) << "wanted '" << words << "' in:\n" << out.summary;
}

TEST(Roster, AFileOfNoKnownKindOrTwoOfOneKindIsRefused) {
  TempDir dir;
  EXPECT_THROW(batch::make_lms_options({dir.write("x.csv", "name,score\nann,1\n").string()}, "email", ""),
               std::runtime_error);
  const auto a = dir.write("a.csv", canvas_export).string(), b = dir.write("b.csv", canvas_export).string();
  EXPECT_THROW(batch::make_lms_options({a, b}, "email", ""), std::runtime_error);
  const auto m = dir.write("m.csv", "First name,Email address\nAnn,ann@uni.edu\n").string();
  EXPECT_THROW(batch::make_lms_options({m}, "username", ""), std::runtime_error);  // no Username column
  EXPECT_THROW(batch::make_lms_options({m}, "login", ""), std::runtime_error);
}

const std::string classroom_roster =
    "\"identifier\",\"github_username\",\"github_id\",\"name\"\n"
    "\"ann@uni.edu\",\"ann-gh\",\"1001\",\"Ann Smith\"\n"
    "\"bo@uni.edu\",\"\",\"\",\"Bo Lee\"\n"
    "\"cy@uni.edu\",\"CyNg\",\"1003\",\"Cy Ng\"\n"
    "\"Jane Doe\",\"jdoe\",\"1004\",\"Jane Doe\"\n";

TEST(ClassroomRoster, RepositoryNamesMapToTheStudentsIdentifiers) {
  TempDir dir;
  const auto roster = batch::load_roster(dir.write("classroom_roster.csv", classroom_roster));
  EXPECT_EQ(roster.kind, batch::RosterKind::classroom);
  EXPECT_EQ(batch::classroom_id(roster, "gd-2026-ann-gh"), "ann@uni.edu");
  EXPECT_EQ(batch::classroom_id(roster, "ann-gh"), "ann@uni.edu");
  EXPECT_EQ(batch::classroom_id(roster, "GD-2026-cyng"), "cy@uni.edu");   // GitHub names ignore case
  EXPECT_EQ(batch::classroom_id(roster, "gd-2026-jdoe"), "jdoe");         // "Jane Doe" cannot be an id
  EXPECT_EQ(batch::classroom_id(roster, "gd-2026-xcyng"), std::nullopt);  // a name ends at a '-'
  EXPECT_EQ(batch::classroom_id(roster, "gd-2026-gh"), std::nullopt);
}

// End to end: Classroom's download folder as it is, its roster, and a Canvas export: the clones
// are graded as their students and canvas.csv imports.
TEST(ClassroomRoster, GdlabGradeTakesTheDownloadFolderAndWritesCanvasCsv) {
  TempDir dir;
  const fs::path subs = dir.path / "gd-2026-submissions";
  const std::string solution = read_file(source_dir / "solutions/gd_1d.cpp"),
                    stub = read_file(source_dir / "exercises/gd_1d.cpp");
  dir.write("gd-2026-submissions/gd-2026-ann-gh/exercises/gd_1d.cpp", solution);
  dir.write("gd-2026-submissions/gd-2026-cyng/exercises/gd_1d.cpp", stub);
  dir.write("gd-2026-submissions/gd-2026-zed/exercises/gd_1d.cpp", solution);
  const auto classroom = dir.write("classroom_roster.csv", classroom_roster),
             canvas = dir.write("canvas.csv", canvas_export);
  std::ostringstream o, e;
  const fs::path out = dir.path / "grades";
  ASSERT_EQ(commands::grade({.submissions = subs.string(),
                             .spec = (source_dir / "tests/corpus/hostile/spec.yaml").string(),
                             .jobs = 1,
                             .out = out.string(),
                             .terminal = false,
                             .rosters = {classroom.string(), canvas.string()}},
                            o, e),
            0)
      << e.str();
  EXPECT_TRUE(fs::exists(out / "students/ann@uni.edu/meta.json"));
  EXPECT_TRUE(fs::exists(out / "students/cy@uni.edu/meta.json"));
  EXPECT_TRUE(fs::exists(out / "students/gd-2026-zed/meta.json"));  // on no roster: keeps its name
  const auto imported = lms_import::canvas_import(read_file(out / "canvas.csv"), canvas_course());
  ASSERT_EQ(imported.error, "");
  EXPECT_EQ(imported.points_possible, "1");
  EXPECT_EQ(imported.grades.at("101"), "1");  // Ann's solution
  EXPECT_EQ(imported.grades.at("103"), "0");  // Cy's stub
  EXPECT_EQ(imported.grades.at("102"), "");   // Bo: nothing
  const std::string summary = read_file(out / "summary.md");
  for (const char* words : {"gd-2026-zed", "Bo Lee (not linked to GitHub)", "Lee, Bo (bo@uni.edu)"})
    EXPECT_NE(summary.find(words), std::string::npos) << "wanted '" << words << "' in:\n" << summary;

  // gdlab merge with the same rosters writes the same files (shards are merged this way).
  const fs::path merged = dir.path / "merged";
  std::ostringstream mo, me;
  ASSERT_EQ(
      commands::merge(
          {.dirs = {out.string()}, .out = merged.string(), .rosters = {classroom.string(), canvas.string()}}, mo, me),
      0)
      << me.str();
  for (const char* f : {"canvas.csv", "summary.md", "gradebook.csv"})
    EXPECT_EQ(read_file(merged / f), read_file(out / f)) << f;
}

}  // namespace
}  // namespace gdlab::testing
