// The grader's precompiled exercise headers. Parsing Eigen and gdlab/core.hpp is nearly all of a
// student's compile, so each problem's header is compiled once per toolchain and flags, in the
// build tree, and every compile of that problem loads it (read-only, inside the sandbox).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace gdlab::build {

struct Toolchain;

struct Precompiled {
  std::filesystem::path dir;     // <problem>.hpp and <problem>.hpp.gch: first on the include path
  std::filesystem::path header;  // dir / <problem>.hpp
  std::string key;               // what it was made from, for the program cache's key
};

// The precompiled header of `problem`, built now when it is missing or was made from other files
// (the header, any header it includes, the compiler or its flags). nullopt where it cannot be
// made (a build tree that is not writable, a compiler failure): then files compile without it.
std::optional<Precompiled> precompiled_header(const Toolchain& toolchain, const std::string& problem);

// How a file can use it. GCC loads a precompiled header only for an #include that comes before
// any code, so: `as_written` when the exercise header is the file's first include; `forced`
// (-include it first) when only other #includes come before it (<bits/stdc++.h>, <cmath>);
// `none` when anything else does (a #define could change what the header means) or the file
// never includes it.
enum class PchUse { none, as_written, forced };
PchUse pch_use(const std::string& source_text, const std::string& problem);

}  // namespace gdlab::build
