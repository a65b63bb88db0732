// What `gdlab grade` writes for one student, in DIR/students/<id>/:
//   results.json   Gradescope's schema (report::to_gradescope)
//   feedback.txt   the text report, as `gdlab check` prints it (no colour)
//   feedback.md    the same as Markdown
//   build.log      each problem's build: ok, or the compiler's diagnostics
//   report.json.gz what is stored of the report (report_json.hpp, gzipped): a later run lends
//                  its problem results
//   meta.json      the student's record (record.hpp), written last: the marker that they are done
// Each file is written atomically (store.hpp), so a killed batch leaves whole files only, and a
// student without meta.json is graded again on resume.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "batch/record.hpp"
#include "grading/verdict.hpp"

namespace gdlab::batch {

void write_graded(const std::filesystem::path& dir, const StudentRecord& record, const grading::Report& report,
                  const std::vector<std::string>& notes);

// A row that was not graded (bad archive, no files, ...): the files say why, with 0 points.
void write_not_graded(const std::filesystem::path& dir, const StudentRecord& record, const std::string& assignment);

// The record in dir/meta.json, or nothing when there is none or it is not a record.
// The stored report's JSON text (report.json.gz, or report.json from an earlier gdlab).
std::optional<std::string> read_report(const std::filesystem::path& dir);

std::optional<StudentRecord> read_record(const std::filesystem::path& dir);

}  // namespace gdlab::batch
