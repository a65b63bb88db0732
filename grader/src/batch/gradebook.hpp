// The class's results: gradebook.csv (one row per student, importable as a column into Canvas
// or Moodle) and summary.md (score distribution, pass rate of every test, the most frequent
// failing checks). Both are made from the students' records alone, sorted by id, with no
// time or path in them: the same records always give the same bytes, whichever run, shard or
// merge wrote them.
#pragma once

#include <string>
#include <vector>

#include "batch/record.hpp"

namespace gdlab::batch {

// student_id,total,max,<problem ids...>,status,commit   (RFC 4180 quoting; points as
// text::points; commit: the git commit graded, empty for a folder or an archive)
std::string gradebook_csv(std::vector<StudentRecord> records, const std::vector<ProblemScore>& problems);

std::string summary_md(const std::string& assignment, std::vector<StudentRecord> records,
                       const std::vector<ProblemScore>& problems);

// A row with points of its own (ok, compile_error, missing_files): what the distribution counts.
bool is_graded(const StudentRecord& r);

// How many graded totals fall in each tenth of `max`: [0, 10%), ..., [90%, 100%), then 100%.
std::vector<std::size_t> score_bins(const std::vector<StudentRecord>& records, double max);

// One CSV field, quoted when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& text);

}  // namespace gdlab::batch
