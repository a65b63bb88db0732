#include "batch/report_json.hpp"

#include <cmath>

#include <fmt/format.h>

#include "text/printable.hpp"

namespace gdlab::batch {
namespace {

using grading::Verdict;
using nlohmann::json;

// Program output and compiler messages may be any bytes; JSON wants UTF-8.
std::string text(const std::string& s) { return text::printable(s); }

// JSON has no NaN or infinity: those travel as strings, as in the result frames.
json number(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return v;
}
double number(const json& j) {
  if (j.is_number()) return j.get<double>();
  const auto s = j.get<std::string>();
  return s == "inf" ? INFINITY : s == "-inf" ? -INFINITY : NAN;
}
json numbers(const std::vector<double>& v) {
  json out = json::array();
  for (double x : v) out.push_back(number(x));
  return out;
}
std::vector<double> numbers(const json& j) {
  std::vector<double> out;
  for (const auto& x : j) out.push_back(number(x));
  return out;
}
json rows(const std::vector<std::vector<double>>& path) {
  json out = json::array();
  for (const auto& p : path) out.push_back(numbers(p));
  return out;
}
std::vector<std::vector<double>> rows(const json& j) {
  std::vector<std::vector<double>> out;
  for (const auto& p : j) out.push_back(numbers(p));
  return out;
}

// 7 significant digits: the shortest decimal that reads back as this double is then short.
double drawn(double v) { return std::isfinite(v) ? std::stod(fmt::format("{:.7g}", v)) : v; }

const grading::TestResult* shown(const std::vector<grading::TestResult>& tests, bool visible_only) {
  const auto candidate = [&](const grading::TestResult& t) {
    return t.plot && (!visible_only || t.visibility == "visible");
  };
  for (const auto& t : tests)
    if (candidate(t) && t.verdict == Verdict::failed) return &t;
  for (const auto& t : tests)
    if (candidate(t)) return &t;
  return nullptr;
}

}  // namespace

grading::ProblemResult as_stored(grading::ProblemResult p) {
  const auto* page = shown(p.tests, false);
  const auto* visible_page = shown(p.tests, true);
  for (auto& t : p.tests) {
    t.seconds = 0;  // how long it ran is the run's, not the student's: batch.json has the run's time
    if (&t != page && &t != visible_page) {
      t.plot.reset();
      continue;
    }
    if (!t.plot) continue;
    for (auto* rows : {&t.plot->student, &t.plot->reference})
      for (auto& row : *rows)
        for (auto& v : row) v = drawn(v);
    for (auto* line : {&t.plot->student_loss, &t.plot->reference_loss})
      for (auto& v : *line) v = drawn(v);
  }
  return p;
}

grading::Report as_stored(grading::Report report) {
  for (auto& p : report.problems) p = as_stored(std::move(p));
  report.seconds = 0;
  return report;
}

json problem_to_json(const grading::ProblemResult& p) {
  json tests = json::array();
  for (const auto& t : p.tests) {
    json checks = json::array();
    for (const auto& c : t.checks)
      checks.push_back({{"kind", c.kind}, {"passed", c.passed}, {"message", text(c.message)}});
    tests.push_back({{"problem", t.problem},
                     {"name", t.name},
                     {"visibility", t.visibility},
                     {"verdict", grading::to_string(t.verdict)},
                     {"max_score", t.max_score},
                     {"checks", checks},
                     {"message", text(t.message)},
                     {"output", text(t.output)},
                     {"seconds", t.seconds}});
    json& out = tests.back();
    out["diagnoses"] = json::array();
    for (const auto& d : t.diagnoses)
      out["diagnoses"].push_back({{"mistake", d.mistake}, {"title", d.title}, {"hint", d.hint}});
    out["diagnosis_note"] = t.diagnosis_note;
    out["leftover_processes"] = t.leftover_processes;
    if (t.plot)
      out["plot"] = {{"student", rows(t.plot->student)},
                     {"reference", rows(t.plot->reference)},
                     {"student_loss", numbers(t.plot->student_loss)},
                     {"reference_loss", numbers(t.plot->reference_loss)},
                     {"objective", t.plot->objective}};
  }
  return {
      {"id", p.id}, {"title", p.title}, {"source", p.source}, {"diagnostics", text(p.diagnostics)}, {"tests", tests}};
}

json report_to_json(const grading::Report& r) {
  json problems = json::array();
  for (const auto& p : r.problems) problems.push_back(problem_to_json(p));
  return {{"assignment", r.assignment}, {"seconds", r.seconds}, {"layers", r.layers}, {"problems", problems}};
}

grading::ProblemResult problem_from_json(const json& p) {
  grading::ProblemResult pr;
  pr.id = p.at("id").get<std::string>();
  pr.title = p.at("title").get<std::string>();
  pr.source = p.at("source").get<std::string>();
  pr.diagnostics = p.at("diagnostics").get<std::string>();
  for (const auto& t : p.at("tests")) {
    grading::TestResult tr;
    tr.problem = t.at("problem").get<std::string>();
    tr.name = t.at("name").get<std::string>();
    tr.visibility = t.at("visibility").get<std::string>();
    tr.verdict = grading::verdict_from_string(t.at("verdict").get<std::string>());
    tr.max_score = t.at("max_score").get<double>();
    for (const auto& c : t.at("checks"))
      tr.checks.push_back(
          {c.at("kind").get<std::string>(), c.at("passed").get<bool>(), c.at("message").get<std::string>()});
    tr.message = t.at("message").get<std::string>();
    tr.output = t.at("output").get<std::string>();
    tr.seconds = t.at("seconds").get<double>();
    for (const auto& d : t.value("diagnoses", json::array()))
      tr.diagnoses.push_back(
          {d.at("mistake").get<std::string>(), d.at("title").get<std::string>(), d.at("hint").get<std::string>()});
    tr.diagnosis_note = t.value("diagnosis_note", std::string());
    tr.leftover_processes = t.value("leftover_processes", 0);
    if (t.contains("plot")) {
      const auto& plot = t.at("plot");
      tr.plot = grading::Plot{rows(plot.at("student")), rows(plot.at("reference")), numbers(plot.at("student_loss")),
                              numbers(plot.at("reference_loss")), plot.at("objective").get<std::string>()};
    }
    pr.tests.push_back(std::move(tr));
  }
  return pr;
}

grading::Report report_from_json(const json& j) {
  grading::Report r;
  r.assignment = j.at("assignment").get<std::string>();
  r.seconds = j.at("seconds").get<double>();
  r.layers = j.at("layers").get<std::vector<std::string>>();
  for (const auto& p : j.at("problems")) r.problems.push_back(problem_from_json(p));
  return r;
}

}  // namespace gdlab::batch
