#include "declared/answers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>

#include "catalog/named_call.hpp"
#include "catalog/objectives.hpp"
#include "catalog/optimizers.hpp"
#include "declared/kept_runs.hpp"
#include "gdlab/optim.hpp"
#include "gdlab/regression.hpp"
#include "grading/checks.hpp"
#include "grading/grade.hpp"
#include "grading/inputs.hpp"
#include "grading/mistake_pairs.hpp"
#include "grading/mistakes.hpp"
#include "grading/result_store.hpp"
#include "grading/families.hpp"
#include "spec/declared.hpp"
#include "text/file.hpp"

namespace gdlab::declared {
namespace fs = std::filesystem;
namespace {

using grading::Expected;
using grading::Outcome;

const spec::Param* input_of_kind(const spec::Declaration& d, std::initializer_list<spec::ParamKind> kinds) {
  for (const auto& p : d.inputs)
    if (std::find(kinds.begin(), kinds.end(), p.kind) != kinds.end()) return &p;
  return nullptr;
}

// The loss of an entry on a dataset: Problem 5's MSE of beta (no intercept), or for one feature
// the line w x + b (an intercept); the mean of the squared errors, or half of it.
LinearRegression regression(const spec::Param& data, const spec::Declaration& d, const grading::Inputs& in) {
  const Dataset set = catalog::make_dataset(catalog::NamedCall::parse(grading::text(in, data.name)));
  return LinearRegression(set.X, set.y, data.kind == spec::ParamKind::dataset_1d,
                          d.loss == spec::Loss::half_mse ? MseScale::half_mean : MseScale::mean);
}

// Where an entry on a dataset takes its gradient: its inputs but the dataset, in order (beta, or w
// and b).
Vector point_of(const spec::Declaration& d, const grading::Inputs& in) {
  std::vector<double> at;
  for (const auto& p : d.inputs) {
    if (p.kind == spec::ParamKind::number) at.push_back(grading::num(in, p.name));
    if (p.kind == spec::ParamKind::vector)
      for (double x : grading::vec(in, p.name)) at.push_back(x);
  }
  return Eigen::Map<const Vector>(at.data(), static_cast<Index>(at.size()));
}

// What the checks measure: the objective along a path, or the loss of a dataset (along a path,
// and the function a gradient is the gradient of, at its point).
void describe_target(const spec::Declaration& d, const grading::Inputs& in, Expected& e) {
  using K = spec::ParamKind;
  if (const auto* f = input_of_kind(d, {K::objective, K::function_1d})) {
    const auto named = catalog::make_objective(catalog::NamedCall::parse(grading::text(in, f->name)));
    e.loss = named.objective;
    if (!named.objective.minima.empty()) e.optimum = named.objective.minima.front();
  } else if (const auto* data = input_of_kind(d, {K::dataset, K::dataset_1d})) {
    const LinearRegression loss = regression(*data, d, in);
    e.loss = loss.objective();
    e.optimum = loss.solve();
    if (spec::returns_gradient(d)) {
      e.gradient_of = loss.objective();
      e.at = point_of(d, in);
    }
  }
  if (const auto it = in.find("lr"); it != in.end() && std::holds_alternative<double>(it->second))
    e.lr = std::get<double>(it->second);
  for (const auto& f : d.returns)
    if (f.kind == spec::FieldKind::path) e.path_field = f.name;
}

// `reference: adam(beta1=beta1)`: the reference optimiser from x0, lr steps (or until |g| < tol
// within max_steps), kept going after divergence like a plain loop, so the two paths have the
// same length.
Outcome optimiser_path(const spec::Declaration& d, const grading::Inputs& in) {
  const auto* f = input_of_kind(d, {spec::ParamKind::objective, spec::ParamKind::function_1d});
  const auto named = catalog::make_objective(catalog::NamedCall::parse(grading::text(in, f->name)));
  const auto bound = spec::bind_call(d.reference, [&](const std::string& name) -> std::optional<double> {
    const auto it = in.find(name);
    if (it == in.end() || !std::holds_alternative<double>(it->second)) return std::nullopt;
    return std::get<double>(it->second);
  });
  const auto rule = catalog::make_rule(catalog::NamedCall::parse(bound));
  const bool until = spec::stops_at_tolerance(d);
  return grading::reference_descent(named.objective, grading::vec(in, "x0"), std::move(*rule), grading::num(in, "lr"),
                                    grading::whole(in, until ? "max_steps" : "steps"),
                                    until ? grading::num(in, "tol") : 0);
}

struct BuiltMistake {
  MistakeFile file;
  std::optional<fs::path> program;  // none: it does not build
  std::string diagnostics;
};

class Declared : public grading::Answers {
 public:
  Declared(spec::Problem problem, build::Toolchain toolchain, Material material)
      : problem_(std::move(problem)), toolchain_(std::move(toolchain)), material_(std::move(material)) {
    std::ifstream in(material_.pinned);
    if (in) pinned_ = nlohmann::json::parse(in, nullptr, false);
  }

  Expected expected(const std::string& entry, const spec::Test& test) override {
    const auto& d = declaration(entry);
    Expected e;
    describe_target(d, test.inputs, e);
    if (!spec::uses_solution(d)) e.outcome = optimiser_path(d, test.inputs);
    else e.outcome = grading::outcome_from_json(solution_result(entry, test));
    return e;
  }

  std::vector<grading::Diagnosis> diagnose(const std::string& entry, const spec::Test& test,
                                           const Outcome& student) override {
    // A mistake file is a whole implementation: on an entry it leaves right, its result is the
    // reference's, and names nothing there (grading::shows_mistake).
    const Expected right_answer = expected(entry, test);
    const Outcome& right = right_answer.outcome;
    // The mistake files first: each is one exact result, a family a range of them.
    std::vector<grading::Diagnosis> found;
    for (const auto& [file, result] : mistake_results(entry, test)) {
      if (!result) continue;
      if (grading::shows_mistake(student, grading::outcome_from_json(*result), right))
        found.push_back({file.id, file.title.empty() ? file.id : file.title, file.hint});
    }
    for (const auto family : declaration(entry).families)
      if (grading::shows_family(family, student, right_answer)) {
        const auto& words = spec::words_of(family);
        found.push_back({words.word, words.title, words.hint});
      }
    return found;
  }

  bool knows_mistakes(const std::string& entry) override {
    return !material_.mistakes.empty() || !declaration(entry).families.empty() ||
           (pinned_.is_object() && !pinned_.value("mistakes", nlohmann::json::array()).empty());
  }

  std::vector<std::string> refuted_by(const std::string& entry, const spec::Test& test) override {
    std::vector<std::string> out;
    const auto results = mistake_results(entry, test);
    if (results.empty()) return out;
    const Expected right = expected(entry, test);
    for (const auto& [file, result] : results) {
      bool refuted = !result;
      if (result) {
        const Outcome theirs = grading::outcome_from_json(*result);
        for (const auto& check : test.checks) refuted = refuted || !grading::evaluate(check, theirs, right).passed;
      }
      if (refuted) out.push_back(file.id);
    }
    return out;
  }

  // The solution's result on the test, built and run here, or pinned.
  nlohmann::json solution_result(const std::string& entry, const spec::Test& test) {
    const std::string request = grading::harness_request(entry, test.inputs);
    if (material_.solution) {
      if (!solution_) solution_ = build(*material_.solution, shown_as(material_, *material_.solution));
      const auto run = run_on(*solution_, test);
      if (!run.outcome)
        throw std::runtime_error(fmt::format("problem '{}': the instructor's solution gave no result on test '{}': {}",
                                             problem_.id, test.name, run.result.message));
      return run.ok;
    }
    return pinned(test, request).at("expected");
  }

  std::vector<std::pair<MistakeFile, std::optional<nlohmann::json>>> mistake_results(const std::string& entry,
                                                                                     const spec::Test& test) {
    std::vector<std::pair<MistakeFile, std::optional<nlohmann::json>>> out;
    if (!material_.mistakes.empty()) {
      for (const auto& m : mistakes()) {
        std::optional<nlohmann::json> result;
        if (m.program) {
          auto run = run_on(*m.program, test);
          if (run.outcome) result = std::move(run.ok);
        }
        out.emplace_back(m.file, std::move(result));
      }
      return out;
    }
    if (!pinned_.is_object()) return out;
    const auto* tests = pinned_.contains("tests") ? &pinned_["tests"] : nullptr;
    if (!tests || !tests->contains(test.name) ||
        (*tests)[test.name].value("request", "") != grading::harness_request(entry, test.inputs))
      return out;
    for (const auto& m : pinned_.value("mistakes", nlohmann::json::array())) {
      MistakeFile file{.id = m.value("id", ""), .title = m.value("title", ""), .hint = m.value("hint", "")};
      const auto& results = (*tests)[test.name].value("mistakes", nlohmann::json::object());
      out.emplace_back(file, results.contains(file.id) ? std::optional(results[file.id]) : std::nullopt);
    }
    return out;
  }

  const std::vector<BuiltMistake>& mistakes() {
    if (!built_mistakes_) {
      built_mistakes_.emplace();
      for (const auto& m : material_.mistakes) {
        BuiltMistake b{m, std::nullopt, ""};
        try {
          b.program = build(m.path, shown_as(material_, m.path));
        } catch (const std::runtime_error& e) {
          b.diagnostics = e.what();
        }
        built_mistakes_->push_back(std::move(b));
      }
    }
    return *built_mistakes_;
  }

 private:
  const spec::Declaration& declaration(const std::string& entry) const {
    const auto* d = spec::find_declared(problem_, entry);
    if (!d) throw std::runtime_error(fmt::format("problem '{}' declares no entry '{}'", problem_.id, entry));
    return *d;
  }

  // The instructor's own code, built as a submission is (it is only ever run in the sandbox).
  fs::path build(const fs::path& source, const std::string& shown_as) {
    const auto built = build::build_problem(toolchain_, problem_.id, text::read_file(source).value_or(""), shown_as);
    if (!built.ok) throw std::runtime_error(fmt::format("{} does not build:\n{}", shown_as, built.diagnostics));
    return built.program;
  }

  // Kept by program, request and limits: for the whole process (every student of a class meets
  // the same solution and mistakes on the same tests; batch grading asks from several threads),
  // and on disk beside the build cache for the next process (KeptRuns). A program's path names
  // its contents (the build cache), so a kept run never goes stale. Only runs that returned are
  // kept on disk: a time-out or a crash is run again.
  grading::ProgramRun run_on(const fs::path& program, const spec::Test& test) {
    static std::mutex lock;
    static std::map<std::string, grading::ProgramRun> runs;
    const std::string key =
        fmt::format("{}\n{}\n{} {} {}", program.string(), grading::harness_request(test.entry, test.inputs),
                    test.limits.time_seconds, test.limits.memory_bytes, test.limits.output_bytes);
    {
      const std::lock_guard hold(lock);
      if (const auto it = runs.find(key); it != runs.end()) return it->second;
    }
    const KeptRuns kept(toolchain_.cache / "answer-runs");
    grading::ProgramRun run;
    if (auto returned = kept.find(key)) {
      try {
        run.outcome = grading::outcome_from_json(*returned);
        run.ok = std::move(*returned);
      } catch (const std::exception&) {  // a damaged file: the program runs again
        run.outcome.reset();
      }
    }
    if (!run.outcome) {
      run = grading::run_program(problem_, test, program);
      if (run.outcome) kept.keep(key, run.ok);
    }
    const std::lock_guard hold(lock);
    return runs.emplace(key, std::move(run)).first->second;
  }

  const nlohmann::json& pinned(const spec::Test& test, const std::string& request) const {
    const auto* tests = pinned_.is_object() && pinned_.contains("tests") ? &pinned_["tests"] : nullptr;
    if (!tests || !tests->contains(test.name))
      throw std::runtime_error(
          fmt::format("problem '{}': the expected values of test '{}' come from the instructor's "
                      "solution, which this repository does not have (and {} holds none)",
                      problem_.id, test.name, material_.pinned.string()));
    const auto& t = (*tests)[test.name];
    if (t.value("request", "") != request)
      throw std::runtime_error(
          fmt::format("problem '{}': test '{}' has other inputs than those its expected values "
                      "were made for: ask your instructor for the current spec",
                      problem_.id, test.name));
    return t;
  }

  spec::Problem problem_;
  build::Toolchain toolchain_;
  Material material_;
  nlohmann::json pinned_;
  std::optional<fs::path> solution_;
  std::optional<std::vector<BuiltMistake>> built_mistakes_;
};

}  // namespace

std::unique_ptr<grading::Answers> answers_for(const spec::Problem& problem, const build::Toolchain& toolchain,
                                              const Material& material) {
  return std::make_unique<Declared>(problem, toolchain, material);
}

std::string answers_identity(const spec::Problem&, const Material& material) {
  std::string out = text::file_stamp(material.header) + "\n";
  if (material.solution) out += text::file_stamp(*material.solution) + "\n";
  for (const auto& m : material.mistakes) out += text::file_stamp(m.path) + "\n";
  return out + text::file_stamp(material.pinned);
}

nlohmann::json pin(const spec::Problem& problem, const build::Toolchain& toolchain, const Material& material,
                   PinnedTests tests) {
  Declared answers(problem, toolchain, material);
  nlohmann::json out = {
      {"problem", problem.id}, {"tests", nlohmann::json::object()}, {"mistakes", nlohmann::json::array()}};
  for (const auto& m : material.mistakes)
    out["mistakes"].push_back({{"id", m.id}, {"title", m.title}, {"hint", m.hint}});
  for (const auto& test : problem.tests) {
    if (tests == PinnedTests::visible && test.visibility != spec::Visibility::visible) continue;
    nlohmann::json t = {{"request", grading::harness_request(test.entry, test.inputs)},
                        {"mistakes", nlohmann::json::object()}};
    if (spec::uses_solution(*spec::find_declared(problem, test.entry)))
      t["expected"] = answers.solution_result(test.entry, test);
    for (const auto& [file, result] : answers.mistake_results(test.entry, test))
      if (result) t["mistakes"][file.id] = *result;
    out["tests"][test.name] = std::move(t);
  }
  return out;
}

MistakeReview review_mistakes(const spec::Problem& problem, const build::Toolchain& toolchain,
                              const Material& material) {
  Declared answers(problem, toolchain, material);
  MistakeReview review;
  std::map<std::string, bool> caught;
  std::vector<grading::MistakeResults> results;  // of the mistakes that build, in the catalogue's order
  for (const auto& m : answers.mistakes()) {
    if (!m.program) {
      review.uncaught.push_back(fmt::format("{}: {}", m.file.id, m.diagnostics));
      continue;
    }
    caught[m.file.id] = false;
    results.push_back({m.file.id, {}});
  }
  for (const auto& test : problem.tests) {
    const Expected expected = answers.expected(test.entry, test);
    for (const auto& [file, result] : answers.mistake_results(test.entry, test)) {
      const auto it = std::find_if(results.begin(), results.end(), [&](const auto& r) { return r.id == file.id; });
      if (it == results.end()) continue;  // it does not build
      if (!result) {                      // it threw or crashed: that test fails it
        it->per_test.emplace_back();
        caught[file.id] = true;
        continue;
      }
      const Outcome wrong = grading::outcome_from_json(*result);
      for (const auto& check : test.checks)
        if (!grading::evaluate(check, wrong, expected).passed) caught[file.id] = true;
      it->per_test.emplace_back(wrong);
    }
  }
  for (const auto& [id, was_caught] : caught)
    if (!was_caught)
      review.uncaught.push_back(fmt::format("{}: no test catches it (every check passes on its result)", id));
  review.alike = grading::mistakes_alike(results);
  return review;
}

std::vector<std::string> uncaught_mistakes(const spec::Problem& problem, const build::Toolchain& toolchain,
                                           const Material& material) {
  return review_mistakes(problem, toolchain, material).uncaught;
}

}  // namespace gdlab::declared
