// text::read_file, text::replace_file and text::file_stamp: the one way every folder reads a file
// whole, replaces one that others may be reading, and tells whether it changed (the program
// cache, the precompiled headers, the kept results and runs).
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <optional>
#include <thread>
#include <vector>

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

TEST(TextFile, ReplacingLeavesTheOldFileOrTheNewNeverAPartOrALeftover) {
  TempDir dir;
  const fs::path f = dir.path / "kept.json";
  EXPECT_TRUE(text::replace_file(f, "first"));
  EXPECT_EQ(text::read_file(f), "first");
  // Writers racing a reader: every read is one writer's whole file.
  const std::string a(1 << 16, 'a'), b(1 << 17, 'b');
  std::vector<std::thread> writers;
  for (const auto* bytes : {&a, &b})
    writers.emplace_back([&, bytes] {
      for (int i = 0; i < 50; ++i) EXPECT_TRUE(text::replace_file(f, *bytes));
    });
  for (int i = 0; i < 200; ++i) {
    const auto read = text::read_file(f);
    ASSERT_TRUE(read);
    EXPECT_TRUE(*read == "first" || *read == a || *read == b) << "a part of " << read->size() << " bytes";
  }
  for (auto& w : writers) w.join();
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path)) ++files;
  EXPECT_EQ(files, 1) << "a part was left beside the file";
  // Into a folder that is not there: false, and nothing made.
  EXPECT_FALSE(text::replace_file(dir.path / "missing" / "f", "x"));
  EXPECT_FALSE(fs::exists(dir.path / "missing"));
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
