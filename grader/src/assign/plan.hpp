// What `gdlab assign` writes, computed in memory first: a marker error anywhere means
// nothing is written at all.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "assign/markers.hpp"

namespace gdlab::assign {

struct FileContent {
  std::string text;
  bool executable = false;
};

struct Plan {
  std::map<std::filesystem::path, FileContent> files;  // relative path -> content
  std::vector<std::string> solution_texts;             // what must never appear in the output
  std::vector<MarkerError> errors;
};

// exercises/<name>: headers copied, sources stripped of their solution regions, from each
// problems/<id>/.
Plan plan_exercises(const std::filesystem::path& root);

// The line of grader/student/README.md that plan_student_repo replaces with the table of the
// exercises: one row per problem of the spec students are checked against (its file, its title
// and its id), so an instructor's own problems are listed and the README cannot fall behind.
inline constexpr const char* exercise_table_marker = "<!-- gdlab assign: the table of exercises -->";
inline constexpr const char* assigned_spec = "grader/specs/gradient_descent.yaml";  // what ./gdlab check reads

// The whole student repository: the exercises, the student-facing reference library, the
// grader, the build, the dev container, a student README and one CI workflow (check.yml, or
// with `classroom` GitHub Classroom's classroom.yml, which does what check.yml does and reports
// to Classroom: one workflow, so a push does not build and grade twice); no solutions, tests
// or tools.
Plan plan_student_repo(const std::filesystem::path& root, bool classroom = false);

// The spec with each problem named by id alone (`- id: gd_1d`) written out whole from its folder,
// problems/<id>/problem.yaml, what the spec gives of it replacing the folder's (as the loader
// reads it). Throws YAML::Exception.
std::string with_problem_folders(const std::string& yaml_text, const std::filesystem::path& root);

// The spec as students may see it: only the visible tests (a test without a visibility takes
// the spec's default), problems left with no test dropped. Throws YAML::Exception.
std::string student_spec(const std::string& yaml_text);

// Writes every file of the plan under `dest`, each through a temporary file and a rename.
void write_plan(const Plan& plan, const std::filesystem::path& dest);

}  // namespace gdlab::assign
