// The YAML spec: the shipped spec loads, a valid spec keeps every field, and each malformed
// spec in tests/specs/bad/ is rejected with the position and message its first line expects.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "commands/validate.hpp"
#include "spec/declared.hpp"
#include "spec/loader.hpp"
#include "spec/schema.hpp"

namespace gdlab::spec {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = GDLAB_SOURCE_DIR;

std::string shipped_spec() { return (kSource / "grader/specs/gradient_descent.yaml").string(); }

struct Validated {
  int code;
  std::string out, err;
};

Validated run_validate(const std::string& path) {
  std::ostringstream out, err;
  const int code = commands::validate(path, out, err, /*schema_only=*/true);
  return {code, out.str(), err.str()};
}

std::string all(const std::vector<SpecError>& errors) {
  std::string text;
  for (const auto& e : errors) text += e.to_string() + "\n";
  return text;
}

// ---- The malformed specs: one test per file, named after it. ----

std::vector<std::string> bad_spec_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kSource / "tests/specs/bad"))
    if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// "# expect: 14:19: problems[0].tests[1].points: expected a number >= 0"
struct Expectation {
  int line = 0, column = 0;
  std::string fragment;
};

Expectation read_expectation(const std::string& file) {
  std::ifstream in(file);
  std::string first;
  std::getline(in, first);
  const std::string prefix = "# expect: ";
  Expectation e;
  char colon1 = 0, colon2 = 0;
  std::istringstream rest(first.substr(prefix.size()));
  if (first.rfind(prefix, 0) != 0 || !(rest >> e.line >> colon1 >> e.column >> colon2) || colon1 != ':' ||
      colon2 != ':')
    return {};
  std::getline(rest >> std::ws, e.fragment);
  return e;
}

// How validate prints it: "file:LINE:COLUMN: key: message".
std::string printed(const std::string& file, const Expectation& e) {
  return file + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.fragment;
}

class BadSpec : public ::testing::TestWithParam<std::string> {};

TEST_P(BadSpec, ReportsTheExpectedError) {
  const std::string file = GetParam();
  const Expectation want = read_expectation(file);
  ASSERT_GT(want.line, 0) << file << ": the first line must be '# expect: LINE:COLUMN: fragment'";

  const auto loaded = load_spec(file);
  EXPECT_FALSE(loaded.spec) << "a spec with errors must not be returned";
  const auto hit = std::find_if(loaded.errors.begin(), loaded.errors.end(), [&](const SpecError& e) {
    return e.line == want.line && e.column == want.column && e.to_string().find(want.fragment) != std::string::npos;
  });
  ASSERT_NE(hit, loaded.errors.end()) << "wanted " << want.line << ":" << want.column << ": " << want.fragment
                                      << "\ngot:\n"
                                      << all(loaded.errors);
  // The key path leads the message; only YAML syntax errors have none to give.
  if (hit->key.empty()) {
    EXPECT_NE(hit->message.find("YAML syntax error"), std::string::npos) << hit->to_string();
  } else {
    EXPECT_EQ(want.fragment.rfind(hit->key + ": ", 0), 0u)
        << "the fragment should start with the key path " << hit->key;
  }
  EXPECT_EQ(hit->file, file);

  const auto v = run_validate(file);
  EXPECT_EQ(v.code, 2);
  EXPECT_TRUE(v.out.empty()) << v.out;
  EXPECT_NE(v.err.find(printed(file, want)), std::string::npos) << v.err;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).stem().string();
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, BadSpec, ::testing::ValuesIn(bad_spec_files()), test_name);

TEST(BadSpecs, ThereAreAtLeast22) { EXPECT_GE(bad_spec_files().size(), 22u); }

// ---- The shipped spec. ----

TEST(ShippedSpec, LoadsWithoutErrors) {
  const auto loaded = load_spec(shipped_spec());
  ASSERT_TRUE(loaded.errors.empty()) << all(loaded.errors);
  ASSERT_TRUE(loaded.spec);
  EXPECT_EQ(loaded.spec->assignment, "gradient-descent");
  std::vector<std::string> ids;
  for (const auto& p : loaded.spec->problems) ids.push_back(p.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"gd_1d", "gd_2d", "momentum", "linreg", "wb_regression", "nesterov",
                                           "adaptive", "minibatch_sgd", "lr_schedule", "step_lengths"}));
}

TEST(ShippedSpec, HasVisibleAndHiddenTestsInEveryProblemAndDivergingRates) {
  const auto loaded = load_spec(shipped_spec());
  ASSERT_TRUE(loaded.spec) << all(loaded.errors);
  int diverges = 0;
  for (const auto& p : loaded.spec->problems) {
    int visible = 0, hidden = 0;
    for (const spec::Test& t : p.tests) {
      visible += t.visibility == Visibility::visible;
      hidden += t.visibility == Visibility::hidden;
      for (const auto& c : t.checks) diverges += c.kind == "diverges";
      EXPECT_NE(spec::find_declared(p, t.entry), nullptr) << t.name << ": every test ends up with a declared entry";
      EXPECT_GE(t.points, 1) << t.name;
      EXPECT_LE(t.points, 2) << t.name;
    }
    EXPECT_GT(visible, 0) << p.id;
    EXPECT_GT(hidden, 0) << p.id;
  }
  EXPECT_GE(diverges, 4) << "gd_1d, gd_2d, momentum, linreg and train each have a rate too large";
}

TEST(ShippedSpec, ValidatePrintsTheSummary) {
  const auto v = run_validate(shipped_spec());
  EXPECT_EQ(v.code, 0) << v.err;
  EXPECT_TRUE(v.err.empty()) << v.err;
  EXPECT_EQ(v.out.rfind(shipped_spec() + ": OK (10 problems, ", 0), 0u) << v.out;
  EXPECT_NE(v.out.find(" visible, "), std::string::npos) << v.out;
  EXPECT_NE(v.out.find(" hidden)\n"), std::string::npos) << v.out;
}

// The course's own examples are the visible tests, with the inputs the text uses.
TEST(ShippedSpec, Problem2IsVisibleWithTheBooksInputs) {
  const auto loaded = load_spec(shipped_spec());
  ASSERT_TRUE(loaded.spec) << all(loaded.errors);
  const spec::Test& t = loaded.spec->problems.at(0).tests.at(0);
  EXPECT_EQ(t.visibility, Visibility::visible);
  EXPECT_EQ(std::get<std::string>(t.inputs.at("objective")), "quadratic1d(a=1,c=3,d=5)");
  EXPECT_EQ(std::get<double>(t.inputs.at("lr")), 0.1);
  EXPECT_EQ(std::get<double>(t.inputs.at("steps")), 30);
  ASSERT_EQ(t.checks.size(), 3u);
  EXPECT_EQ(t.checks[2].kind, "rate");
  EXPECT_EQ(t.checks[2].numbers.at("expected"), 0.8);
}

// ---- A valid spec keeps what it says. ----

const char* const kValid = R"yaml(assignment: demo
defaults:
  points: 3
  visibility: hidden
  limits: {time: 5, memory_mb: 128}
problems:
  - id: gd_2d
    title: Two dimensions
    source: exercises/gd_2d.cpp
    entry: gd_2d
    tests:
      - name: plain
        inputs: {objective: "rosenbrock(a=1,b=100)", x0: [-1.5, 2], lr: 0.001, steps: 10}
        checks:
          - trajectory: {atol: 1e-9, rtol: 0}
          - params: {against: optimum, atol: 0.5}
          - diverges
      - name: until
        entry: gd_2d_until
        points: 0
        visibility: after_due_date
        limits: {time: 0.5, output_kb: 8}
        inputs:
          objective: valley
          x0: [3.5, 1.1]
          lr: 0.2
          max_steps: 500
          tol: 1e-4
        checks:
          - stopped:
          - rate: {expected: 0.95}
  - id: linreg
    title: Regression
    source: exercises/linreg.cpp
    tests:
      - name: loss
        entry: mse_loss
        visibility: visible
        inputs: {data: "synthetic(seed=1,n=20,p=4,noise=0.1)", beta: [1, 2, 3, 4]}
        checks:
          - value: {}
)yaml";

TEST(ParseSpec, KeepsEveryField) {
  const auto loaded = parse_spec(kValid, "valid.yaml");
  ASSERT_TRUE(loaded.spec) << all(loaded.errors);
  const Spec& s = *loaded.spec;
  EXPECT_EQ(s.assignment, "demo");
  EXPECT_EQ(s.file, "valid.yaml");
  ASSERT_EQ(s.problems.size(), 2u);
  const Problem& p = s.problems[0];
  EXPECT_EQ(p.id, "gd_2d");
  EXPECT_EQ(p.title, "Two dimensions");
  EXPECT_EQ(p.source, "exercises/gd_2d.cpp");
  EXPECT_EQ(p.entry, "gd_2d");
  EXPECT_EQ(p.line, 7);
  ASSERT_EQ(p.tests.size(), 2u);

  const spec::Test& plain = p.tests[0];
  EXPECT_EQ(plain.name, "plain");
  EXPECT_EQ(plain.entry, "gd_2d") << "the problem's entry";
  EXPECT_EQ(plain.line, 12);
  EXPECT_EQ(plain.points, 3) << "from the defaults";
  EXPECT_EQ(plain.visibility, Visibility::hidden);
  EXPECT_EQ(plain.limits.time_seconds, 5);
  EXPECT_EQ(plain.limits.memory_bytes, 128L << 20);
  EXPECT_EQ(plain.limits.output_bytes, 64L << 10) << "built in: neither the defaults nor the test set it";
  EXPECT_EQ(std::get<std::string>(plain.inputs.at("objective")), "rosenbrock(a=1,b=100)");
  EXPECT_EQ(std::get<std::vector<double>>(plain.inputs.at("x0")), (std::vector<double>{-1.5, 2}));
  EXPECT_EQ(std::get<double>(plain.inputs.at("lr")), 0.001);
  EXPECT_EQ(std::get<double>(plain.inputs.at("steps")), 10);
  ASSERT_EQ(plain.checks.size(), 3u);
  EXPECT_EQ(plain.checks[0].kind, "trajectory");
  EXPECT_EQ(plain.checks[0].numbers, (std::map<std::string, double>{{"atol", 1e-9}, {"rtol", 0}}));
  EXPECT_EQ(plain.checks[0].line, 15);
  EXPECT_EQ(plain.checks[1].words.at("against"), "optimum");
  EXPECT_EQ(plain.checks[1].numbers.at("atol"), 0.5);
  EXPECT_EQ(plain.checks[2].kind, "diverges") << "a check may be just its kind";
  EXPECT_TRUE(plain.checks[2].numbers.empty());
}

// Every visibility's text reads back as that visibility (the YAML, the reports), and a text
// that is none is refused.
TEST(ParseSpec, EveryVisibilityReadsBack) {
  for (int i = 0; i <= static_cast<int>(spec::last_visibility); ++i) {
    const auto v = static_cast<Visibility>(i);
    EXPECT_EQ(spec::visibility_from_string(spec::to_string(v)), v) << spec::to_string(v);
  }
  EXPECT_EQ(spec::to_string(spec::last_visibility), "after_due_date");
  EXPECT_FALSE(spec::visibility_from_string("public"));
}

TEST(ParseSpec, TestLevelSettingsOverrideTheDefaults) {
  const auto loaded = parse_spec(kValid, "valid.yaml");
  ASSERT_TRUE(loaded.spec) << all(loaded.errors);
  const spec::Test& until = loaded.spec->problems[0].tests[1];
  EXPECT_EQ(until.entry, "gd_2d_until");
  EXPECT_EQ(until.points, 0);
  EXPECT_EQ(until.visibility, Visibility::after_due_date);
  EXPECT_EQ(until.limits.time_seconds, 0.5);
  EXPECT_EQ(until.limits.memory_bytes, 128L << 20) << "the defaults' memory, merged";
  EXPECT_EQ(until.limits.output_bytes, 8L << 10);
  EXPECT_EQ(std::get<double>(until.inputs.at("tol")), 1e-4);
  ASSERT_EQ(until.checks.size(), 2u);
  EXPECT_EQ(until.checks[0].kind, "stopped");
  EXPECT_EQ(until.checks[1].numbers.at("expected"), 0.95);

  const spec::Test& loss = loaded.spec->problems[1].tests[0];
  EXPECT_EQ(loss.entry, "mse_loss");
  EXPECT_EQ(loss.visibility, Visibility::visible);
  EXPECT_EQ(std::get<std::vector<double>>(loss.inputs.at("beta")).size(), 4u) << "p = 4 columns";
}

TEST(ParseSpec, CollectsEveryErrorSortedByPosition) {
  std::string text = kValid;
  auto replace = [&](const std::string& from, const std::string& to) {
    ASSERT_NE(text.find(from), std::string::npos) << from;
    text.replace(text.find(from), from.size(), to);
  };
  replace("beta: [1, 2, 3, 4]", "beta: [1, 2, 3]");  // line 39
  replace("lr: 0.2", "lr: -0.2");                    // line 26
  replace("points: 3", "points: -3");                // line 3
  const auto loaded = parse_spec(text, "three.yaml");
  EXPECT_FALSE(loaded.spec);
  ASSERT_EQ(loaded.errors.size(), 3u) << all(loaded.errors);
  EXPECT_EQ(loaded.errors[0].to_string(), "three.yaml:3:11: defaults.points: expected a number >= 0, got -3");
  EXPECT_EQ(loaded.errors[1].key, "problems[0].tests[1].inputs.lr");
  EXPECT_EQ(loaded.errors[1].line, 26);
  EXPECT_EQ(loaded.errors[2].key, "problems[1].tests[0].inputs.beta");
  EXPECT_NE(loaded.errors[2].message.find("a list of 4 numbers"), std::string::npos) << loaded.errors[2].message;
}

// The message format, as in the issue: file:line:column: key path: what was expected.
TEST(ParseSpec, MessageFormat) {
  const std::string text = R"yaml(assignment: gradient-descent
problems:
  - id: gd_1d
    title: Gradient descent in 1D
    source: exercises/gd_1d.cpp
    entry: gd_1d
    tests:
        - name: one
          inputs: {objective: quadratic1d, x0: 0, lr: 0.1, steps: 3}
          checks:
            - trajectory
        - name: two
          inputs: {objective: quadratic1d, x0: 0, lr: 0.1, steps: 3}
          points: -2
          checks: [final_loss]
)yaml";
  const auto loaded = parse_spec(text, "spec.yaml");
  ASSERT_EQ(loaded.errors.size(), 1u) << all(loaded.errors);
  EXPECT_EQ(loaded.errors[0].to_string(),
            "spec.yaml:14:19: problems[0].tests[1].points: expected a number >= 0, got -2");
}

TEST(LoadSpec, AFileThatCannotBeRead) {
  const std::string path = (kSource / "tests/specs/no-such-spec.yaml").string();
  const auto loaded = load_spec(path);
  EXPECT_FALSE(loaded.spec);
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0].line, 0);
  EXPECT_EQ(loaded.errors[0].to_string().rfind(path + ": cannot read the spec: ", 0), 0u)
      << loaded.errors[0].to_string();
  const auto v = run_validate(path);
  EXPECT_EQ(v.code, 2);
  EXPECT_NE(v.err.find("cannot read"), std::string::npos);
}

TEST(ParseSpec, AnEmptyDocumentIsNotASpec) {
  const auto loaded = parse_spec("# nothing here\n", "empty.yaml");
  EXPECT_FALSE(loaded.spec);
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_EQ(loaded.errors[0].to_string(),
            "empty.yaml:1:1: expected a map with keys assignment, defaults, problems, got nothing");
}

// ---- The schema table. ----

// One mechanism: every shipped problem declares its entries, each with checks the table knows;
// no problem is grader C++ any more (grader/problems/ is gone).
TEST(Schema, EveryShippedProblemIsDeclaredWithKnownChecks) {
  const auto loaded = load_spec(shipped_spec());
  ASSERT_TRUE(loaded.spec) << all(loaded.errors);
  for (const auto& p : loaded.spec->problems) {
    EXPECT_FALSE(p.declared.empty()) << p.id;
    for (const auto& d : p.declared) {
      const EntryRule rule = rule_for(d, p.id);
      EXPECT_FALSE(rule.checks.empty()) << p.id << "/" << d.name;
      for (const auto& c : rule.checks) EXPECT_NE(find_check(c), nullptr) << d.name << ": " << c;
    }
  }
  EXPECT_FALSE(std::filesystem::exists(std::string(GDLAB_SOURCE_DIR) + "/grader/problems"));
  const auto& wb = *std::find_if(loaded.spec->problems.begin(), loaded.spec->problems.end(),
                                 [](const auto& p) { return p.id == "wb_regression"; });
  std::vector<std::string> names;
  for (const auto& d : wb.declared) names.push_back(d.name);
  EXPECT_EQ(names, (std::vector<std::string>{"compute_cost", "compute_gradients", "train", "sweep"}));
}

TEST(Schema, ValuesAreHeldToTheirKind) {
  const auto loaded = load_spec(shipped_spec());
  ASSERT_TRUE(loaded.spec) << all(loaded.errors);
  const auto& gd_2d = *std::find_if(loaded.spec->problems.begin(), loaded.spec->problems.end(),
                                    [](const auto& p) { return p.id == "gd_2d"; });
  const EntryRule gd = rule_for(*find_declared(gd_2d, "gd_2d_until"), "gd_2d");
  auto input = [&](const std::string& name) {
    for (const auto& i : gd.inputs)
      if (i.name == name) return i;
    ADD_FAILURE() << name;
    return InputRule{};
  };
  EXPECT_EQ(check_value(input("max_steps"), Value(30.0)), "");
  EXPECT_EQ(check_value(input("max_steps"), Value(3.5)), "expected a whole number >= 0, got 3.5");
  EXPECT_EQ(check_value(input("max_steps"), Value(-1.0)), "expected a whole number >= 0, got -1");
  EXPECT_EQ(check_value(input("tol"), Value(0.0)), "expected a number > 0, got 0");
  EXPECT_EQ(check_value(input("x0"), Value(std::vector<double>{1, 2})), "");
  EXPECT_EQ(check_value(input("x0"), Value(std::vector<std::vector<double>>{{1, 2}})),
            "expected a list of numbers, one per column of objective, got a list of lists");
  EXPECT_EQ(check_name(input("objective"), "rosenbrock(a=2)").dim, 2u);
  EXPECT_NE(check_name(input("objective"), "problem5").error.find("expected a 2-D objective"), std::string::npos);
  EXPECT_TRUE(is_source_path("exercises/gd_1d.cpp"));
  EXPECT_FALSE(is_source_path("/exercises/gd_1d.cpp"));
  EXPECT_FALSE(is_source_path("exercises/../../gd_1d.cpp"));
  EXPECT_FALSE(is_source_path("exercises/gd_1d.hpp"));
  EXPECT_TRUE(is_source_path("exercises/..x/gd_1d.cpp"));
}

}  // namespace
}  // namespace gdlab::spec
