// Libraries compiled for the machines students use, handed out without their source: a student
// repository links the reference optimisers from these instead of building reference/optim/src,
// which computes exactly what the exercises ask the student to write.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace gdlab::build {

// A machine students run gdlab on, and the Debian tools that compile for it from any machine.
struct StudentMachine {
  std::string processor;  // CMAKE_SYSTEM_PROCESSOR there: the name of the library's folder
  std::string compiler;   // e.g. aarch64-linux-gnu-g++
  std::string archiver;
  std::string package;  // the Debian package that has the compiler
};

// x86-64 Linux, and arm64 Linux (the dev container on Apple silicon).
const std::vector<StudentMachine>& student_machines();

// Every .cpp in `sources` (a folder) compiled by each machine's compiler with `flags`, and
// archived: processor -> the static library's bytes. Kept in `cache` by a hash of the sources,
// the headers under `headers`, the flags and the compilers, so a second assign compiles nothing.
// Throws std::runtime_error saying what failed and how to fix it (a compiler not installed).
std::map<std::string, std::string> prebuilt_libraries(const std::filesystem::path& sources,
                                                      const std::vector<std::filesystem::path>& headers,
                                                      const std::vector<std::string>& flags,
                                                      const std::filesystem::path& cache);

}  // namespace gdlab::build
