// PrairieLearn's external-grader results.json, as documented in "External Grading", section
// "Grading results" (prairielearn.readthedocs.io/en/latest/externalGrading/), and as its grader
// host (apps/grader-host: results larger than 1 MB fail the job) and the
// <pl-external-grader-results> element read it.
#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

#include "grading/verdict.hpp"

namespace gdlab::feedback {

// The grader host refuses results.json past 1 MiB: what we write stays under this.
inline constexpr std::size_t prairielearn_max_bytes = 1000 * 1000;

// gradable, score in [0, 1] (points over max points), message, output (the text report of the
// visible tests), tests[] (name, description, points, max_points, message, output, images).
// A problem that did not build makes the submission `gradable: false`, its diagnostics in
// `format_errors` (no attempt is used up). Hidden tests count but show only their verdict.
// The first failed visible test of each problem (else its first with a plot) carries the
// feedback page's SVG charts as data: URLs, as many as the size limit leaves room for.
nlohmann::json to_prairielearn(const grading::Report& report);

}  // namespace gdlab::feedback
