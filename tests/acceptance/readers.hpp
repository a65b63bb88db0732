// Each way a grade leaves gdlab, read back the way its platform reads it: a score for every test
// it reports, by "problem: test name".
#pragma once

#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "submissions.hpp"

namespace gdlab::acceptance {

// Gradescope's results.json (gdlab check --out *.json, grade's students/<id>/results.json,
// run_autograder): tests[].name and tests[].score.
Scores from_gradescope(const nlohmann::json& results);

// JUnit XML: a <testcase> with a <failure> or <error> scores nothing, one without them its
// points (JUnit has no points: the spec's).
Scores from_junit(const std::string& xml);

// GitHub's job summary (the table gdlab writes to $GITHUB_STEP_SUMMARY): its "x / y" column.
Scores from_github_summary(const std::string& markdown);

// The problems GitHub annotates: an ::error or ::notice workflow command that names them.
std::set<std::string> annotated_problems(const std::string& log);

// GitHub Classroom's payload: the "result=" line of $GITHUB_OUTPUT, base64 as the reporter's
// Buffer.from decodes it (coreutils' base64 stands in), then tests[].score.
Scores from_classroom(const std::string& github_output);

// PrairieLearn's results.json of one problem's question: tests[].points, a hidden test named
// "p: hidden test k" for the k-th hidden test of p; not gradable (a compile error) scores 0.
Scores from_prairielearn(const nlohmann::json& results, const std::string& problem);

}  // namespace gdlab::acceptance
