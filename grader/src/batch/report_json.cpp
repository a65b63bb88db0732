#include "batch/report_json.hpp"

#include "report/text.hpp"

namespace gdlab::batch {
namespace {

using grading::Verdict;
using nlohmann::json;

Verdict verdict_from(const std::string& text) {
  for (auto v : {Verdict::passed, Verdict::failed, Verdict::not_implemented, Verdict::compile_error, Verdict::time_limit,
                 Verdict::memory_limit, Verdict::runtime_error, Verdict::output_limit, Verdict::protocol_error})
    if (grading::to_string(v) == text) return v;
  throw std::runtime_error("unknown verdict '" + text + "'");
}

// Program output and compiler messages may be any bytes; JSON wants UTF-8.
std::string text(const std::string& s) { return report::printable(s); }

}  // namespace

json report_to_json(const grading::Report& r) {
  json problems = json::array();
  for (const auto& p : r.problems) {
    json tests = json::array();
    for (const auto& t : p.tests) {
      json checks = json::array();
      for (const auto& c : t.checks) checks.push_back({{"kind", c.kind}, {"passed", c.passed}, {"message", text(c.message)}});
      tests.push_back({{"problem", t.problem}, {"name", t.name}, {"visibility", t.visibility},
                       {"verdict", grading::to_string(t.verdict)}, {"max_score", t.max_score}, {"checks", checks},
                       {"message", text(t.message)}, {"output", text(t.output)}, {"seconds", t.seconds}});
    }
    problems.push_back({{"id", p.id}, {"title", p.title}, {"source", p.source}, {"diagnostics", text(p.diagnostics)},
                        {"tests", tests}});
  }
  return {{"assignment", r.assignment}, {"seconds", r.seconds}, {"layers", r.layers}, {"problems", problems}};
}

grading::Report report_from_json(const json& j) {
  grading::Report r;
  r.assignment = j.at("assignment").get<std::string>();
  r.seconds = j.at("seconds").get<double>();
  r.layers = j.at("layers").get<std::vector<std::string>>();
  for (const auto& p : j.at("problems")) {
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
      tr.verdict = verdict_from(t.at("verdict").get<std::string>());
      tr.max_score = t.at("max_score").get<double>();
      for (const auto& c : t.at("checks"))
        tr.checks.push_back({c.at("kind").get<std::string>(), c.at("passed").get<bool>(), c.at("message").get<std::string>()});
      tr.message = t.at("message").get<std::string>();
      tr.output = t.at("output").get<std::string>();
      tr.seconds = t.at("seconds").get<double>();
      pr.tests.push_back(std::move(tr));
    }
    r.problems.push_back(std::move(pr));
  }
  return r;
}

}  // namespace gdlab::batch
