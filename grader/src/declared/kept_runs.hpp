// What the instructor's programs (the solution, the mistake files) returned on a test, kept on
// disk beside the build cache: every `gdlab check`, `grade` or `validate` meets the same programs
// on the same tests, and running them again in a sandbox costs more than reading the result.
// A program's path names its contents (the build cache), so a kept run never goes stale.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace gdlab::declared {

class KeptRuns {
 public:
  explicit KeptRuns(std::filesystem::path folder) : folder_(std::move(folder)) {}
  // What the program sent back under `key` (program, request and limits), if it returned.
  std::optional<nlohmann::json> find(const std::string& key) const;
  // Best effort: a folder that cannot be written only means the program runs again next time.
  void keep(const std::string& key, const nlohmann::json& returned) const;

 private:
  std::filesystem::path file_for(const std::string& key) const;
  std::filesystem::path folder_;
};

}  // namespace gdlab::declared
