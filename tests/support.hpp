// What many tests need: a scratch folder removed afterwards, a file's bytes in and out, the
// shipped spec loaded once, and the shipped problems' solutions.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "spec/loader.hpp"

namespace gdlab::test_support {
namespace fs = std::filesystem;

// Replaces the file, making its folders first.
inline void write_file(const fs::path& file, const std::string& bytes) {
  if (file.has_parent_path()) fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

// Readable by others (not mkdtemp's 0700): under GDLAB_SANDBOX=process as root, programs and the
// compiler run as a spare uid that must read what a test writes here.
struct TempDir {
  fs::path path = fs::temp_directory_path() /
                  ("gdlab-test-" + std::to_string(std::random_device{}()) + std::to_string(std::random_device{}()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
  // Writes `text` to `name` under the folder and returns its path.
  fs::path write(const std::string& name, const std::string& text) const {
    write_file(path / name, text);
    return path / name;
  }
  // Moved, the folder has one owner still; never copied (it would be removed twice).
  TempDir(TempDir&& other) noexcept : path(std::exchange(other.path, {})) {}
  TempDir& operator=(TempDir&& other) noexcept {
    std::swap(path, other.path);
    return *this;
  }
};

inline std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline const spec::Spec& shipped_spec() {
  static const spec::Spec spec = [] {
    auto loaded = spec::load_spec(GDLAB_SOURCE_DIR "/grader/specs/gradient_descent.yaml");
    if (!loaded.spec) throw std::runtime_error("the shipped spec does not load");
    return *loaded.spec;
  }();
  return spec;
}

// The shipped problems, one folder each: problems/<id>/ holds the header <id>.hpp, the solution
// <id>.cpp, problem.yaml and mistakes/.
inline fs::path problems_dir() { return fs::path(GDLAB_SOURCE_DIR) / "problems"; }

// A shipped problem's header or solution by its file name: problems/gd_1d/gd_1d.cpp for gd_1d.cpp.
inline fs::path solution_path(const fs::path& file) { return problems_dir() / file.stem() / file.filename(); }

// A shipped problem's solution, where the grader finds it: problems/<id>/<its source's name>.
inline fs::path solution_path(const spec::Problem& problem) {
  return problems_dir() / problem.id / fs::path(problem.source).filename();
}

// Every shipped problem's header and solution (the C++ files directly in its folder: not its
// mistakes), or those of one `extension` (".cpp"), sorted.
inline std::vector<fs::path> solution_files(const std::string& extension = "") {
  std::vector<fs::path> files;
  for (const auto& folder : fs::directory_iterator(problems_dir()))
    if (folder.is_directory())
      for (const auto& e : fs::directory_iterator(folder.path())) {
        const auto ext = e.path().extension();
        if (e.is_regular_file() && (ext == ".cpp" || ext == ".hpp") && (extension.empty() || ext == extension))
          files.push_back(e.path());
      }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::runtime_error("no solution in " + problems_dir().string());
  return files;
}

// `to`/exercises/ holding every solution, as a student who solved everything hands it in.
inline fs::path solved_submission(const fs::path& to) {
  fs::create_directories(to / "exercises");
  for (const auto& file : solution_files(".cpp"))
    fs::copy_file(file, to / "exercises" / file.filename(), fs::copy_options::overwrite_existing);
  return to;
}

}  // namespace gdlab::test_support
