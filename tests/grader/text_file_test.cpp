// text::read_file and text::file_stamp: the one way every folder reads a file whole and tells
// whether it changed (the program cache, the precompiled headers, the kept results).
#include <gtest/gtest.h>

#include <fstream>
#include <chrono>
#include <optional>

#include "support.hpp"
#include "text/file.hpp"

namespace gdlab {
namespace {

namespace fs = std::filesystem;
using test_support::TempDir;

TEST(TextFile, ReadsEveryByteAndTellsAnEmptyFileFromAMissingOne) {
  TempDir dir;
  const std::string bytes = std::string("line\r\nnul \0 here\n", 17) + "\xff\xfe no newline at the end";
  std::ofstream(dir.path / "f", std::ios::binary) << bytes;
  EXPECT_EQ(text::read_file(dir.path / "f"), bytes);
  std::ofstream(dir.path / "empty", std::ios::binary);
  EXPECT_EQ(text::read_file(dir.path / "empty"), std::string());  // there, and empty: not "nothing"
  EXPECT_EQ(text::read_file(dir.path / "missing"), std::nullopt);
  EXPECT_EQ(text::read_file(dir.path), std::nullopt) << "a folder is not a file";
}

TEST(TextFile, AStampChangesWhenTheFileIsWrittenAgain) {
  TempDir dir;
  const fs::path f = dir.path / "f";
  EXPECT_EQ(text::file_stamp(f), f.string() + " 0 0");  // missing
  std::ofstream(f) << "one";
  const auto first = text::file_stamp(f);
  EXPECT_NE(first, f.string() + " 0 0");
  EXPECT_EQ(text::file_stamp(f), first) << "the same file, the same stamp";
  std::ofstream(f) << "two";  // the same size: only the time tells
  fs::last_write_time(f, fs::last_write_time(f) + std::chrono::seconds(1));
  const auto second = text::file_stamp(f);
  EXPECT_NE(second, first);
  const auto time = fs::last_write_time(f);
  std::ofstream(f, std::ios::app) << "!";
  fs::last_write_time(f, time);  // another size at the same time (within the clock's resolution)
  EXPECT_NE(text::file_stamp(f), second);
  EXPECT_NE(text::file_stamp(dir.path / "g"), text::file_stamp(f)) << "the path is part of it";
}

}  // namespace
}  // namespace gdlab
