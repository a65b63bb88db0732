// Building one problem of a submission: the student's file alone, compiled with the trusted
// exercise header and linked with that problem's harness and gdlab::core (never gdlab::optim).
// Programs are cached by a hash of everything that goes into them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sandbox/process.hpp"

namespace gdlab::build {

struct Toolchain {
  std::string cxx;                     // the C++ compiler
  std::filesystem::path headers;       // trusted exercise headers: a copy of the .hpp files only
  std::filesystem::path core_include;  // gdlab::core's headers
  std::filesystem::path eigen_include;
  std::filesystem::path harness_dir;      // libgdlab_harness_<problem>.a
  std::filesystem::path support_lib;      // harness protocol + catalog
  std::filesystem::path harness_include;  // protocol.hpp: for the harnesses of declared problems
  std::filesystem::path core_lib;         // gdlab::core, built for submissions
  std::filesystem::path cache;            // where programs are kept by content hash
  std::filesystem::path pch_root;         // precompiled exercise headers (pch.hpp); empty: none
  double time_limit_seconds = 60;
  long memory_limit_bytes = 2L << 30;
  long source_limit_bytes = 1L << 20;  // a larger exercise file is refused unread

  static Toolchain installed();  // the one this gdlab was built with
};

struct Built {
  bool ok = false;
  std::filesystem::path program = {};
  std::string diagnostics;  // compiler output, trimmed, with the student's file name
  bool cached = false;
};

// `source_text` is the student's file; `shown_as` the name diagnostics use (exercises/gd_1d.cpp).
Built build_problem(const Toolchain& toolchain, const std::string& problem, const std::string& source_text,
                    const std::string& shown_as);

// The flags of every compile of a submission (and of the precompiled headers, which must match).
std::vector<std::string> compile_flags(const Toolchain& toolchain);

// The compiler command build_problem runs, without the precompiled header: the bare compile the
// benchmarks compare against.
std::vector<std::string> compile_command(const Toolchain& toolchain, const std::string& problem,
                                         const std::filesystem::path& source, const std::filesystem::path& program);

// The compiler in its sandbox: it reads the system and `readable` and writes only in `staging`,
// within the toolchain's memory limit and `seconds`; no network.
sandbox::RunResult run_compiler(const Toolchain& toolchain, const std::vector<std::string>& args,
                                const std::vector<std::filesystem::path>& readable,
                                const std::filesystem::path& staging, double seconds);

}  // namespace gdlab::build
