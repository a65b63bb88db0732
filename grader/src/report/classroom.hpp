// GitHub Classroom's autograding payload: the JSON that
// classroom-resources/autograding-grading-reporter@v1 reads, base64-encoded, from the
// environment variable <RUNNER>_RESULTS, in the shape its own graders write
// (autograding-command-grader's generateResult): {version: 1, status, max_score, tests: [{name,
// status, score, message, test_code, filename, line_no, duration}]}. The reporter then prints
// the notices Classroom records: "Autograding complete" with "Points X/Y", where X is the sum
// of the tests' scores and Y the max_score (src/notify-classroom.js).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "grading/verdict.hpp"
#include "report/locate.hpp"

namespace gdlab::report {

// The reporter gets the payload through an environment variable, and Linux caps one at 128 KiB
// (MAX_ARG_STRLEN): the base64 text stays under this, messages shortened first.
inline constexpr std::size_t classroom_max_base64 = 96 * 1024;

// One test per gdlab test, "problem: test"; score = its points if passed; status pass, fail
// (failed, not implemented) or error (it did not run to a check); filename and line_no point
// at the function the test calls. Top-level status: pass when every test passed, else fail.
nlohmann::json to_classroom(const grading::Report& report, const Sources& sources = {});

// to_classroom(), as the reporter decodes it: base64 (RFC 4648, with padding) of the JSON.
std::string classroom_output(const grading::Report& report, const Sources& sources = {});

}  // namespace gdlab::report
