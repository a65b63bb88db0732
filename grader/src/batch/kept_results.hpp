// The results `gdlab check` keeps, one file a problem and program in a folder of the build tree
// (grading/result_store.hpp says what is kept and when). A submission never sees the folder:
// the sandbox shows a program its own file and scratch folder only.
#pragma once

#include <filesystem>

#include "grading/result_store.hpp"

namespace gdlab::batch {

class KeptResults : public grading::ResultStore {
 public:
  explicit KeptResults(std::filesystem::path folder) : folder_(std::move(folder)) {}
  // A file that is missing, unreadable or kept under another key is no result.
  std::optional<grading::ProblemResult> find(const std::string& key) override;
  // Best effort: a folder that cannot be written only means the next check runs the tests.
  void keep(const std::string& key, const grading::ProblemResult& result) override;

 private:
  std::filesystem::path file_for(const std::string& key) const;
  std::filesystem::path folder_;
};

}  // namespace gdlab::batch
