// A declared problem's header against its declaration, checked by the compiler: `gdlab validate`
// refuses a header whose parameters are in another order, of another type (int for double) or
// whose result is another type, naming the header's line, the spec's signature and the header's;
// grading refuses it too before judging anything. An exact header passes, overloads beside it
// included.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <string>

#include "shell.hpp"
#include "support.hpp"

namespace gdlab {
namespace {
namespace fs = std::filesystem;
using test_shell::quoted;

// The issue's example: Polyak's step size needs f*, declared after steps in the spec.
constexpr const char* kSpec = R"yaml(assignment: signature-check
problems:
  - id: polyak
    title: Gradient descent with Polyak's step size
    source: exercises/polyak.cpp
    entry: polyak_gd
    entries:
      polyak_gd:
        inputs: INPUTS
        returns: path
        reference: solution
    tests:
      - name: "polyak: the bowl from (1, 2)"
        inputs: {objective: bowl, x0: [1, 2], lr: 0.1, steps: 5, f_star: 0}
        checks:
          - trajectory: {atol: 1e-9}
)yaml";

constexpr const char* kInputs = "{objective: objective, x0: vector, lr: positive, steps: whole, f_star: number}";
constexpr const char* kSpecSignature =
    "polyak_gd(const gdlab::Objective& objective, const gdlab::Vector& x0, double lr, int steps, double f_star) -> "
    "gdlab::Path";

// A repository holding the spec and problems/polyak/polyak.hpp declaring `declaration`.
struct Course {
  test_support::TempDir dir;
  std::string header;
  Course(const std::string& declaration, const std::string& inputs = kInputs) {
    header =
        "// Polyak's step: lr is the largest step, f_star the optimum's value.\n#pragma once\n\n"
        "#include \"gdlab/core.hpp\"\n\nnamespace exercises {\n\n" +
        declaration + "\n\n}  // namespace exercises\n";
    dir.write("problems/polyak/polyak.hpp", header);
    std::string spec = kSpec;
    spec.replace(spec.find("INPUTS"), 6, inputs);
    dir.write("spec.yaml", spec);
  }
  std::string gdlab(const std::string& args) const {
    return "GDLAB_ROOT=" + quoted(dir.path.string()) + " " + quoted(GDLAB_CLI) + " " + args;
  }
  test_shell::Run validate() const {
    return test_shell::run(gdlab("validate " + quoted((dir.path / "spec.yaml").string())));
  }
  // Where the header declares polyak_gd, as the instructor's editor shows it: counted, not assumed.
  std::string declared_at() const {
    const auto at = header.find("polyak_gd(");
    const auto line = std::count(header.begin(), header.begin() + static_cast<long>(at), '\n') + 1;
    return (dir.path / "problems/polyak/polyak.hpp").string() + ":" + std::to_string(line);
  }
};

void expect_refused(const test_shell::Run& run, const std::vector<std::string>& said) {
  // The instructor's error, as a spec error is: exit 2.
  EXPECT_TRUE(WIFEXITED(run.status) && WEXITSTATUS(run.status) == 2) << run.out;
  for (const auto& s : said) EXPECT_NE(run.out.find(s), std::string::npos) << "missing: " << s << "\nin:\n" << run.out;
}

TEST(HeaderSignature, ValidateRefusesParametersInAnotherOrder) {
  const Course course(
      "gdlab::Path polyak_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr,\n"
      "                      double f_star, int steps);");
  expect_refused(course.validate(),
                 {"the spec declares " + std::string(kSpecSignature), course.declared_at() + " declares polyak_gd(",
                  "double lr, double f_star, int steps) -> gdlab::Path",
                  "the 4th parameter is int in the spec and double in the header",
                  "the 5th parameter is double in the spec and int in the header"});
}

// The header in the spec's order, but one input of another numeric type: C++ would turn an int
// into a double (or back) silently and every test would run. Both ways, and where the spec says
// `whole` for a parameter the header takes as a double.
TEST(HeaderSignature, ValidateRefusesAnIntWhereTheHeaderTakesADoubleAndBack) {
  const std::string exact =
      "gdlab::Path polyak_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps,\n"
      "                      double f_star);";
  const Course f_star_whole(exact, "{objective: objective, x0: vector, lr: positive, steps: whole, f_star: whole}");
  expect_refused(f_star_whole.validate(), {"int steps, int f_star) -> gdlab::Path", f_star_whole.declared_at(),
                                           "the 5th parameter is int in the spec and double in the header"});
  const Course steps_double(
      "gdlab::Path polyak_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, double steps,\n"
      "                      double f_star);");
  expect_refused(steps_double.validate(), {std::string(kSpecSignature), steps_double.declared_at(),
                                           "double lr, double steps, double f_star) -> gdlab::Path",
                                           "the 4th parameter is int in the spec and double in the header"});
  const Course f_star_int(
      "gdlab::Path polyak_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps,\n"
      "                      int f_star);");
  expect_refused(f_star_int.validate(), {std::string(kSpecSignature), f_star_int.declared_at(),
                                         "the 5th parameter is double in the spec and int in the header"});
}

// Grading builds the same harness first: `check` and `grade` refuse with the same words, exit 2,
// and score no one (not a 0 for the student).
TEST(HeaderSignature, CheckAndGradeRefuseBeforeJudgingAnyone) {
  const Course course(
      "gdlab::Path polyak_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps,\n"
      "                      int f_star);");
  const std::string spec = quoted((course.dir.path / "spec.yaml").string());
  const std::string said = "the 5th parameter is double in the spec and int in the header";
  course.dir.write("exercises/polyak.cpp", "#include \"polyak.hpp\"\n");
  const auto check =
      test_shell::run(course.gdlab("check --spec " + spec + " --submission " + quoted(course.dir.path.string())));
  expect_refused(check, {course.declared_at(), said, "Nothing was graded"});
  EXPECT_EQ(check.out.find("Score"), std::string::npos) << check.out;

  course.dir.write("class/amy/exercises/polyak.cpp", "#include \"polyak.hpp\"\n");
  const fs::path out = course.dir.path / "grades";
  const auto grade = test_shell::run(course.gdlab("grade " + quoted((course.dir.path / "class").string()) + " --spec " +
                                                  spec + " --jobs 1 --out " + quoted(out.string())));
  expect_refused(grade, {course.declared_at(), said, "Nothing was graded"});
  EXPECT_FALSE(fs::exists(out / "students/amy")) << grade.out;
}

TEST(HeaderSignature, ValidateRefusesAnotherResultType) {
  const Course course(
      "// Returns only where it stops.\n"
      "gdlab::Vector polyak_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps,\n"
      "                        double f_star);");
  expect_refused(course.validate(), {std::string(kSpecSignature), course.declared_at(), "-> gdlab::Vector",
                                     "the result is gdlab::Path in the spec and gdlab::Vector in the header"});
}

// The same types spelled otherwise (aliases, a const by-value parameter, no parameter names) and
// an overload beside the declared one are what the spec declares: validate says OK.
TEST(HeaderSignature, AnExactHeaderPassesOverloadsAndSpellingsAside) {
  const Course course(
      "using Point = Eigen::VectorXd;\n"
      "std::vector<gdlab::Vector> polyak_gd(const gdlab::Objective&, const Point& x0, const double lr, int steps,\n"
      "                                     double f_star);\n"
      "gdlab::Path polyak_gd(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps);");
  const auto run = course.validate();
  EXPECT_EQ(run.status, 0) << run.out;
  // And a header that declares no such function says so.
  const Course none("gdlab::Path polyak(const gdlab::Objective& f, const gdlab::Vector& x0, double lr, int steps);");
  expect_refused(none.validate(), {"declares no function polyak_gd in namespace exercises"});
}

}  // namespace
}  // namespace gdlab
