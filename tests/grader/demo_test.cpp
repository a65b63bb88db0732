// `gdlab demo` prints each course program exactly as numpy's run of it printed, then grades
// the bundled submissions: the solutions of every problem folder to full marks, the stubs to 0.
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>

#include "commands/demo.hpp"
#include "expected.hpp"
#include "support.hpp"

namespace gdlab::commands {
namespace {

TEST(Demo, EveryCourseProgramPrintsWhatNumpyPrinted) {
  const auto programs = course_programs();
  ASSERT_EQ(programs.size(), 7u);
  for (const auto& p : programs) {
    ASSERT_TRUE(testing::course().contains(p.id)) << p.id;
    EXPECT_EQ(p.output, testing::course()[p.id]["stdout"].get<std::string>()) << p.title;
  }
}

// The "Score: got / of" line of the demo's grade of `title` ({-1, -1} when there is none).
std::pair<double, double> score_of(const std::string& out, const std::string& title) {
  std::pair<double, double> score{-1, -1};
  const auto section = out.find("== gdlab check on " + title + " ==");
  if (section == std::string::npos) return score;
  const auto line = out.find("  Score: ", section);
  if (line != std::string::npos) std::sscanf(out.c_str() + line, "  Score: %lf / %lf", &score.first, &score.second);
  return score;
}

// The installed binary, as a user runs it: exit 0, every program's title, and the grades.
TEST(Demo, TheCommandRunsAndShowsEveryProgram) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(GDLAB_CLI " demo", "r"), pclose);
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  while (const auto n = fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe.release()), 0);
  for (const auto& p : course_programs()) EXPECT_NE(out.find(p.title), std::string::npos) << p.title;
  double full = 0;
  for (const auto& problem : test_support::shipped_spec().problems)
    for (const auto& t : problem.tests) full += t.points;
  ASSERT_GT(full, 0);
  EXPECT_EQ(score_of(out, "the instructor's solutions"), std::make_pair(full, full)) << out;
  EXPECT_EQ(score_of(out, "exercises/ as it is now"), std::make_pair(0.0, full)) << out;
}

}  // namespace
}  // namespace gdlab::commands
