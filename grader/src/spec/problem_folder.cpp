#include "spec/problem_folder.hpp"

#include <cstdlib>

#include "gdlab_config.hpp"

namespace gdlab::spec {
namespace fs = std::filesystem;

fs::path problems_folder(const fs::path& given) {
  if (!given.empty()) return given;
  const char* root = std::getenv("GDLAB_ROOT");
  return (root && *root ? fs::path(root) : fs::path(GDLAB_SOURCE_DIR_PATH)) / "problems";
}

fs::path problem_file(const fs::path& folder, const std::string& id) { return folder / id / "problem.yaml"; }

std::string default_source(const std::string& id) { return "exercises/" + id + ".cpp"; }

}  // namespace gdlab::spec
