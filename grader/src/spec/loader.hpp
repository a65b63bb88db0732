// Reading an assignment's test spec from YAML and checking it against the schema.
//
// Every error is collected (not just the first), each with file:line:column, the key path
// (problems[0].tests[1].points) and what was expected; they come back sorted by position.
// A spec with any error is not returned at all, so nothing is ever graded against half a spec.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "spec/spec.hpp"

namespace gdlab::spec {

struct LoadResult {
  std::optional<Spec> spec;       // set if and only if there are no errors
  std::vector<SpecError> errors;  // sorted by line, then column
};

// Reads the file; a file that cannot be read is one error with no position. A problem named by
// id alone is read from its folder under `problems` (default: spec::problems_folder()).
LoadResult load_spec(const std::string& path, const std::filesystem::path& problems = {});

// `file_name` is only used in the errors and in Spec::file.
LoadResult parse_spec(const std::string& yaml_text, const std::string& file_name,
                      const std::filesystem::path& problems = {});

}  // namespace gdlab::spec
