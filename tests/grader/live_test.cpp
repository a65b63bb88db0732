// `gdlab lab --serve` without a socket: which problems it runs, every request validated
// before anything runs (a table of bad ones, each a 400 with its reason), runs of real
// submissions built and sandboxed as check does (solutions, stubs, a compile error, a buggy
// one marked at the step where it leaves the reference, a hang), and the queue.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <future>
#include <thread>

#include "live/figure.hpp"
#include "live/server.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab::live {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
const fs::path source_dir = GDLAB_SOURCE_DIR;

spec::Spec load(const fs::path& file) {
  auto loaded = spec::load_spec(file.string());
  if (!loaded.spec) throw std::runtime_error("the spec does not load: " + file.string());
  return *loaded.spec;
}
const spec::Spec& shipped() {
  static const spec::Spec s = load(source_dir / "grader/specs/gradient_descent.yaml");
  return s;
}
const std::vector<LabProblem>& problems() {
  static const auto p = lab_problems(shipped());
  return p;
}

Routes routes_for(const fs::path& submission, const spec::Spec& spec = shipped()) {
  return Routes({lab_problems(spec), submission, build::Toolchain::installed()});
}

json run_ok(Routes& routes, const json& body) {
  const Reply r = routes.run("application/json", body.dump());
  EXPECT_EQ(r.status, 200) << r.body;
  return json::parse(r.body);
}

// The built-in problems and those declared in the spec alike, found by their inputs; what
// each parameter may be comes from its declaration.
TEST(LiveProblems, TheSpecsDescentProblemsWithTheirParameters) {
  std::map<std::string, int> dims;
  std::map<std::string, std::map<std::string, double>> params;
  std::map<std::string, std::map<std::string, spec::ParamKind>> kinds;
  for (const auto& p : problems()) dims[p.id] = p.dim, params[p.id] = p.params, kinds[p.id] = p.kinds;
  // step_lengths's objective is called f: found by its kind, function_1d, as any other.
  EXPECT_EQ(dims, (std::map<std::string, int>{{"gd_1d", 1},
                                              {"gd_2d", 2},
                                              {"momentum", 2},
                                              {"nesterov", 2},
                                              {"adaptive", 2},
                                              {"lr_schedule", 2},
                                              {"step_lengths", 1}}));
  EXPECT_TRUE(params["gd_1d"].empty());
  EXPECT_EQ(params["momentum"], (std::map<std::string, double>{{"beta", 0.9}}));  // its first test's: Problem 4
  EXPECT_EQ(kinds["momentum"].at("beta"), spec::ParamKind::fraction);
  EXPECT_EQ(kinds["adaptive"].at("beta1"), spec::ParamKind::fraction);
  EXPECT_EQ(kinds["adaptive"].at("eps"), spec::ParamKind::positive);
  EXPECT_EQ(kinds["lr_schedule"].at("every"), spec::ParamKind::count);
  EXPECT_FALSE(dims.contains("linreg"));  // a dataset, not a surface
}

TEST(LiveRequest, AGoodOneGetsTheDefaultsFilledIn) {
  const auto parsed =
      parse_run_request(R"J({"problem": "momentum", "objective": "valley", "lr": 0.05, "steps": 80})J", problems());
  ASSERT_TRUE(std::holds_alternative<RunRequest>(parsed)) << std::get<std::string>(parsed);
  const auto& r = std::get<RunRequest>(parsed);
  EXPECT_EQ(r.x0, (std::vector<double>{3.5, 1.1}));  // the valley's start in the catalog
  EXPECT_EQ(r.rates, (std::vector<double>{0.05}));
  EXPECT_EQ(r.params.at("beta"), 0.9);
  const auto four = parse_run_request(
      R"J({"problem": "gd_1d", "objective": "quadratic1d(a=1,c=0,d=0)", "x0": [2.4], "lr": [0.01, 0.1, 0.5, 1.1], "steps": 37})J",
      problems());
  ASSERT_TRUE(std::holds_alternative<RunRequest>(four)) << std::get<std::string>(four);
  EXPECT_EQ(std::get<RunRequest>(four).rates.size(), 4u);
}

TEST(LiveRequest, BadOnesSayWhatIsWrong) {
  const std::string ok_tail = R"J("objective": "valley", "lr": 0.05, "steps": 80)J";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{", "the body is not JSON: parse error at line 1, column 2: syntax error while parsing object key"},
      {"", "the body is not JSON: it is empty; send the run as a JSON object"},
      {"[1, 2]", "JSON object"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": NaN, "steps": 80})J",
       "the body is not JSON: NaN is no JSON number (JSON has no NaN or Infinity); send finite numbers only"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": -Infinity, "steps": 80})J",
       "the body is not JSON: Infinity is no JSON number (JSON has no NaN or Infinity)"},
      {R"J({"problem": "gd_2d", "objective": "NaN", "x0": [1, nan], "lr": 1, "steps": 80})J",
       "nan is no JSON number"},  // a word in a string is not the one said
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 1e300, "steps": 80})J", "lr must be a finite number"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 1e400, "steps": 80})J",
       "the body is not JSON a run can take: 1e400 is out of a double's range (JSON numbers here must lie within "
       "about ±1.8e308); send finite numbers in range"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": -0.1, "steps": 80})J", "lr must be"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 0, "steps": 80})J", "lr must be positive"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": "0.1", "steps": 80})J", "lr must be a number"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": [0.1, 0.1, 0.1, 0.1, 0.1], "steps": 80})J", "1 to 4"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": [], "steps": 80})J", "1 to 4"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 0.1, "steps": 1000000000})J", "steps must be"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 0.1, "steps": 2.5})J", "whole number"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 0.1, "steps": -1})J", "steps must be"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 0.1})J", "steps is missing"},
      {R"J({"problem": "gd_2d", "objective": "valley", "x0": [1e300, 0], "lr": 0.1, "steps": 8})J", "x0 must be"},
      {R"J({"problem": "gd_2d", "objective": "valley", "x0": [1], "lr": 0.1, "steps": 8})J", "x0 must have 2"},
      {R"J({"problem": "gd_2d", "objective": "valley", "x0": [1, null], "lr": 0.1, "steps": 8})J",
       "x0 must be a number"},
      {R"J({"problem": "gd_2d", "objective": "nowhere", "lr": 0.1, "steps": 8})J", "unknown objective 'nowhere'"},
      {R"J({"problem": "gd_2d", "objective": "problem5", "lr": 0.1, "steps": 8})J", "unknown objective"},
      {R"J({"problem": "gd_2d", "objective": "quadratic1d(a=1,c=3,d=5)", "lr": 0.1, "steps": 8})J",
       "this problem takes 2"},
      {R"J({"problem": "gd_1d", "objective": "quadratic1d(a=1e300,c=3,d=5)", "lr": 0.1, "steps": 8})J", "a must be in"},
      {R"J({"problem": "gd_1d", "objective": "quadratic1d(z=1)", "lr": 0.1, "steps": 8})J", "objective:"},
      {R"J({"problem": "gd_1d", "objective": "quadratic1d(a=", "lr": 0.1, "steps": 8})J", "objective:"},
      {R"J({"problem": "gd_1d", "objective": 7, "lr": 0.1, "steps": 8})J", "objective must be"},
      {R"J({"problem": "linreg", "objective": "valley", "lr": 0.1, "steps": 8})J", "unknown problem"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 0.1, "steps": 8, "evil": 1})J", "unknown field 'evil'"},
      {R"J({"problem": "gd_2d", "objective": "valley", "lr": 0.1, "steps": 8, "params": {"beta": 0.5}})J",
       "no parameter 'beta'"},
      {R"J({"problem": "momentum", "objective": "valley", "lr": 0.1, "steps": 8, "params": {"beta": 1}})J",
       "beta must be"},
      {R"J({"problem": "momentum", "objective": "valley", "lr": 0.1, "steps": 8, "params": [0.5]})J",
       "params must be an object"},
      {R"J({"problem": "adaptive", "objective": "valley", "lr": 0.1, "steps": 8, "params": {"eps": 0}})J",
       "eps must be positive"},
      {R"J({"problem": "adaptive", "objective": "valley", "lr": 0.1, "steps": 8, "params": {"beta2": 1.5}})J",
       "beta2 must be"},
      {R"J({"problem": "lr_schedule", "objective": "valley", "lr": 0.1, "steps": 8, "params": {"every": 2.5}})J",
       "every must be a whole"},
      {"{\"problem\": \"gd_2d\", \"objective\": \"" + std::string(5000, 'v') + "\", \"lr\": 0.1, \"steps\": 8}",
       "short name"},
      {"{\"problem\": \"gd_2d\", " + ok_tail + ", \"pad\": \"" + std::string(20000, ' ') + "\"}",
       "the body is too large: a run may send at most 16384 bytes (16 KB); send a smaller run"},
  };
  for (const auto& [body, says] : cases) {
    const auto parsed = parse_run_request(body, problems());
    ASSERT_TRUE(std::holds_alternative<std::string>(parsed)) << body.substr(0, 200);
    EXPECT_NE(std::get<std::string>(parsed).find(says), std::string::npos)
        << body.substr(0, 200) << " -> " << std::get<std::string>(parsed);
  }
}

TEST(LiveFigure, FirstDifferenceCountsMissingAndExtraIterates) {
  const Rows ref = {{1, 1}, {0.5, 0.5}, {0.25, 0.25}};
  EXPECT_EQ(first_difference(ref, ref, 1e-9, 1e-9), std::nullopt);
  EXPECT_EQ(first_difference({{1, 1}, {0.5, 0.6}, {0.25, 0.25}}, ref, 1e-9, 1e-9), 1u);
  EXPECT_EQ(first_difference({{1, 1}, {0.5, 0.5}}, ref, 1e-9, 1e-9), 2u);
  EXPECT_EQ(first_difference({{1, 1}, {0.5, 0.5}, {0.25, 0.25}, {0.1, 0.1}}, ref, 1e-9, 1e-9), 3u);
  EXPECT_EQ(first_difference({{1, 1}, {0.5, 0.5 + 1e-12}, {0.25, 0.25}}, ref, 1e-9, 1e-9), std::nullopt);
  EXPECT_EQ(first_difference({{1, 1}, {NAN, 0.5}}, ref, 1e-9, 1e-9), 1u);
}

TEST(LiveRoutes, RefusesWhatAForeignPageCouldPostAndForeignHosts) {
  Routes routes = routes_for(source_dir / "tests/corpus/buggy/momentum_velocity_reset_each_step");
  EXPECT_EQ(routes.run("text/plain", R"J({"problem": "gd_2d"})J").status, 415);
  EXPECT_EQ(routes.run("application/x-www-form-urlencoded", "a=1").status, 415);
  EXPECT_EQ(routes.run("application/json", "{").status, 400);
  EXPECT_TRUE(local_host_header("127.0.0.1:8765"));
  EXPECT_TRUE(local_host_header("localhost:1"));
  EXPECT_TRUE(local_host_header("[::1]:8765"));
  EXPECT_FALSE(local_host_header("evil.example:8765"));
  EXPECT_FALSE(local_host_header("127.0.0.1.evil.example"));
  EXPECT_FALSE(local_host_header(""));
}

TEST(LiveRoutes, ThePageAndTheCatalog) {
  Routes routes = routes_for(source_dir);
  const Reply page = routes.page();
  EXPECT_EQ(page.status, 200);
  for (const char* part : {"id=\"fig1\"", "id=\"fig2\"", "id=\"fig3\"", "class=\"play\"", "type=\"range\""})
    EXPECT_NE(page.body.find(part), std::string::npos) << part;
  EXPECT_EQ(page.body.find("https://"), std::string::npos);  // self-contained: no CDN
  EXPECT_EQ(page.body.find("src="), std::string::npos);
  const json catalog = json::parse(routes.catalog().body);
  EXPECT_EQ(catalog["problems"].size(), problems().size());
  std::set<std::string> names;
  for (const auto& o : catalog["objectives"]) names.insert(o["name"].get<std::string>());
  for (const char* name :
       {"bowl", "ellipse", "valley", "saddle", "himmelblau", "rosenbrock", "quadratic1d(a=1,c=0,d=0)"})
    EXPECT_TRUE(names.contains(name)) << name;
}

// The heavy ball from v = 0 takes plain gradient descent's first step; a velocity reset at
// every step keeps taking it, so the path leaves the reference at step 2, whatever the start.
TEST(LiveRun, ABuggySubmissionIsMarkedWhereItLeavesTheReference) {
  Routes routes = routes_for(source_dir / "tests/corpus/buggy/momentum_velocity_reset_each_step");
  const json out = run_ok(routes, {{"problem", "momentum"},
                                   {"objective", "ellipse"},
                                   {"x0", {-3, 2}},
                                   {"lr", {0.01, 0.05}},
                                   {"steps", 40},
                                   {"params", {{"beta", 0.9}}}});
  ASSERT_TRUE(out["build"]["ok"]) << out["build"]["diagnostics"];
  ASSERT_EQ(out["runs"].size(), 2u);
  for (const auto& run : out["runs"]) {
    EXPECT_EQ(run["verdict"], "failed");
    EXPECT_EQ(run["leaves_at"], 2);
    EXPECT_NE(run["svg"].get<std::string>().find("class=\"leaves-reference\" data-step=\"2\""), std::string::npos);
    EXPECT_NE(run["svg"].get<std::string>().find("class=\"student-path\""), std::string::npos);
    EXPECT_NE(run["svg"].get<std::string>().find("class=\"reference-path\""), std::string::npos);
    EXPECT_EQ(run["student"]["points"][0], json({-3, 2}));
    EXPECT_EQ(run["student"]["points"].size(), 41u);
    EXPECT_NE(run["check"].get<std::string>().find("step 2 is the first that differs"), std::string::npos);
    EXPECT_FALSE(run["diagnoses"].empty());  // the named mistakes run on the page's inputs too
  }
  // Loss and |grad L| come from the objective: x^2 + 4y^2 at (-3, 2) is 25, its gradient (-6, 16).
  EXPECT_DOUBLE_EQ(out["runs"][0]["reference"]["value"][0].get<double>(), 25.0);
  EXPECT_DOUBLE_EQ(out["runs"][0]["reference"]["slope"][0].get<double>(), std::hypot(6.0, 16.0));
}

TEST(LiveRun, TheSolutionsMatchAndTheRegimesAreNamed) {
  const test_support::TempDir solved;
  Routes routes = routes_for(test_support::solved_submission(solved.path));
  const json out =
      run_ok(routes, {{"problem", "gd_2d"}, {"objective", "valley"}, {"lr", {0.009, 0.03, 0.075, 0.3}}, {"steps", 80}});
  ASSERT_TRUE(out["build"]["ok"]) << out["build"]["diagnostics"];
  std::vector<std::string> regimes;
  for (const auto& run : out["runs"]) {
    EXPECT_EQ(run["verdict"], "passed") << run["message"] << run["check"];
    EXPECT_TRUE(run["leaves_at"].is_null());
    EXPECT_EQ(run["svg"].get<std::string>().find("leaves-reference"), std::string::npos);
    EXPECT_EQ(run["student"]["regime"], run["reference"]["regime"]);
    regimes.push_back(run["student"]["regime"]);
  }
  EXPECT_EQ(regimes, (std::vector<std::string>{"crawls", "converges", "converges fast", "diverges"}));
  const json one = run_ok(
      routes,
      {{"problem", "gd_1d"}, {"objective", "quadratic1d(a=1,c=0,d=0)"}, {"x0", {2.4}}, {"lr", 0.1}, {"steps", 37}});
  const auto& you = one["runs"][0]["student"];
  EXPECT_DOUBLE_EQ(you["value"][0].get<double>(), 2.4 * 2.4);  // Figure 6.1's readout: 5.76
  EXPECT_DOUBLE_EQ(you["slope"][0].get<double>(), 4.8);        // f'(x) = 2x
}

TEST(LiveRun, StubsAreNotImplementedAndCompileErrorsShowTheCompiler) {
  Routes stubs = routes_for(source_dir);  // the repository's own exercises/: stubs
  const json stub =
      run_ok(stubs, {{"problem", "gd_1d"}, {"objective", "quadratic1d(a=1,c=3,d=5)"}, {"lr", 0.1}, {"steps", 30}});
  EXPECT_EQ(stub["runs"][0]["verdict"], "not_implemented");
  EXPECT_NE(stub["runs"][0]["message"].get<std::string>().find("not implemented yet"), std::string::npos);
  EXPECT_TRUE(stub["runs"][0]["student"].is_null());
  EXPECT_NE(stub["runs"][0]["svg"].get<std::string>().find("reference-path"), std::string::npos);

  Routes broken = routes_for(source_dir / "tests/corpus/buggy/gd1d_compile_error");
  const json out =
      run_ok(broken, {{"problem", "gd_1d"}, {"objective", "quadratic1d(a=1,c=3,d=5)"}, {"lr", 0.1}, {"steps", 30}});
  EXPECT_FALSE(out["build"]["ok"]);
  EXPECT_NE(out["build"]["diagnostics"].get<std::string>().find("exercises/gd_1d.cpp:"), std::string::npos)
      << out["build"]["diagnostics"];
  EXPECT_EQ(out["runs"][0]["verdict"], "compile_error");
}

TEST(LiveRun, AHangOrACrashGetsCheckVerdictAndTheServerGoesOn) {
  const spec::Spec hostile = load(source_dir / "tests/corpus/hostile/spec.yaml");  // gd_1d under 2 s
  const json body = {{"problem", "gd_1d"}, {"objective", "quadratic1d(a=1,c=3,d=5)"}, {"lr", 0.1}, {"steps", 30}};
  for (const auto& [name, verdict] : std::vector<std::pair<std::string, std::string>>{
           {"infinite_loop", "time_limit"}, {"aborts", "runtime_error"}, {"fork_bomb", "forbidden"}}) {
    Routes routes = routes_for(source_dir / "tests/corpus/hostile" / name, hostile);
    const json out = run_ok(routes, body);
    EXPECT_EQ(out["runs"][0]["verdict"], verdict) << name << ": " << out["runs"][0]["message"];
    EXPECT_EQ(routes.catalog().status, 200);
  }
}

TEST(LiveQueue, OneRunAtATimeAndABoundedQueue) {
  RunQueue queue(1);
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  std::atomic<int> running{0}, most{0};
  const auto job = [&] {
    most = std::max(most.load(), ++running);
    gate.wait();
    --running;
    return json{{"ran", true}};
  };
  auto first = std::async(std::launch::async, [&] { return queue.run(job); });
  while (running.load() == 0) std::this_thread::yield();
  auto second = std::async(std::launch::async, [&] { return queue.run(job); });  // waits its turn
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(queue.run(job), std::nullopt);  // one already waits: busy
  release.set_value();
  EXPECT_TRUE(first.get().has_value());
  EXPECT_TRUE(second.get().has_value());
  EXPECT_EQ(most.load(), 1);
}

}  // namespace
}  // namespace gdlab::live
