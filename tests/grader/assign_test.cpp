// `gdlab assign`: exercises/ stays in step with problems/, markers are checked, and the
// student repository holds no solution.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "assign/markers.hpp"
#include "assign/plan.hpp"
#include "commands/assign.hpp"
#include "gdlab_config.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab::assign {
namespace {
using test_support::read_file;
using test_support::TempDir;
namespace fs = std::filesystem;

const fs::path source_dir = GDLAB_SOURCE_DIR;

TEST(Assign, ExercisesFolderIsWhatSolutionsMake) {
  const Plan plan = plan_exercises(source_dir);
  ASSERT_TRUE(plan.errors.empty()) << plan.errors.front().to_string();
  ASSERT_GE(plan.files.size(), 10u);
  for (const auto& [relative, content] : plan.files)
    EXPECT_EQ(read_file(source_dir / relative), content.text) << relative << " is out of date: run ./gdlab assign";
  // and nothing in exercises/ that problems/ does not make (no mistake file, no problem.yaml)
  for (const auto& entry : fs::directory_iterator(source_dir / "exercises"))
    EXPECT_TRUE(plan.files.contains(fs::relative(entry.path(), source_dir))) << entry.path();
}

TEST(Markers, RegionBecomesTodoOrTheStubLines) {
  const auto s = strip_solutions(
      "int f() {\n  // BEGIN SOLUTION\n  return 42;\n  // END SOLUTION\n}\n"
      "int g() {\n    // BEGIN SOLUTION\n    // STUB: return 0;  // TODO\n    return 7;\n    // END SOLUTION\n}\n",
      "x.cpp", "x");
  ASSERT_TRUE(s.errors.empty());
  EXPECT_EQ(s.text, "int f() {\n  gdlab::todo(\"x\");\n}\nint g() {\n    return 0;  // TODO\n}\n");
  EXPECT_EQ(s.solutions, (std::vector<std::string>{"  return 42;\n", "    return 7;\n"}));
}

struct BadCase {
  std::string source;
  int line;
  std::string words;
};

TEST(Markers, EveryKindOfBadMarkerNamesFileAndLine) {
  const std::vector<BadCase> cases = {
      {"a\n// BEGIN SOLUTION\nb\n", 2, "never closed"},
      {"a\n// END SOLUTION\n", 2, "without a BEGIN"},
      {"// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION\n", 2, "do not nest"},
      {"// BEGIN SOLUTON\nx\n// END SOLUTION\n", 1, "unknown marker"},
      {"// BEGIN HIDDEN\n", 1, "unknown marker"},
      {"// STUB: x\n// BEGIN SOLUTION\n// END SOLUTION\n", 1, "outside"},
      {"int x; // BEGIN SOLUTION\n", 1, "alone on its line"},
      {"no markers at all\n", 1, "no BEGIN SOLUTION"},
  };
  for (const auto& c : cases) {
    const auto s = strip_solutions(c.source, "problems/p/p.cpp", "p");
    ASSERT_FALSE(s.errors.empty()) << c.source;
    EXPECT_EQ(s.errors.front().line, c.line) << c.source;
    EXPECT_NE(s.errors.front().to_string().find("problems/p/p.cpp:" + std::to_string(c.line) + ": "),
              std::string::npos);
    EXPECT_NE(s.errors.front().message.find(c.words), std::string::npos)
        << "'" << c.words << "' not in: " << s.errors.front().message;
  }
}

// A bad marker in one file stops everything: no exercise changes on disk.
TEST(Assign, BadMarkerChangesNothingOnDisk) {
  TempDir tmp;
  fs::copy(source_dir / "problems", tmp.path / "problems", fs::copy_options::recursive);
  fs::create_directories(tmp.path / "exercises");
  std::ofstream(tmp.path / "exercises/gd_1d.cpp") << "my unfinished work\n";
  tmp.write("problems/zz_broken/zz_broken.cpp", "// BEGIN SOLUTION\nint x;\n");
  std::ostringstream out, err;
  const int code = commands::assign({.root = tmp.path}, out, err);
  EXPECT_EQ(code, 2);
  EXPECT_NE(err.str().find("problems/zz_broken/zz_broken.cpp:1:"), std::string::npos) << err.str();
  EXPECT_EQ(read_file(tmp.path / "exercises/gd_1d.cpp"), "my unfinished work\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path / "exercises"), fs::directory_iterator()), 1);
}

TEST(Assign, CheckReportsAStaleExercise) {
  TempDir tmp;
  fs::copy(source_dir / "problems", tmp.path / "problems", fs::copy_options::recursive);
  fs::copy(source_dir / "exercises", tmp.path / "exercises");
  std::ostringstream out, err;
  EXPECT_EQ(commands::assign({.root = tmp.path, .check = true}, out, err), 0) << err.str();
  std::ofstream(tmp.path / "exercises/momentum.cpp", std::ios::app) << "// edited\n";
  EXPECT_EQ(commands::assign({.root = tmp.path, .check = true}, out, err), 1);
  EXPECT_NE(err.str().find("momentum.cpp"), std::string::npos);
  EXPECT_EQ(commands::assign({.root = tmp.path}, out, err), 0);
  EXPECT_EQ(commands::assign({.root = tmp.path, .check = true}, out, err), 0);
}

// The reference optimisers compute what the exercises ask for: the student repository links them
// compiled, for x86-64 and arm64 Linux, and holds no line of their source. Both libraries define
// the same functions. (That the compiled one gives the same grades: the student-repository paths
// of the acceptance matrix, which build and grade with it.)
void expect_the_reference_compiled_not_its_source(const fs::path& repo, const fs::path& scratch) {
  EXPECT_FALSE(fs::exists(repo / "reference/optim/src"));
  // Every line of the sources that says something of its own: not an #include, a brace, a
  // comment, nor a line the public headers (which go out) also have, such as a declaration.
  std::string headers;
  for (const auto& entry : fs::recursive_directory_iterator(source_dir / "reference/optim/include"))
    if (entry.is_regular_file()) headers += read_file(entry.path());
  std::vector<std::string> lines;
  for (const auto& entry : fs::directory_iterator(source_dir / "reference/optim/src")) {
    std::istringstream in(read_file(entry.path()));
    for (std::string line; std::getline(in, line);) {
      line.erase(0, line.find_first_not_of(" \t"));
      if (line.size() >= 24 && !line.starts_with("#") && !line.starts_with("//") && !line.starts_with("namespace") &&
          !line.starts_with("}") && headers.find(line) == std::string::npos)
        lines.push_back(line);
    }
  }
  ASSERT_GT(lines.size(), 50u);
  for (const auto& entry : fs::recursive_directory_iterator(repo)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".a") continue;
    const std::string text = read_file(entry.path());
    for (const auto& line : lines)
      EXPECT_EQ(text.find(line), std::string::npos) << fs::relative(entry.path(), repo) << " holds: " << line;
  }
  // ELF's e_machine of each archive's first object: 62 is x86-64, 183 is AArch64.
  for (const auto& [processor, machine] : {std::pair{"x86_64", 62}, {"aarch64", 183}}) {
    const std::string library = read_file(repo / "reference/optim/lib" / processor / "libgdlab_optim.a");
    ASSERT_TRUE(library.starts_with("!<arch>\n")) << processor;
    const auto elf = library.find(
        "\x7f"
        "ELF");
    ASSERT_NE(elf, std::string::npos) << processor;
    EXPECT_EQ(static_cast<unsigned char>(library[elf + 18]), machine) << processor;
  }
  // The functions each defines, as its own machine's nm lists them: the same set (it cannot run here).
  const auto defined = [&](const std::string& processor) {
    const fs::path list = scratch / (processor + ".symbols");
    const std::string command = processor + "-linux-gnu-nm --defined-only -g " +
                                (repo / "reference/optim/lib" / processor / "libgdlab_optim.a").string() +
                                " | awk '$2 == \"T\" {print $3}' | sort -u > " + list.string();
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return read_file(list);
  };
  const std::string x86 = defined("x86_64");
  EXPECT_NE(x86.find("Adam"), std::string::npos);
  EXPECT_EQ(defined("aarch64"), x86);
  // Kept in the build tree: the next assign compiles nothing.
  int kept = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(GDLAB_BUILD_DIR) / "prebuilt"))
    if (entry.path().filename() == "libgdlab_optim.a" && entry.path().parent_path().filename() == "aarch64")
      kept += read_file(entry.path()) == read_file(repo / "reference/optim/lib/aarch64/libgdlab_optim.a");
  EXPECT_GE(kept, 1);
}

TEST(Assign, StudentRepositoryHoldsNoSolutionNoMarkerNoInstructorFolder) {
  TempDir tmp;
  const fs::path repo = tmp.path / "student";
  std::ostringstream out, err;
  ASSERT_EQ(commands::assign({.root = source_dir, .out = repo}, out, err), 0) << err.str();
  const Plan plan = plan_exercises(source_dir);
  ASSERT_FALSE(plan.solution_texts.empty());
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(repo)) {
    if (!entry.is_regular_file()) continue;
    ++files;
    const std::string rel = fs::relative(entry.path(), repo).string();
    for (const char* banned : {"problems/", "tests/", "tools/", "bench/"}) EXPECT_FALSE(rel.starts_with(banned)) << rel;
    const std::string text = read_file(entry.path());
    // The marker parser itself names the markers; every other file must not.
    if (!rel.starts_with("grader/src/assign/")) {
      EXPECT_FALSE(has_marker(text)) << rel << " holds a solution marker";
    }
    for (const auto& solution : plan.solution_texts)
      EXPECT_EQ(text.find(solution), std::string::npos) << rel << " holds solution text:\n" << solution;
  }
  EXPECT_GT(files, 30);

  // The spec goes out with the visible tests only, and still loads.
  const auto full = spec::load_spec((source_dir / "grader/specs/gradient_descent.yaml").string());
  const auto student = spec::load_spec((repo / "grader/specs/gradient_descent.yaml").string());
  ASSERT_TRUE(full.spec && student.spec) << (student.errors.empty() ? "" : student.errors.front().to_string());
  std::string everything;
  for (const auto& entry : fs::recursive_directory_iterator(repo))
    if (entry.is_regular_file()) everything += read_file(entry.path());
  int visible = 0, hidden = 0;
  for (const auto& p : full.spec->problems)
    for (const auto& t : p.tests) {
      const bool shown = t.visibility == spec::Visibility::visible;
      (shown ? visible : hidden)++;
      EXPECT_EQ(everything.find(t.name) != std::string::npos, shown) << "test '" << t.name << "'";
    }
  ASSERT_GT(hidden, 0);
  int student_tests = 0;
  for (const auto& p : student.spec->problems) student_tests += static_cast<int>(p.tests.size());
  EXPECT_EQ(student_tests, visible);
  for (const char* needed : {"gdlab", "CMakeLists.txt", "README.md", ".github/workflows/check.yml",
                             "exercises/gd_1d.cpp", "reference/core/include/gdlab/core.hpp"})
    EXPECT_TRUE(fs::exists(repo / needed)) << needed;
  EXPECT_NE(fs::status(repo / "gdlab").permissions() & fs::perms::owner_exec, fs::perms::none);
  EXPECT_NE(read_file(repo / "README.md").find("./gdlab check"), std::string::npos);
  expect_the_reference_compiled_not_its_source(repo, tmp.path);
}

// The README's table row of a problem, as assign writes it.
std::string readme_row(const std::string& source, const std::string& title, const std::string& id) {
  return "| `" + source + "` | " + title + " | `" + id + "` |\n";
}

int table_rows(const std::string& readme) {
  int rows = 0;
  for (std::size_t at = readme.find("\n| `"); at != std::string::npos; at = readme.find("\n| `", at + 1)) ++rows;
  return rows;
}

// The student README lists every problem of the spec it is assigned with: its file, title and id.
TEST(Assign, StudentReadmeListsEveryProblemOfTheSpec) {
  const std::string readme = plan_student_repo(source_dir).files.at("README.md").text;
  EXPECT_EQ(readme.find(exercise_table_marker), std::string::npos) << "the marker is left in:\n" << readme;
  const auto& problems = test_support::shipped_spec().problems;
  ASSERT_GE(problems.size(), 10u);
  for (const auto& p : problems)
    EXPECT_NE(readme.find(readme_row(p.source, p.title, p.id)), std::string::npos) << p.id << " is missing:\n"
                                                                                   << readme;
  EXPECT_EQ(table_rows(readme), static_cast<int>(problems.size())) << readme;
}

// An instructor's own spec: its one problem is listed, and none of the shipped spec's.
TEST(Assign, StudentReadmeOfAOneProblemSpecListsOnlyThatProblem) {
  TempDir tmp;
  for (const char* entry : {"CMakeLists.txt", "CMakePresets.json", "gdlab", ".gitignore", "cmake", "reference",
                            "grader", ".devcontainer", "problems"})  // what plan_student_repo reads
    fs::copy(source_dir / entry, tmp.path / entry, fs::copy_options::recursive);
  tmp.write(assigned_spec,
            "assignment: clipping\nproblems:\n"
            "  - id: clipped_gd\n    title: Clipped gradient descent\n    source: exercises/clipped_gd.cpp\n"
            "    tests:\n      - name: t\n        visibility: visible\n        inputs: {}\n"
            "        checks: [{monotone: {}}]\n");
  const std::string readme = plan_student_repo(tmp.path).files.at("README.md").text;
  EXPECT_EQ(readme.find(exercise_table_marker), std::string::npos) << readme;
  EXPECT_NE(readme.find(readme_row("exercises/clipped_gd.cpp", "Clipped gradient descent", "clipped_gd")),
            std::string::npos)
      << readme;
  EXPECT_EQ(table_rows(readme), 1) << readme;
  for (const auto& p : test_support::shipped_spec().problems)
    EXPECT_EQ(readme.find(p.source), std::string::npos) << p.source << " is not in this spec:\n" << readme;
}

TEST(Assign, RefusesToWriteIntoAFolderThatHoldsFiles) {
  TempDir tmp;
  std::ofstream(tmp.path / "keep.txt") << "mine\n";
  std::ostringstream out, err;
  EXPECT_EQ(commands::assign({.root = source_dir, .out = tmp.path}, out, err), 2);
  EXPECT_NE(err.str().find("not empty"), std::string::npos);
  EXPECT_EQ(read_file(tmp.path / "keep.txt"), "mine\n");
}

}  // namespace
}  // namespace gdlab::assign
