// The grader's precompiled header. Parsing Eigen and gdlab/core.hpp is nearly all of a student's
// compile, and every exercise header starts with them: so they are compiled once per toolchain and
// flags, for all problems, in the build tree, and every compile loads them first (read-only, inside
// the sandbox); the exercise's own small header is read on top. One for all problems, not one
// each: each is over 100 MB.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace gdlab::build {

struct Toolchain;

struct Precompiled {
  std::filesystem::path dir;     // exercise_base.hpp and exercise_base.hpp.gch
  std::filesystem::path header;  // dir / exercise_base.hpp: included before the file (-include)
  std::string key;               // what it was made from, for the program cache's key
};

// The precompiled header, built now when it is missing or was made from other files (any header
// it includes, the compiler or its flags). nullopt where it cannot be made (a build tree that is
// not writable, a compiler failure): then files compile without it.
std::optional<Precompiled> precompiled_header(const Toolchain& toolchain);

// Whether a file can use it: it is included first (-include), so only files that would include
// the same first do. `as_written` when the exercise header is the file's first include; `forced`
// when only other #includes come before it (<bits/stdc++.h>, <cmath>: their order does not change
// what they mean); `none` when anything else does (a #define could change what the header means)
// or the file never includes it.
enum class PchUse { none, as_written, forced };
PchUse pch_use(const std::string& source_text, const std::string& problem);

}  // namespace gdlab::build
