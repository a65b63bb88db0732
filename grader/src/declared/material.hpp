// An instructor's files for a problem, found by convention under the repository:
//   problems/<id>/<name>.hpp and .cpp    the exercise header and the solution (exercises/<name>.hpp
//                                        in a student repository, which has no problems/)
//   problems/<id>/mistakes/<slug>.cpp    named mistakes: whole wrong implementations
//   grader/specs/pinned/<id>.json        what a student repository carries instead of the solution
//                                        and the mistakes: their results on the visible tests
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "spec/spec.hpp"

namespace gdlab::declared {

struct MistakeFile {
  std::string id;          // the file's name without .cpp
  std::string title = {};  // its `// mistake:` line
  std::string hint = {};   // its `// hint:` line
  std::filesystem::path path = {};
};

struct Material {
  std::filesystem::path root;  // the repository they were found in
  std::filesystem::path header;
  std::optional<std::filesystem::path> solution;
  std::vector<MistakeFile> mistakes;
  std::filesystem::path pinned;
};

// `given`, else $GDLAB_ROOT, else the source folder this gdlab was built from.
std::filesystem::path repository_root(const std::filesystem::path& given = {});

Material material_for(const spec::Problem& problem, const std::filesystem::path& root);

// A file of the material as the instructor knows it: relative to the repository (problems/gd_1d/gd_1d.cpp).
std::string shown_as(const Material& material, const std::filesystem::path& file);

// The `// mistake:` and `// hint:` lines of a mistake file (empty when missing).
MistakeFile read_mistake_file(const std::filesystem::path& path);

}  // namespace gdlab::declared
