// A grading::Report as JSON and back, losslessly (students/<id>/report.json). A later run reads
// it to reuse a done student's problem results for another student with the same file.
#pragma once

#include <nlohmann/json.hpp>

#include "grading/verdict.hpp"

namespace gdlab::batch {

nlohmann::json report_to_json(const grading::Report& report);

// What a batch keeps of a report, and draws its pages from: every verdict, check and message as
// they are, but plots only for the tests a page draws (per problem, the first failed test with a
// plot, else the first with one: feedback/html.cpp, and the same among visible tests for
// PrairieLearn), their numbers to 7 significant digits (a pixel is 1/640 of a chart). A
// full-marks student's report.json.gz is 20 KB instead of 2 MB of report.json. No times: what is
// stored, and every file drawn from it, depends on the student's files and the spec alone, so a
// regrade, a resume or a shard writes the same bytes.
grading::Report as_stored(grading::Report report);
grading::ProblemResult as_stored(grading::ProblemResult problem);
grading::Report report_from_json(const nlohmann::json& j);  // throws on a malformed report
// One problem's part of them (kept results, batch/kept_results.hpp).
nlohmann::json problem_to_json(const grading::ProblemResult& problem);
grading::ProblemResult problem_from_json(const nlohmann::json& j);  // throws on a malformed one

}  // namespace gdlab::batch
