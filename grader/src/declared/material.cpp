#include "declared/material.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "declared/harness_source.hpp"
#include "gdlab_config.hpp"

namespace gdlab::declared {
namespace fs = std::filesystem;
namespace {

std::string after(const std::string& line, const std::string& prefix) {
  if (!line.starts_with(prefix)) return "";
  const auto start = line.find_first_not_of(' ', prefix.size());
  return start == std::string::npos ? "" : line.substr(start);
}

}  // namespace

fs::path repository_root(const fs::path& given) {
  if (!given.empty()) return given;
  const char* root = std::getenv("GDLAB_ROOT");
  return root && *root ? fs::path(root) : fs::path(GDLAB_SOURCE_DIR_PATH);
}

MistakeFile read_mistake_file(const fs::path& path) {
  MistakeFile m{.id = path.stem().string(), .path = path};
  std::ifstream in(path);
  std::string line;
  // The two lines sit in the file's opening comment.
  for (int n = 0; n < 30 && std::getline(in, line); ++n) {
    if (m.title.empty()) m.title = after(line, "// mistake:");
    if (m.hint.empty()) m.hint = after(line, "// hint:");
  }
  return m;
}

// The problem's folder (problems/<id>/), else exercises/: a student repository has no problems/,
// so no solution and no mistakes.
Material material_for(const spec::Problem& problem, const fs::path& root) {
  Material m;
  m.root = root;
  const std::string header = header_name(problem);
  const std::string source = fs::path(problem.source).filename().string();
  const fs::path folder = root / "problems" / problem.id;
  // The exercises' copy is also the one named in the error that it is missing.
  m.header = fs::exists(folder / header) ? folder / header : root / "exercises" / header;
  if (fs::exists(folder / source)) m.solution = folder / source;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(folder / "mistakes", ec))
    if (f.path().extension() == ".cpp") m.mistakes.push_back(read_mistake_file(f.path()));
  std::sort(m.mistakes.begin(), m.mistakes.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  m.pinned = root / "grader" / "specs" / "pinned" / (problem.id + ".json");
  return m;
}

std::string shown_as(const Material& material, const fs::path& file) {
  const auto relative = file.lexically_relative(material.root);
  return relative.empty() || relative.begin()->string() == ".." ? file.string() : relative.string();
}

}  // namespace gdlab::declared
