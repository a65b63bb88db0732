#include "grading/verdict.hpp"

#include <stdexcept>

#include "text/enum_text.hpp"

namespace gdlab::grading {

std::string to_string(Verdict v) {
  switch (v) {
    case Verdict::passed: return "passed";
    case Verdict::failed: return "failed";
    case Verdict::not_implemented: return "not_implemented";
    case Verdict::compile_error: return "compile_error";
    case Verdict::missing: return "missing";
    case Verdict::time_limit: return "time_limit";
    case Verdict::memory_limit: return "memory_limit";
    case Verdict::runtime_error: return "runtime_error";
    case Verdict::output_limit: return "output_limit";
    case Verdict::protocol_error: return "protocol_error";
    case Verdict::forbidden: return "forbidden";
  }
  return "unknown";
}

Verdict verdict_from_string(const std::string& text) {
  if (const auto v = text::enum_from_text(text, last_verdict)) return *v;
  throw std::invalid_argument("unknown verdict '" + text + "'");
}

std::string describe(Verdict v) {
  switch (v) {
    case Verdict::passed: return "passed";
    case Verdict::failed: return "failed";
    case Verdict::not_implemented: return "not implemented yet";
    case Verdict::compile_error: return "does not compile";
    case Verdict::missing: return "missing";
    case Verdict::time_limit: return "time limit exceeded";
    case Verdict::memory_limit: return "memory limit exceeded";
    case Verdict::runtime_error: return "crashed";
    case Verdict::output_limit: return "printed too much";
    case Verdict::protocol_error: return "returned no valid result";
    case Verdict::forbidden: return "did something graders forbid";
  }
  return "unknown";
}

bool file_missing(const ProblemResult& p) {
  for (const auto& t : p.tests)
    if (t.verdict == Verdict::missing) return true;
  return false;
}

std::string missing_message(const std::string& source) { return source + " (not found in the submission)"; }

std::string missing_line(const ProblemResult& p) {
  return describe(Verdict::missing) + ": " + missing_message(p.source);
}

double ProblemResult::score() const {
  double s = 0;
  for (const auto& t : tests) s += t.score();
  return s;
}

double ProblemResult::max_score() const {
  double s = 0;
  for (const auto& t : tests) s += t.max_score;
  return s;
}

double Report::score() const {
  double s = 0;
  for (const auto& p : problems) s += p.score();
  return s;
}

double Report::max_score() const {
  double s = 0;
  for (const auto& p : problems) s += p.max_score();
  return s;
}

bool Report::all_passed() const {
  for (const auto& p : problems)
    for (const auto& t : p.tests)
      if (t.verdict != Verdict::passed) return false;
  return true;
}

}  // namespace gdlab::grading
