// The precompiled exercise headers: which files can use one, that GCC really loads it with the
// flags students are compiled with, that a student reads the bare compiler's diagnostics word for
// word, that it is rebuilt when anything it was made from changes, and that the compiler a
// submission drives cannot write it. (How much faster: tools/bench/check_vs_gxx.sh.)
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <chrono>
#include <random>
#include <sstream>

#include <unistd.h>

#include "build/compile.hpp"
#include "build/pch.hpp"
#include "problem_toolchain.hpp"
#include "sandbox/layers.hpp"
#include "sandbox/process.hpp"
#include "support.hpp"

namespace gdlab::build {
namespace {
using test_support::read_file;
using test_support::TempDir;
namespace fs = std::filesystem;

TEST(Precompiled, WhichFilesCanUseIt) {
  EXPECT_EQ(pch_use("// Exercise 1\n/* notes */\n#include \"gd_1d.hpp\"\nint x;\n", "gd_1d"), PchUse::as_written);
  EXPECT_EQ(pch_use("\xEF\xBB\xBF#include \"gd_1d.hpp\"\r\n", "gd_1d"), PchUse::as_written);
  EXPECT_EQ(pch_use("  #  include <gd_1d.hpp>\n", "gd_1d"), PchUse::as_written);
  EXPECT_EQ(pch_use("#include <bits/stdc++.h>\n#include \"gd_1d.hpp\"\n", "gd_1d"), PchUse::forced);
  EXPECT_EQ(pch_use("/* a\n block */\n#include <cmath>\n#include \"gd_1d.hpp\"\n", "gd_1d"), PchUse::forced);
  // Anything else first may change what the header means, or comes after code: compiled bare.
  EXPECT_EQ(pch_use("#define NDEBUG\n#include \"gd_1d.hpp\"\n", "gd_1d"), PchUse::none);
  EXPECT_EQ(pch_use("int x;\n#include \"gd_1d.hpp\"\n", "gd_1d"), PchUse::none);
  EXPECT_EQ(pch_use("#include <vector>\nint f();\n", "gd_1d"), PchUse::none);
  EXPECT_EQ(pch_use("#include \"gd_2d.hpp\"\n", "gd_1d"), PchUse::none);
  EXPECT_EQ(pch_use("// #include \"gd_1d.hpp\"\n", "gd_1d"), PchUse::none);
}

// -H prints "! file.gch" for a precompiled header GCC loaded and "x file.gch" for one it refused.
// One header serves every problem: loaded first, then the exercise's own header is read on top
// and its #include of gdlab/core.hpp costs nothing more.
TEST(Precompiled, TheCompilerLoadsItWithTheStudentsFlagsForEveryProblem) {
  const auto t = Toolchain::installed();
  const auto pch = precompiled_header(t);
  ASSERT_TRUE(pch);
  const fs::path gch = pch->dir / "exercise_base.hpp.gch";
  ASSERT_TRUE(fs::exists(gch));
  TempDir work;
  // As build_problem does: where the compiler runs as a spare uid and the checkout sits in a
  // folder it cannot enter (a clone in /root), it reads copies.
  const auto isolation = sandbox::isolation();
  Toolchain seen = t;
  for (auto* path : {&seen.headers, &seen.core_include, &seen.eigen_include})
    *path = sandbox::reachable(*path, work.path, isolation);
  const fs::path dir = sandbox::reachable(pch->dir, work.path, isolation);
  const std::vector<fs::path> readable = {seen.headers, seen.core_include, seen.eigen_include, dir};
  int problems = 0;
  for (const auto& header : fs::directory_iterator(t.headers)) {
    const std::string name = header.path().filename().string();
    for (const std::string& text :
         {"#include \"" + name + "\"\n", "#include <bits/stdc++.h>\n#include \"" + name + "\"\n"}) {
      std::ofstream(work.path / "file.cpp") << text;
      std::vector<std::string> args = {"-include", (dir / pch->header.filename()).string()};
      for (const auto& f : compile_flags(seen)) args.push_back(f);
      args.insert(args.end(), {"-H", "-fsyntax-only", (work.path / "file.cpp").string()});
      const auto outcome = run_compiler(t, args, readable, work.path, 120);
      EXPECT_EQ(outcome.exit_code, 0) << outcome.output.substr(0, 2000);
      EXPECT_EQ(outcome.output.rfind("! " + (dir / "exercise_base.hpp.gch").string() + "\n", 0), 0u)
          << text << outcome.output.substr(0, 500);
      EXPECT_NE(outcome.output.find(name), std::string::npos) << text;  // the exercise's header, read
      EXPECT_EQ(outcome.output.find("Eigen/Dense"), std::string::npos) << text << outcome.output.substr(0, 2000);
    }
    ++problems;
  }
  EXPECT_GE(problems, 10);
  // One file for all of them. (A folder named *.pch-* is another grader's build in progress.)
  std::vector<std::string> headers;
  for (const auto& entry : fs::recursive_directory_iterator(t.pch_root))
    if (entry.path().extension() == ".gch" && entry.path().parent_path().string().find(".pch-") == std::string::npos)
      headers.push_back(fs::relative(entry.path(), t.pch_root).string());
  EXPECT_EQ(headers, std::vector<std::string>{"exercise_base/exercise_base.hpp.gch"});
}

// A broken file says the same with and without the precompiled header (and says it again from
// the cache, without compiling).
TEST(Precompiled, AStudentReadsTheBareCompilersDiagnostics) {
  TempDir with_cache, bare_cache;
  auto with = test_support::toolchain_of("gd_2d");
  with.cache = with_cache.path;
  auto bare = with;
  bare.cache = bare_cache.path;
  bare.pch_root.clear();
  const std::string body =
      "namespace exercises {\n"
      "gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {\n";
  const std::vector<std::string> files = {
      // an error in the student's own lines only
      "#include \"gd_2d.hpp\"\n" + body + "  return undeclared_name;\n}\n}\n",
      // candidates shown inside the standard library, reached through the header
      "// notes\n#include \"gd_2d.hpp\"\n" + body + "  gdlab::Path p;\n  p.push_back(3);\n  return p;\n}\n}\n",
      // a note inside the exercise header itself
      "#include \"gd_2d.hpp\"\nnamespace exercises {\nstruct EarlyStop { int a; };\n}\n",
      // the header after another include (forced)
      "#include <cmath>\n#include \"gd_2d.hpp\"\n" + body + "  gdlab::Path p;\n  p.push_back(3);\n  return p;\n}\n}\n"};
  for (const auto& file : files) {
    const auto a = build_problem(with, "gd_2d", file, "exercises/gd_2d.cpp");
    const auto b = build_problem(bare, "gd_2d", file, "exercises/gd_2d.cpp");
    ASSERT_FALSE(a.ok || b.ok) << file;
    EXPECT_FALSE(a.cached);
    EXPECT_EQ(a.diagnostics, b.diagnostics) << file;
    const auto again = build_problem(with, "gd_2d", file, "exercises/gd_2d.cpp");
    EXPECT_TRUE(again.cached && !again.ok);
    EXPECT_EQ(again.diagnostics, a.diagnostics);
  }
}

// Made again when a header it includes or the compiler changes; not when an exercise's header
// does (those are read on top of it). A tree's older per-problem headers go when it is made.
// (A small core of its own, with the same machinery: Eigen's would take a minute.)
TEST(Precompiled, RebuiltWhenAnythingItWasMadeFromChanges) {
  TempDir dir;
  auto t = Toolchain::installed();
  t.headers = dir.path / "headers";
  t.core_include = dir.path / "core";
  t.pch_root = dir.path / "pch";
  fs::create_directories(t.headers);
  fs::create_directories(t.core_include / "gdlab");
  std::ofstream(t.headers / "tiny.hpp") << "#pragma once\n#include \"gdlab/core.hpp\"\n";
  std::ofstream(t.core_include / "gdlab/core.hpp") << "#pragma once\n#include \"gdlab/tiny_core.hpp\"\n";
  std::ofstream(t.core_include / "gdlab/tiny_core.hpp")
      << "#pragma once\n#include <vector>\ninline int tiny() { return 1; }\n";
  // What an earlier gdlab left: one folder per problem. A folder that is not such stays.
  fs::create_directories(t.pch_root / "gd_1d");
  std::ofstream(t.pch_root / "gd_1d" / "made-from") << "recipe 0\n";
  std::ofstream(t.pch_root / "gd_1d" / "gd_1d.hpp.gch") << "old";
  fs::create_directories(t.pch_root / "notes");
  const auto first = precompiled_header(t);
  ASSERT_TRUE(first);
  EXPECT_FALSE(fs::exists(t.pch_root / "gd_1d"));
  EXPECT_TRUE(fs::exists(t.pch_root / "notes"));
  const fs::path gch = first->dir / "exercise_base.hpp.gch";
  const auto built_at = fs::last_write_time(gch);
  EXPECT_NE(read_file(first->dir / "made-from").find((t.core_include / "gdlab/tiny_core.hpp").string()),
            std::string::npos);
  EXPECT_EQ(precompiled_header(t)->key, first->key);
  EXPECT_EQ(fs::last_write_time(gch), built_at);

  std::ofstream(t.headers / "tiny.hpp", std::ios::app) << "// edited\n";
  EXPECT_EQ(precompiled_header(t)->key, first->key);
  EXPECT_EQ(fs::last_write_time(gch), built_at);
  // A declared problem's toolchain has its own exercise-header folder: the same header serves it.
  auto declared = t;
  declared.headers = dir.path / "harness" / "include";
  EXPECT_EQ(precompiled_header(declared)->key, first->key);
  EXPECT_EQ(fs::last_write_time(gch), built_at);

  fs::last_write_time(t.core_include / "gdlab/tiny_core.hpp", built_at + std::chrono::seconds(5));
  const auto second = precompiled_header(t);
  ASSERT_TRUE(second);
  EXPECT_NE(second->key, first->key);
  EXPECT_NE(fs::last_write_time(gch), built_at);

  auto other = t;
  other.cxx = "/no/such/compiler";  // a toolchain whose compiler is gone: compiled without one
  EXPECT_FALSE(precompiled_header(other));
  t.pch_root = dir.path / "readonly" / "pch";  // no build tree to write: compiled without one
  fs::create_directories(dir.path / "readonly");
  fs::permissions(dir.path / "readonly", fs::perms::owner_read | fs::perms::owner_exec);
  if (::geteuid() != 0) {
    EXPECT_FALSE(precompiled_header(t));
  }
}

// It is readable in the compiler's sandbox, never writable: not even the compiler, which a
// submission's source drives, can replace it.
TEST(Precompiled, TheCompilerCannotWriteIt) {
  const auto t = Toolchain::installed();
  const auto pch = precompiled_header(t);
  ASSERT_TRUE(pch);
  const fs::path gch = pch->dir / "exercise_base.hpp.gch";
  const auto size = fs::file_size(gch);
  const auto time = fs::last_write_time(gch);
  TempDir work;
  std::ofstream(work.path / "tiny.hpp") << "int tiny();\n";
  for (const auto& target : {gch, pch->dir / "planted.gch"}) {
    const auto outcome = run_compiler(t, {"-x", "c++-header", (work.path / "tiny.hpp").string(), "-o", target.string()},
                                      {pch->dir}, work.path, 60);
    EXPECT_NE(outcome.exit_code, 0) << outcome.output;
  }
  EXPECT_EQ(fs::file_size(gch), size);
  EXPECT_EQ(fs::last_write_time(gch), time);
  EXPECT_FALSE(fs::exists(pch->dir / "planted.gch"));
}

}  // namespace
}  // namespace gdlab::build
