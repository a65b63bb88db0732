// The hostile corpus names this checkout's repository and build folder as @SOURCE_DIR@ and
// @BUILD_DIR@, so that its payloads probe the real paths wherever gdlab was cloned (/work,
// /root/gdlab in a container, a CI runner's folder).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gdlab_config.hpp"

namespace gdlab::test_corpus {

inline std::string with_real_paths(std::string text) {
  for (const auto& [mark, path] :
       {std::pair<std::string, std::string>{"@SOURCE_DIR@", GDLAB_SOURCE_DIR}, {"@BUILD_DIR@", GDLAB_BUILD_DIR}})
    for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + path.size()))
      text.replace(at, mark.size(), path);
  return text;
}

// Copies every .cpp of `from` into `to`, with the real paths written in.
inline void copy_sources(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::filesystem::create_directories(to);
  for (const auto& e : std::filesystem::directory_iterator(from)) {
    if (e.path().extension() != ".cpp") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::ofstream(to / e.path().filename(), std::ios::binary) << with_real_paths(text.str());
  }
}

}  // namespace gdlab::test_corpus
