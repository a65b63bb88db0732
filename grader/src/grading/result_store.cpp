#include "grading/result_store.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "sandbox/layers.hpp"
#include "spec/fingerprint.hpp"
#include "text/file.hpp"

namespace gdlab::grading {
namespace fs = std::filesystem;
namespace {

// The grader that checks: a rebuilt gdlab may check differently.
const std::string& grader_stamp() {
  static const std::string s = [] {
    std::error_code ec;
    const auto self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : text::file_stamp(self);
  }();
  return s;
}

}  // namespace

std::string results_key(const spec::Problem& problem, bool include_hidden, const fs::path& program,
                        const std::string& answers) {
  if (grader_stamp().empty()) return "";  // which grader this is cannot be told: keep nothing
  return fmt::format("gdlab kept results 1\ngrader {}\nisolation {}\nprogram {}\nhidden {}\nanswers {}\nproblem {}\n",
                     grader_stamp(), static_cast<int>(sandbox::isolation()), text::file_stamp(program), include_hidden,
                     answers, spec::fingerprint(problem));
}

bool repeatable(const ProblemResult& result) {
  return std::all_of(result.tests.begin(), result.tests.end(), [](const TestResult& t) {
    // A compile error never reaches here: only a built program has a key.
    const bool settled =
        t.verdict == Verdict::passed || t.verdict == Verdict::failed || t.verdict == Verdict::not_implemented;
    return settled && t.leftover_processes == 0;
  });
}

}  // namespace gdlab::grading
