// What many tests need: a scratch folder removed afterwards, a file's bytes in and out, and
// the shipped spec loaded once.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

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

}  // namespace gdlab::test_support
