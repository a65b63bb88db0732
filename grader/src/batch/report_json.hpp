// A grading::Report as JSON and back, losslessly (students/<id>/report.json). A later run reads
// it to reuse a done student's problem results for another student with the same file.
#pragma once

#include <nlohmann/json.hpp>

#include "grading/verdict.hpp"

namespace gdlab::batch {

nlohmann::json report_to_json(const grading::Report& report);
grading::Report report_from_json(const nlohmann::json& j);  // throws on a malformed report

}  // namespace gdlab::batch
