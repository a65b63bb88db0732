// Rosters and canvas.csv: canvas.csv goes through the import rules of Canvas's own code
// (lms_import.hpp) and an upload leaves every grade it has no new value for; GitHub Classroom's
// download folder maps to students with its roster, and nobody is dropped silently: summary.md
// lists who is on no roster and who on a roster has no submission. moodle.csv: lms_moodle_test.cpp.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "batch/gradebook.hpp"
#include "batch/lms.hpp"
#include "batch/roster.hpp"
#include "commands/grade.hpp"
#include "commands/merge.hpp"
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

TEST(CanvasCsv, CanvasImportsEveryScoreOnItsStudentInTheExistingAssignment) {
  TempDir dir;
  const auto out = output(dir, canvas_export);
  const auto imported = lms_import::canvas_import(file(out, "canvas.csv"), canvas_course());
  ASSERT_EQ(imported.error, "");
  EXPECT_EQ(imported.assignment_id, "4711");  // the export's column, not a new assignment
  EXPECT_EQ(imported.points_possible, "19");
  EXPECT_TRUE(imported.missing_students.empty());
  const auto records = class_records();
  EXPECT_EQ(imported.grades.at("101"), text::points(records[0].total()));
  EXPECT_EQ(imported.grades.at("103"), text::points(records[1].total()));
  EXPECT_EQ(imported.grades.size(), 2u) << "only who has a submission has a row";
}

std::string grade_of(const std::map<std::string, std::string>& grades, const std::string& id) {
  const auto it = grades.find(id);
  return it == grades.end() ? "(no grade)" : it->second;
}

// Bo has no submission and the 85 his instructor typed; the test student is excused. An empty
// cell for either would be posted and clear it (ProcessGradebookUpload posts every cell unlike
// the grade Canvas has): they are left out, and keep theirs.
TEST(CanvasCsv, AnUploadKeepsTheGradesOfWhoHasNoSubmission) {
  TempDir dir;
  const auto course = canvas_course();
  const auto imported = lms_import::canvas_import(file(output(dir, canvas_export), "canvas.csv"), course);
  ASSERT_EQ(imported.error, "");
  const auto after = lms_import::canvas_after(course, imported);
  EXPECT_EQ(grade_of(after, "102"), "85.0");
  EXPECT_EQ(grade_of(after, "104"), "EX");
  const auto records = class_records();
  EXPECT_EQ(grade_of(after, "101"), text::points(records[0].total()));
  EXPECT_EQ(grade_of(after, "103"), text::points(records[1].total()));
}

// The checker itself: an empty cell against a grade is posted and clears it, as Canvas does.
TEST(CanvasCsv, TheCheckerClearsAGradeAnEmptyCellIsPostedFor) {
  const std::string csv =
      "Student,ID,SIS User ID,SIS Login ID,Section,gradient-descent (4711)\r\n\"Lee, Bo\",102,,,,\r\n";
  const auto course = canvas_course();
  const auto imported = lms_import::canvas_import(csv, course);
  ASSERT_EQ(imported.error, "");
  EXPECT_FALSE(lms_import::canvas_after(course, imported).contains("102"));
}

// The README used to say gradebook.csv imports into Canvas as it is: Canvas refuses its header.
TEST(CanvasCsv, CanvasRefusesTheGradebookItself) {
  const auto csv = batch::gradebook_csv(class_records(), {{"gd_1d", 0, 9.5, ""}, {"gd_2d", 0, 9.5, ""}});
  EXPECT_EQ(lms_import::canvas_import(csv, canvas_course()).error, "Invalid header row");
}

std::string renamed(std::string text, const std::string& from, const std::string& to) {
  return text.replace(text.find(from), from.size(), to);
}

// Canvas makes a new assignment of a column title it does not know: gdlab stops instead, before
// grading anyone, and names the columns it saw and how to choose one.
TEST(CanvasCsv, AnAssignmentWithNoColumnIsAnErrorThatListsTheColumns) {
  TempDir dir;
  const auto roster =
      dir.write("canvas_export.csv", renamed(canvas_export, "gradient-descent (4711)", "GD lab (4711)"));
  dir.write("subs/ann@uni.edu/exercises/gd_1d.cpp", read_file(test_support::solution_path("gd_1d.cpp")));
  std::ostringstream o, e;
  const fs::path out = dir.path / "grades";
  EXPECT_EQ(commands::grade({.submissions = (dir.path / "subs").string(),
                             .spec = (source_dir / "tests/corpus/hostile/spec.yaml").string(),
                             .jobs = 1,
                             .out = out.string(),
                             .terminal = false,
                             .rosters = {roster.string()}},
                            o, e),
            2);
  for (const char* words :
       {"no column for the spec's assignment `broken-runs`", "`GD lab (4711)`, `Other HW (4712)`", "--lms-column"})
    EXPECT_NE(e.str().find(words), std::string::npos) << "wanted '" << words << "' in:\n" << e.str();
  EXPECT_FALSE(fs::exists(out / "students/ann@uni.edu")) << "nobody is graded";
}

TEST(CanvasCsv, LmsColumnNamesTheColumnByItsTitleIdOrWholeText) {
  TempDir dir;
  const auto records = class_records();
  for (const char* column : {"GD lab", "gd LAB", "4711", "GD lab (4711)"}) {
    const auto o = options(dir, renamed(canvas_export, "gradient-descent (4711)", "GD lab (4711)"), "email", column);
    EXPECT_TRUE(batch::check_lms(o, "gradient-descent", 19).empty()) << column;
    const auto out = batch::lms_output(o, "gradient-descent", records, 19);
    const auto imported = lms_import::canvas_import(file(out, "canvas.csv"), canvas_course());
    EXPECT_EQ(imported.assignment_id, "4711") << column;
    EXPECT_EQ(imported.grades.at("101"), text::points(records[0].total())) << column;
  }
  // Two assignments of one title: the title alone is not enough.
  const auto twice = options(dir, renamed(canvas_export, "Other HW (4712)", "gradient-descent (4712)"));
  try {
    batch::check_lms(twice, "gradient-descent", 19);
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("`gradient-descent (4711)`, `gradient-descent (4712)`"), std::string::npos)
        << error.what();
  }
}

// Canvas's "Use semicolons to separate fields" export: read, and canvas.csv (comma-separated,
// which Canvas's importer tells apart file by file) imports.
TEST(CanvasCsv, ASemicolonExportIsReadAndItsCanvasCsvImports) {
  const std::string semicolons =
      "Student;ID;SIS User ID;SIS Login ID;Section;gradient-descent (4711);Other HW (4712);Current Score\n"
      "    Points Possible;;;;;19,0;10;(read only)\n"
      "Smith, Ann;101;S001;ann@uni.edu;Section A;;5,5;55\n"
      "Lee, Bo;102;S002;bo@uni.edu;Section A;85;;\n"
      "Ng, Cy;103;S003;cy@uni.edu;Section B;;;\n";
  ASSERT_EQ(lms_import::canvas_import(semicolons, canvas_course()).separator, ';') << "Canvas reads it otherwise";
  TempDir dir;
  const auto o = options(dir, semicolons);
  ASSERT_EQ(o.rosters[0].kind, batch::RosterKind::canvas);
  EXPECT_EQ(o.rosters[0].separator, ';');
  EXPECT_EQ(o.rosters[0].people.size(), 3u);
  EXPECT_TRUE(batch::check_lms(o, "gradient-descent", 19).empty()) << "19,0 is Canvas's 19 points";
  const auto out = batch::lms_output(o, "gradient-descent", class_records(), 19);
  const auto course = canvas_course();
  const auto imported = lms_import::canvas_import(file(out, "canvas.csv"), course);
  ASSERT_EQ(imported.error, "");
  EXPECT_EQ(imported.assignment_id, "4711");
  const auto after = lms_import::canvas_after(course, imported);
  EXPECT_EQ(grade_of(after, "101"), text::points(class_records()[0].total()));
  EXPECT_EQ(grade_of(after, "102"), "85.0");
}

// canvas.csv's scores are out of the spec's total (or --scale-to N): an assignment out of other
// points in Canvas is named, with the --scale-to that matches it.
TEST(CanvasCsv, AnAssignmentOutOfOtherPointsIsAWarningAndScaleToMatchesIt) {
  TempDir dir;
  const auto warnings = batch::check_lms(options(dir, canvas_export), "gradient-descent", full_marks);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("out of 19 points and canvas.csv's scores are out of 129: give --scale-to 19"),
            std::string::npos)
      << warnings[0];
  const auto scaled = options(dir, canvas_export, "email", "", 19);
  EXPECT_TRUE(batch::check_lms(scaled, "gradient-descent", full_marks).empty());
  const auto records = records_out_of_129();
  const auto imported = lms_import::canvas_import(
      file(batch::lms_output(scaled, "gradient-descent", records, full_marks), "canvas.csv"), canvas_course());
  EXPECT_EQ(imported.points_possible, "19");
  EXPECT_NEAR(std::stod(imported.grades.at("101")), records[0].total() * 19 / full_marks, 0.5e-5);
}

TEST(Roster, TheSummaryListsWhoIsOnNoRosterAndWhoHasNoSubmission) {
  TempDir dir;
  const auto out = output(dir, canvas_export);
  for (const char* words : {"zed (19, ok)", "not in canvas.csv", "Lee, Bo (bo@uni.edu)", "Student, Test (test-student)",
                            "4 on it, 2 with a submission", "Who has no submission is left out"})
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
  for (double bad : {0.0, -1.0, std::nan("")})
    EXPECT_THROW(batch::make_lms_options({m}, "email", "", bad), std::runtime_error);
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
  const std::string solution = read_file(test_support::solution_path("gd_1d.cpp")),
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
                             .rosters = {classroom.string(), canvas.string()},
                             .lms_column = "gradient-descent"},
                            o, e),
            0)
      << e.str();
  EXPECT_TRUE(fs::exists(out / "students/ann@uni.edu/meta.json"));
  EXPECT_TRUE(fs::exists(out / "students/cy@uni.edu/meta.json"));
  EXPECT_TRUE(fs::exists(out / "students/gd-2026-zed/meta.json"));  // on no roster: keeps its name
  const auto imported = lms_import::canvas_import(read_file(out / "canvas.csv"), canvas_course());
  ASSERT_EQ(imported.error, "");
  EXPECT_EQ(imported.points_possible, "1");
  EXPECT_EQ(imported.grades.at("101"), "1");      // Ann's solution
  EXPECT_EQ(imported.grades.at("103"), "0");      // Cy's stub
  EXPECT_FALSE(imported.grades.contains("102"));  // Bo: nothing, so no row
  const std::string summary = read_file(out / "summary.md");
  for (const char* words : {"gd-2026-zed", "Bo Lee (not linked to GitHub)", "Lee, Bo (bo@uni.edu)"})
    EXPECT_NE(summary.find(words), std::string::npos) << "wanted '" << words << "' in:\n" << summary;

  // gdlab merge with the same rosters writes the same files (shards are merged this way).
  const fs::path merged = dir.path / "merged";
  std::ostringstream mo, me;
  ASSERT_EQ(commands::merge({.dirs = {out.string()},
                             .out = merged.string(),
                             .rosters = {classroom.string(), canvas.string()},
                             .lms_column = "gradient-descent"},
                            mo, me),
            0)
      << me.str();
  for (const char* f : {"canvas.csv", "summary.md", "gradebook.csv"})
    EXPECT_EQ(read_file(merged / f), read_file(out / f)) << f;
}

}  // namespace
}  // namespace gdlab::testing
