// summary.html: the class at a glance for the instructor, one self-contained page like the
// feedback page (inline CSS and SVG, no script, no network): the score distribution as a
// histogram, each problem's and each test's pass rate, the named mistakes with how many
// students made each, compile errors and time-outs by problem, who was not graded and why, and
// every student's row with a link to their own page (students/<id>/feedback.html). Made from
// the records alone, as gradebook.csv and summary.md are: the same records give the same
// bytes, and its numbers are the gradebook's.
#pragma once

#include <string>
#include <vector>

#include "batch/record.hpp"

namespace gdlab::batch {

std::string summary_html(const std::string& assignment, std::vector<StudentRecord> records,
                         const std::vector<ProblemScore>& problems);

}  // namespace gdlab::batch
