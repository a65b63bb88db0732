#include "live/run.hpp"

#include <fmt/format.h>

#include <cmath>

#include "catalog/objectives.hpp"
#include "declared/answers.hpp"
#include "declared/harness_build.hpp"
#include "declared/material.hpp"
#include "feedback/describe.hpp"
#include "feedback/lab.hpp"
#include "feedback/page.hpp"
#include "feedback/regime.hpp"
#include "grading/grade.hpp"
#include "live/figure.hpp"
#include "text/file.hpp"

namespace gdlab::live {
namespace {

using nlohmann::json;
constexpr std::size_t kOutputShown = 2048;  // as the feedback page

struct Tolerance {
  double atol = 1e-9, rtol = 1e-9;
};

Tolerance trajectory_tolerance(const spec::Test& t) {
  Tolerance tol;
  for (const auto& c : t.checks)
    if (c.kind == "trajectory") {
      if (c.numbers.contains("atol")) tol.atol = c.numbers.at("atol");
      if (c.numbers.contains("rtol")) tol.rtol = c.numbers.at("rtol");
    }
  return tol;
}

Rows rows(const Path& path) {
  Rows out;
  for (const auto& v : path) out.emplace_back(v.data(), v.data() + v.size());
  return out;
}

// What the figures read out along a path: the loss and f'(x) or |grad L|, from the catalog's
// objective; NaN where an iterate is not an iterate of it.
json series(const Rows& points, const Objective& o, std::optional<double> optimum) {
  std::vector<double> value, slope;
  Path path;
  for (const auto& p : points) {
    const bool ok = p.size() == static_cast<std::size_t>(o.dim);
    const Vector x = ok ? Vector(Eigen::Map<const Vector>(p.data(), o.dim)) : Vector(Vector::Constant(o.dim, NAN));
    value.push_back(ok ? o.value(x) : NAN);
    const Vector g = ok ? o.gradient(x) : Vector::Constant(o.dim, NAN);
    slope.push_back(o.dim == 1 ? g(0) : g.norm());
    path.push_back(x);
  }
  json regime = nullptr;
  if (!points.empty()) regime = feedback::to_string(feedback::classify_regime(value, path, optimum));
  return {{"points", points}, {"value", value}, {"slope", slope}, {"regime", regime}};
}

// The run in words and as a table, for whoever cannot see the picture: what its panel shows.
feedback::Compared in_words(const RunPicture& picture, const json& mine, const json& ref, std::optional<double> optimum,
                            bool compared) {
  return {.student = picture.student,
          .reference = picture.reference,
          .student_loss = mine.is_null() ? std::vector<double>{} : mine["value"].get<std::vector<double>>(),
          .reference_loss = ref["value"].get<std::vector<double>>(),
          .optimum_loss = optimum,
          .parts_at = picture.leaves_at,
          .parts_known = compared};
}

json frame_json(const feedback::svg::Frame& f) {
  return {{"x0", f.x0},     {"x1", f.x1},       {"y0", f.y0},   {"y1", f.y1},
          {"left", f.left}, {"right", f.right}, {"top", f.top}, {"bottom", f.bottom}};
}

json run_one(const LabProblem& p, const RunRequest& r, double lr, const build::Built& built,
             grading::Answers& answers) {
  spec::Test test = p.base;
  test.name = fmt::format("lab: {} from the page, lr {:g}", r.objective, lr);
  test.inputs = test_inputs(p, r, lr);
  const Tolerance tol = trajectory_tolerance(p.base);
  test.checks = {spec::Check{.kind = "trajectory", .numbers = {{"atol", tol.atol}, {"rtol", tol.rtol}}}};

  // Drawn whatever the student's run did. A student repository knows a declared problem's
  // answers on its visible tests only: elsewhere the student's path is drawn alone.
  std::optional<grading::Expected> expected;
  std::string no_reference;
  try {
    expected = answers.expected(p.entry, test);
  } catch (const std::exception& e) {
    no_reference = e.what();
  }
  grading::TestResult t;
  t.verdict = grading::Verdict::compile_error;
  t.message = p.source + " does not compile";
  std::optional<Rows> returned;
  if (built.ok && expected) {
    t = grading::run_test(p.problem, test, built.program, answers);
    if (t.plot) returned = t.plot->student;
  } else if (built.ok) {
    auto run = grading::run_program(p.problem, test, built.program);
    t = std::move(run.result);
    if (run.outcome) {
      returned = rows(run.outcome->path);
      t.message = "no reference for these inputs here: " + no_reference;
    }
  }
  const auto target = catalog::make_objective(catalog::NamedCall::parse(r.objective));
  const auto optimum = feedback::optimum_loss(target.objective);
  const Rows reference = expected ? rows(expected->outcome.path) : Rows{};
  const Rows student = returned.value_or(Rows{});

  RunPicture picture{.objective = &target.objective, .student = student, .reference = reference};
  std::string label = r.objective;
  for (const auto& o : figure_objectives())
    if (o.name == r.objective) picture.window = o.window, label = o.label;
  const json ref = series(reference, target.objective, optimum);
  const json mine = returned ? series(student, target.objective, optimum) : json(nullptr);
  picture.reference_settles = ref["regime"] != "diverges";
  if (returned && expected) picture.leaves_at = first_difference(student, reference, tol.atol, tol.rtol);
  const auto words = in_words(picture, mine, ref, optimum, returned && expected);
  picture.layout = {.alt = fmt::format("Learning rate {:g} on {}: your path (orange, dashed) against the reference's "
                                       "(blue, solid). {}",
                                       lr, label, feedback::paths_in_words(words)),
                    .compact = r.rates.size() > 1};
  const auto fig = draw_run(picture);

  json diagnoses = json::array();
  for (const auto& d : t.diagnoses) diagnoses.push_back({{"title", d.title}, {"hint", d.hint}});
  std::string check;
  for (const auto& c : t.checks)
    if (c.kind == "trajectory") check = c.message;
  return {
      {"lr", lr},
      {"verdict", grading::to_string(t.verdict)},
      {"verdict_text", grading::describe(t.verdict)},
      {"message", t.message},
      {"check", check},
      {"diagnoses", diagnoses},
      {"diagnosis_note", t.diagnosis_note},
      {"output", feedback::clip(t.output, kOutputShown)},
      {"svg", fig.svg},
      {"frame", frame_json(fig.frame)},
      {"notes", fig.notes},
      {"table", feedback::points_table(words, fmt::format("The plotted points at learning rate {:g}", lr))},
      {"student", mine},
      {"reference", expected ? ref : json(nullptr)},
      {"leaves_at", picture.leaves_at ? json(*picture.leaves_at) : json(nullptr)},
  };
}

}  // namespace

json run_request(const Session& s, const RunRequest& r) {
  const LabProblem* problem = nullptr;
  for (const auto& p : s.problems)
    if (p.id == r.problem) problem = &p;
  if (!problem) throw std::invalid_argument("unknown problem " + r.problem);  // parse_run_request checked it

  // As grade() does: a declared problem's harness, reference and mistakes come from its material.
  const auto material = declared::material_for(problem->problem, declared::repository_root());
  const auto toolchain = declared::toolchain_for(problem->problem, s.toolchain, material);
  const auto answers = declared::answers_for(problem->problem, toolchain, material);
  // Read afresh on every run: an edited file is a new program, an unchanged one the cached one.
  const auto source = text::read_file(s.submission / problem->source);
  const auto built = source ? build::build_problem(toolchain, problem->id, *source, problem->source)
                            : build::Built{.diagnostics = "file not found: " + problem->source + "\n"};
  json out = {{"problem", problem->id},
              {"source", problem->source},
              {"dim", problem->dim},
              {"build", {{"ok", built.ok}, {"cached", built.cached}, {"diagnostics", built.diagnostics}}},
              {"runs", json::array()}};
  for (double lr : r.rates) out["runs"].push_back(run_one(*problem, r, lr, built, *answers));
  return out;
}

std::optional<json> RunQueue::run(const std::function<json()>& job) {
  std::unique_lock lock(mutex_);
  if (waiting_ >= max_waiting_) return std::nullopt;
  ++waiting_;
  turn_.wait(lock, [this] { return !busy_; });
  --waiting_;
  busy_ = true;
  lock.unlock();
  struct Release {  // the next one's turn, even when the job throws
    RunQueue& q;
    ~Release() {
      {
        std::lock_guard l(q.mutex_);
        q.busy_ = false;
      }
      q.turn_.notify_one();
    }
  } release{*this};
  return job();
}

}  // namespace gdlab::live
