#include "text/file.hpp"

#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>

#include <fmt/format.h>

namespace gdlab::text {

std::optional<std::string> read_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) return std::nullopt;  // which an ifstream opens, and reads as ""
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();  // an empty file inserts nothing and fails `text`, not `in`
  if (in.bad()) return std::nullopt;
  return text.str();
}

bool replace_file(const std::filesystem::path& file, const std::string& bytes) {
  const std::filesystem::path part = file.string() + fmt::format(".part-{}-{}", ::getpid(), std::random_device{}());
  std::error_code ec;
  {
    std::ofstream out(part, std::ios::binary);
    out << bytes;
    if (!out.flush()) {
      std::filesystem::remove(part, ec);
      return false;
    }
  }
  std::filesystem::rename(part, file, ec);
  if (ec) std::filesystem::remove(part, ec);
  return !ec;
}

std::string file_stamp(const std::filesystem::path& file) {
  std::error_code size_ec, time_ec;  // each its own: a folder has a time but no size
  const auto size = std::filesystem::file_size(file, size_ec);
  const auto time = std::filesystem::last_write_time(file, time_ec);
  return fmt::format("{} {} {}", file.string(), size_ec ? 0 : size, time_ec ? 0 : time.time_since_epoch().count());
}

}  // namespace gdlab::text
