#include "build/prebuilt.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <stdexcept>

#include "build/hash.hpp"
#include "build/trusted_command.hpp"
#include "text/file.hpp"

namespace gdlab::build {
namespace fs = std::filesystem;

const std::vector<StudentMachine>& student_machines() {
  static const std::vector<StudentMachine> machines = {
      {"x86_64", "x86_64-linux-gnu-g++", "x86_64-linux-gnu-ar", "g++-x86-64-linux-gnu"},
      {"aarch64", "aarch64-linux-gnu-g++", "aarch64-linux-gnu-ar", "g++-aarch64-linux-gnu"}};
  return machines;
}

namespace {

std::vector<fs::path> files_under(const fs::path& dir, bool recursive) {
  std::vector<fs::path> files;
  if (recursive) {
    for (const auto& entry : fs::recursive_directory_iterator(dir))
      if (entry.is_regular_file()) files.push_back(entry.path());
  } else {
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".cpp") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // the same key, and the same archive, from the same files
  return files;
}

// The program `name` as PATH finds it, for its stamp ("" when it is not there).
std::string stamp_on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (std::size_t at = 0; at <= dirs.size();) {
    const auto end = std::min(dirs.find(':', at), dirs.size());
    const fs::path candidate = fs::path(dirs.substr(at, end - at)) / name;
    std::error_code ec;
    if (fs::exists(candidate, ec)) return text::file_stamp(fs::canonical(candidate, ec));
    at = end + 1;
  }
  return "";
}

std::string key_of(const std::vector<fs::path>& sources, const std::vector<fs::path>& headers,
                   const std::vector<std::string>& flags) {
  std::string all;
  for (const auto& group : {sources, headers})
    for (const auto& file : group) all += file.filename().string() + '\n' + text::read_file(file).value_or("") + '\n';
  for (const auto& flag : flags) all += flag + ' ';
  for (const auto& machine : student_machines())
    all += stamp_on_path(machine.compiler) + stamp_on_path(machine.archiver);
  return fmt::format("{:016x}", fnv1a(all));
}

// The library for one machine, compiled in `dir`; its bytes.
std::string compile_for(const StudentMachine& machine, const std::vector<fs::path>& files,
                        const std::vector<std::string>& flags, const fs::path& dir) {
  std::vector<std::string> archive = {machine.archiver, "rcsD", (dir / "library.a").string()};
  for (const auto& file : files) {
    const fs::path object = dir / (file.stem().string() + ".o");
    std::vector<std::string> command = {machine.compiler};
    command.insert(command.end(), flags.begin(), flags.end());
    command.insert(command.end(), {"-c", file.string(), "-o", object.string()});
    const auto compiled = run_trusted(command, dir / "log");
    if (compiled.exit_code == 127)
      throw std::runtime_error(fmt::format(
          "{} is not installed: student repositories carry the reference compiled for {} Linux, and this compiler "
          "makes it (sudo apt-get install {}; ./gdlab assign installs it)",
          machine.compiler, machine.processor, machine.package));
    if (compiled.exit_code != 0)
      throw std::runtime_error(fmt::format("{} failed on {}:\n{}", machine.compiler, file.string(), compiled.output));
    archive.push_back(object.string());
  }
  const auto archived = run_trusted(archive, dir / "log");
  if (archived.exit_code != 0)
    throw std::runtime_error(fmt::format("{} failed:\n{}", machine.archiver, archived.output));
  return text::read_file(dir / "library.a").value_or("");
}

}  // namespace

std::map<std::string, std::string> prebuilt_libraries(const fs::path& sources, const std::vector<fs::path>& headers,
                                                      const std::vector<std::string>& flags, const fs::path& cache) {
  const auto files = files_under(sources, false);
  if (files.empty()) throw std::runtime_error("no .cpp files in " + sources.string());
  std::vector<fs::path> header_files;
  for (const auto& dir : headers)
    for (auto& file : files_under(dir, true)) header_files.push_back(std::move(file));
  const fs::path kept = cache / key_of(files, header_files, flags);

  std::map<std::string, std::string> libraries;
  for (const auto& machine : student_machines()) {
    const fs::path library = kept / machine.processor / "libgdlab_optim.a";
    if (auto bytes = text::read_file(library)) {
      libraries[machine.processor] = std::move(*bytes);
      continue;
    }
    // Built beside, then renamed in: a library in the cache is always whole.
    const fs::path dir =
        kept.string() + fmt::format(".{}-{}-{}", machine.processor, ::getpid(), std::random_device{}());
    fs::create_directories(dir);
    try {
      libraries[machine.processor] = compile_for(machine, files, flags, dir);
    } catch (...) {
      fs::remove_all(dir);
      throw;
    }
    fs::create_directories(library.parent_path());
    fs::rename(dir / "library.a", library);
    fs::remove_all(dir);
  }
  return libraries;
}

}  // namespace gdlab::build
