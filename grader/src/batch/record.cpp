#include "batch/record.hpp"

#include <algorithm>

#include "text/enum_text.hpp"

namespace gdlab::batch {

std::string to_string(Status s) {
  switch (s) {
    case Status::ok: return "ok";
    case Status::compile_error: return "compile_error";
    case Status::missing_files: return "missing_files";
    case Status::no_files: return "no_files";
    case Status::bad_archive: return "bad_archive";
    case Status::unreadable: return "unreadable";
    case Status::bad_id: return "bad_id";
    case Status::duplicate: return "duplicate";
    case Status::pending: return "pending";
    case Status::late: return "late";
    case Status::error: return "error";
  }
  return "error";
}

Status status_from_string(const std::string& text) {
  if (const auto s = text::enum_from_text(text, last_status)) return *s;
  throw std::runtime_error("unknown status '" + text + "'");
}

double StudentRecord::total() const {
  double s = 0;
  for (const auto& p : problems) s += p.score;
  return s;
}

double StudentRecord::max_score() const {
  double s = 0;
  for (const auto& p : problems) s += p.max_score;
  return s;
}

std::string StudentRecord::status_text() const {
  return status == Status::error ? "error:" + (error.empty() ? std::string("internal") : error) : to_string(status);
}

StudentRecord record_of(const std::string& id, const grading::Report& report,
                        const std::vector<std::string>& missing_sources) {
  StudentRecord r;
  r.id = id;
  r.graded_as = "graded";
  bool compile_error = false;
  for (const auto& p : report.problems) {
    r.problems.push_back({.id = p.id, .score = p.score(), .max_score = p.max_score()});
    const bool missing = std::find(missing_sources.begin(), missing_sources.end(), p.source) != missing_sources.end();
    compile_error = compile_error || (!p.diagnostics.empty() && !missing);
    for (const auto& t : p.tests) {
      TestRecord tr{.problem = p.id,
                    .name = t.name,
                    .verdict = grading::to_string(t.verdict),
                    .score = t.score(),
                    .max_score = t.max_score};
      for (const auto& c : t.checks)
        if (!c.passed) tr.failed_checks.push_back(c.kind);
      for (const auto& d : t.diagnoses) tr.mistakes.push_back(d.mistake);
      r.tests.push_back(std::move(tr));
    }
  }
  r.status = compile_error ? Status::compile_error : !missing_sources.empty() ? Status::missing_files : Status::ok;
  if (compile_error) r.detail = "some problem did not compile (see build.log)";
  else if (!missing_sources.empty()) r.detail = "not in the submission: " + nlohmann::json(missing_sources).dump();
  return r;
}

StudentRecord record_without_grading(const std::string& id, Status status, std::string detail,
                                     const std::vector<ProblemScore>& problems) {
  StudentRecord r;
  r.id = id;
  r.status = status;
  r.detail = std::move(detail);
  for (const auto& p : problems) r.problems.push_back({.id = p.id, .max_score = p.max_score});
  return r;
}

nlohmann::json to_json(const StudentRecord& r) {
  using nlohmann::json;
  json problems = json::array(), tests = json::array();
  for (const auto& p : r.problems)
    problems.push_back({{"id", p.id}, {"score", p.score}, {"max_score", p.max_score}, {"file", p.file}});
  for (const auto& t : r.tests)
    tests.push_back({{"problem", t.problem},
                     {"name", t.name},
                     {"verdict", t.verdict},
                     {"score", t.score},
                     {"max_score", t.max_score},
                     {"failed_checks", t.failed_checks},
                     {"mistakes", t.mistakes}});
  return {{"id", r.id},
          {"status", r.status_text()},
          {"detail", r.detail},
          {"content_key", r.content_key},
          {"notes", r.notes},
          {"commit", r.commit},
          {"commit_date", r.commit_date},
          {"commit_subject", r.commit_subject},
          {"deadline", r.deadline},
          {"commits_after_deadline", r.later_commits},
          {"total", r.total()},
          {"max_score", r.max_score()},
          {"problems", problems},
          {"tests", tests}};
}

StudentRecord record_from_json(const nlohmann::json& j) {
  StudentRecord r;
  r.id = j.at("id").get<std::string>();
  const auto status = j.at("status").get<std::string>();
  if (status.starts_with("error:")) {
    r.status = Status::error;
    r.error = status.substr(6);
  } else {
    r.status = status_from_string(status);
  }
  r.detail = j.value("detail", "");
  r.content_key = j.value("content_key", "");
  r.notes = j.value("notes", std::vector<std::string>{});
  r.commit = j.value("commit", "");
  r.commit_date = j.value("commit_date", "");
  r.commit_subject = j.value("commit_subject", "");
  r.deadline = j.value("deadline", "");
  r.later_commits = j.value("commits_after_deadline", 0);
  for (const auto& p : j.at("problems"))
    r.problems.push_back({p.at("id").get<std::string>(), p.at("score").get<double>(), p.at("max_score").get<double>(),
                          p.value("file", "")});
  for (const auto& t : j.at("tests"))
    r.tests.push_back({t.at("problem").get<std::string>(), t.at("name").get<std::string>(),
                       t.at("verdict").get<std::string>(), t.at("score").get<double>(), t.at("max_score").get<double>(),
                       t.at("failed_checks").get<std::vector<std::string>>(),
                       t.value("mistakes", std::vector<std::string>())});
  return r;
}

}  // namespace gdlab::batch
