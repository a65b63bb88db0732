// `gdlab demo` prints each course program exactly as numpy's run of it printed.
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

#include "commands/demo.hpp"
#include "expected.hpp"

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

// The installed binary, as a user runs it: exit 0 and every program's title.
TEST(Demo, TheCommandRunsAndShowsEveryProgram) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(GDLAB_CLI " demo", "r"), pclose);
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  while (const auto n = fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe.release()), 0);
  for (const auto& p : course_programs()) EXPECT_NE(out.find(p.title), std::string::npos) << p.title;
}

}  // namespace
}  // namespace gdlab::commands
