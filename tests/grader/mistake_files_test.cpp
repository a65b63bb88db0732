// A bridge for issue 23, while the five built-in problems become declared ones: their named
// mistakes as files (solutions/mistakes/<problem>/<slug>.cpp) against the in-process variants
// they replace (grading/mistakes_descent.cpp, grader/problems/wb_regression/mistakes.cpp). Each
// file, built with the problem's harness and run in the sandbox as a declared problem's mistake
// file is, must give its variant's result on every test of an entry the variant belongs to, and
// the right result on every other test (where it must name nothing); and every variant but the
// early stop (a parameterised family, not a file) must have its file. Delete this file with the
// variants.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "build/compile.hpp"
#include "declared/material.hpp"
#include "grading/grade.hpp"
#include "grading/mistake_families.hpp"
#include "grading/mistakes.hpp"
#include "problems/answers.hpp"
#include "problems/builtin.hpp"
#include "spec/loader.hpp"
#include "text/file.hpp"

namespace gdlab {
namespace {
namespace fs = std::filesystem;

const spec::Spec& shipped_spec() {
  static const spec::Spec spec = [] {
    auto loaded = spec::load_spec((fs::path(GDLAB_SOURCE_DIR) / "grader/specs/gradient_descent.yaml").string());
    if (!loaded.spec) throw std::runtime_error("the shipped spec does not load");
    return *loaded.spec;
  }();
  return spec;
}

const problems::Problem& builtin(const std::string& id) {
  for (const auto& p : problems::builtin())
    if (p.id == id) return p;
  throw std::invalid_argument("no built-in problem " + id);
}

// Where a file is not simply named for its variant and standing for it on every entry that has
// it: linreg's missing_1_over_n is two mistakes in two functions, the loss's "a sum instead of a
// mean" and the gradient's (which linreg_gd steps along, hence its "(in the loop)" variant too).
struct Stands {
  std::string problem, file, variant;
  std::set<std::string> entries;
};
const std::vector<Stands> renamed = {
    {"linreg", "missing_1_over_n_in_loss", "missing_1_over_n", {"mse_loss"}},
    {"linreg", "missing_1_over_n", "missing_1_over_n", {"mse_gradient", "linreg_gd"}},
};

// The variants a file stands for: by entry, the C++ variant whose result it must give there.
using Variants = std::map<std::string, const grading::Mistake*>;

// The early stop matches a student's loop whatever its threshold: a family, declared as one.
bool is_family(const grading::Mistake& m) { return static_cast<bool>(m.matches); }

Variants variants_of(const std::string& problem, const std::string& file) {
  std::string id = file;
  std::optional<std::set<std::string>> only;
  for (const auto& r : renamed)
    if (r.problem == problem && r.file == file) {
      id = r.variant;
      only = r.entries;
    }
  Variants out;
  for (const auto& entry : builtin(problem).entries)
    for (const auto& m : problems::mistakes_for(entry.rule.name))
      if (m.id == id && !is_family(m) && (!only || only->contains(entry.rule.name))) out[entry.rule.name] = &m;
  return out;
}

std::vector<declared::MistakeFile> files_of(const std::string& problem) {
  std::vector<declared::MistakeFile> out;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(fs::path(GDLAB_SOURCE_DIR) / "solutions/mistakes" / problem, ec))
    if (f.path().extension() == ".cpp") out.push_back(declared::read_mistake_file(f.path()));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return out;
}

// Past 1e300 a diverging run is at the mercy of the order of a sum: on "train: lr 0.1 diverges"
// the files' errors.dot(X) overflows a step before the variants' X^T r does (w is inf against
// 1.6e306). Numbers that large, or not finite, compare as one NaN on both sides.
constexpr double overflowing = 1e300;

double tamed(double x) { return std::isfinite(x) && std::abs(x) < overflowing ? x : std::nan(""); }

grading::Outcome tamed(grading::Outcome o) {
  const auto each = [](Vector& v) { v = v.unaryExpr([](double x) { return tamed(x); }); };
  for (auto& x : o.path) each(x);
  for (auto& c : o.cost_history) c = tamed(c);
  if (o.value) o.value = tamed(*o.value);
  if (o.gradient) each(*o.gradient);
  for (auto& r : o.rows) {
    r.w = tamed(r.w);
    r.b = tamed(r.b);
    r.final_cost = tamed(r.final_cost);
  }
  return o;
}

// Where two results part, for the failure message: the first path point or cost that differs.
std::string first_difference(const grading::Outcome& a, const grading::Outcome& b) {
  std::ostringstream out;
  for (std::size_t k = 0; k < std::min(a.path.size(), b.path.size()); ++k)
    if (!grading::close(a.path[k], b.path[k], grading::exact_rtol)) {
      out << "path[" << k << "]: " << a.path[k].transpose() << " against " << b.path[k].transpose();
      return out.str();
    }
  for (std::size_t k = 0; k < std::min(a.cost_history.size(), b.cost_history.size()); ++k)
    if (!grading::close(a.cost_history[k], b.cost_history[k], grading::exact_rtol)) {
      out << "cost_history[" << k << "]: " << a.cost_history[k] << " against " << b.cost_history[k];
      return out.str();
    }
  out << a.path.size() << " path points and " << a.cost_history.size() << " costs against " << b.path.size() << " and "
      << b.cost_history.size() << ", or a value, gradient or sweep row";
  return out.str();
}

// Named here, not read from the registry: the test's parameters are made before main() installs it.
const std::vector<std::string> builtin_ids = {"gd_1d", "gd_2d", "momentum", "linreg", "wb_regression"};

const spec::Problem& in_spec(const std::string& id) {
  for (const auto& p : shipped_spec().problems)
    if (p.id == id) return p;
  throw std::invalid_argument("no problem " + id + " in the shipped spec");
}

TEST(MistakeFilesOf, EveryBuiltInProblem) {
  std::vector<std::string> ids;
  for (const auto& p : problems::builtin()) ids.push_back(p.id);
  std::sort(ids.begin(), ids.end());
  auto named = builtin_ids;
  std::sort(named.begin(), named.end());
  EXPECT_EQ(ids, named);
}

class MistakeFiles : public testing::TestWithParam<std::string> {};

// Every variant of the problem (entry and id) has exactly one file, every file stands for some
// variant, and its title and hint are that variant's, word for word.
TEST_P(MistakeFiles, OneFileForEachVariantWithItsTitleAndHint) {
  const std::string problem = GetParam();
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> files_by_variant;
  for (const auto& file : files_of(problem)) {
    const Variants variants = variants_of(problem, file.id);
    EXPECT_FALSE(variants.empty()) << problem << "/" << file.id << ".cpp stands for no variant";
    bool words = false;
    for (const auto& [entry, m] : variants) {
      files_by_variant[{entry, m->id}].push_back(file.id);
      words = words || (m->title == file.title && m->hint == file.hint);
    }
    EXPECT_TRUE(variants.empty() || words) << problem << "/" << file.id << ".cpp: its title and hint ('" << file.title
                                           << "', '" << file.hint << "') are no variant's";
  }
  std::size_t variants = 0;
  for (const auto& entry : builtin(problem).entries)
    for (const auto& m : problems::mistakes_for(entry.rule.name)) {
      if (is_family(m)) continue;
      ++variants;
      const auto& files = files_by_variant[{entry.rule.name, m.id}];
      EXPECT_EQ(files.size(), 1u) << entry.rule.name << "/" << m.id << " ('" << m.title
                                  << "') should have exactly one file";
    }
  EXPECT_GT(variants, 0u) << problem;
}

// Each file on every test of the problem: the variant's result where it stands for one, else the
// right one, as exactly as the checks ask of a right answer.
TEST_P(MistakeFiles, EachGivesItsVariantsResultOnEveryTest) {
  const std::string problem = GetParam();
  const spec::Problem& p = in_spec(problem);
  const auto toolchain = build::Toolchain::installed();
  std::size_t as_variant = 0, as_right = 0;
  for (const auto& file : files_of(problem)) {
    const std::string shown = "solutions/mistakes/" + problem + "/" + file.path.filename().string();
    const auto built = build::build_problem(toolchain, problem, text::read_file(file.path).value_or(""), shown);
    ASSERT_TRUE(built.ok) << shown << " does not build:\n" << built.diagnostics;
    const Variants variants = variants_of(problem, file.id);
    for (const auto& test : p.tests) {
      const auto run = grading::run_program(p, test, built.program);
      ASSERT_TRUE(run.outcome) << shown << " on '" << test.name << "': " << run.result.message;
      const auto it = variants.find(test.entry);
      const bool variant = it != variants.end();
      const grading::Outcome want =
          variant ? it->second->run(test.inputs) : problems::reference(test.entry, test.inputs).outcome;
      EXPECT_TRUE(grading::same_result(tamed(*run.outcome), tamed(want), grading::exact_rtol))
          << shown << " on '" << test.name << "' is not "
          << (variant ? "the result of variant " + test.entry + "/" + it->second->id : "the right result") << ": "
          << first_difference(tamed(*run.outcome), tamed(want));
      ++(variant ? as_variant : as_right);
    }
  }
  std::cout << problem << ": " << files_of(problem).size() << " files, " << as_variant
            << " runs compared with their variant, " << as_right << " with the right result\n";
  EXPECT_GT(as_variant, 0u);
}

INSTANTIATE_TEST_SUITE_P(BuiltIn, MistakeFiles, testing::ValuesIn(builtin_ids),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace gdlab
