// A student's feedback as Markdown (feedback.md of `gdlab grade`; `gdlab check --out-format
// markdown`): the score, a table per problem, and why each failed test failed. Everything the
// student's program or compiler said stands in fenced code blocks, so it is shown as text and
// never read as Markdown or HTML.
#pragma once

#include <string>

#include "grading/verdict.hpp"

namespace gdlab::report {

std::string to_markdown(const grading::Report& report);

// `text` as a fenced code block whose fence is longer than any run of backticks in it.
std::string fenced(const std::string& text);

}  // namespace gdlab::report
