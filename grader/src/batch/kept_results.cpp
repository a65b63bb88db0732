#include "batch/kept_results.hpp"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "batch/report_json.hpp"
#include "build/cache_prune.hpp"
#include "build/hash.hpp"
#include "text/file.hpp"

namespace gdlab::batch {
namespace fs = std::filesystem;

fs::path KeptResults::file_for(const std::string& key) const {
  return folder_ / fmt::format("{:016x}.json", build::fnv1a(key));
}

std::optional<grading::ProblemResult> KeptResults::find(const std::string& key) {
  if (key.empty()) return std::nullopt;
  const fs::path file = file_for(key);
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  const auto j = nlohmann::json::parse(in, nullptr, false);
  // The whole key is kept in the file: a 64-bit name that collides is told apart here.
  if (j.is_discarded() || !j.is_object() || j.value("key", std::string()) != key) return std::nullopt;
  try {
    auto result = problem_from_json(j.at("result"));
    build::touch(file);  // recently used: pruning keeps it
    return result;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void KeptResults::keep(const std::string& key, const grading::ProblemResult& result) {
  if (key.empty()) return;
  std::error_code ec;
  fs::create_directories(folder_, ec);
  // A check that reads it meanwhile sees the old file or the new.
  text::replace_file(file_for(key), nlohmann::json{{"key", key}, {"result", problem_to_json(result)}}.dump());
}

}  // namespace gdlab::batch
