#include "commands/merge.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>
#include <map>

#include "batch/runner.hpp"
#include "batch/store.hpp"
#include "batch/student_files.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

struct Bad : std::runtime_error {
  using std::runtime_error::runtime_error;
};

nlohmann::json read_batch(const fs::path& dir) {
  const auto text = batch::read_file(dir / "batch.json");
  if (!text) throw Bad(fmt::format("{} has no batch.json: is it the --out of a finished gdlab grade?", dir.string()));
  try {
    return nlohmann::json::parse(*text);
  } catch (const std::exception& e) {
    throw Bad(fmt::format("{}: {}", (dir / "batch.json").string(), e.what()));
  }
}

void copy_student(const fs::path& from, const fs::path& to) {
  batch::make_durable_dir(to);
  for (const char* name : {"results.json", "feedback.txt", "feedback.md", "build.log", "report.json.gz", "meta.json"}) {
    const auto bytes = batch::read_file(from / name);
    if (bytes) batch::write_atomic(to / name, *bytes);  // meta.json last: the done marker
  }
}

}  // namespace

int merge(const MergeArgs& args, std::ostream& out, std::ostream& err) {
  try {
    if (args.dirs.empty()) throw Bad("give the shard folders to merge");
    batch::LmsOptions lms;
    try {
      lms = batch::make_lms_options(args.rosters, args.moodle_id, args.lms_column);
    } catch (const std::exception& e) {
      throw Bad(e.what());
    }
    const fs::path target = args.out;
    std::string assignment;
    nlohmann::json problems, deadline;
    std::map<std::string, batch::StudentRecord> records;
    std::map<std::string, std::string> from;  // id -> shard folder
    nlohmann::json lists = nlohmann::json::object();
    for (const char* list : {"graded", "reused", "resumed", "not_graded", "pending", "errors"})
      lists[list] = nlohmann::json::array();
    for (const auto& d : args.dirs) {
      const fs::path dir = d;
      const auto b = read_batch(dir);
      if (problems.is_null()) {
        problems = b.at("problems");
        assignment = b.value("assignment", "");
        deadline = b.value("deadline", nlohmann::json());
      } else if (b.at("problems") != problems || b.value("assignment", "") != assignment) {
        throw Bad(fmt::format("{} was graded with another spec than {}: merge shards of one spec only", d,
                              args.dirs.front()));
      } else if (b.value("deadline", nlohmann::json()) != deadline) {
        throw Bad(fmt::format("{} was graded with another --deadline than {}: grade every shard with the same one", d,
                              args.dirs.front()));
      }
      for (const char* list : {"graded", "reused", "resumed", "not_graded", "pending", "errors"})
        for (const auto& id : b.value(list, nlohmann::json::array())) lists[list].push_back(id);
      for (const auto& id_json : b.at("students")) {
        const auto id = id_json.get<std::string>();
        const auto record = batch::read_record(dir / "students" / id);
        if (!record)
          throw Bad(fmt::format("{}: {} has no result (students/{}/meta.json): run that shard again to finish it", d,
                                id, id));
        if (const auto it = records.find(id); it != records.end()) {
          if (batch::to_json(it->second)["total"] != batch::to_json(*record)["total"] ||
              it->second.status_text() != record->status_text())
            throw Bad(
                fmt::format("{} is in {} and in {} with different results: were the shards run on the same "
                            "submissions with the same N?",
                            id, from[id], d));
          continue;
        }
        records.emplace(id, *record);
        from[id] = d;
      }
    }
    std::vector<batch::ProblemScore> columns;
    for (const auto& p : problems)
      columns.push_back({.id = p.at("id").get<std::string>(), .max_score = p.at("max_score").get<double>()});
    batch::make_durable_dir(target / "students");
    std::error_code ec;
    for (const auto& [id, dir] : from)
      if (!fs::equivalent(fs::path(dir), target, ec))
        copy_student(fs::path(dir) / "students" / id, target / "students" / id);
    std::vector<batch::StudentRecord> all;
    std::vector<std::string> ids;
    for (const auto& [id, r] : records) {
      all.push_back(r);
      ids.push_back(id);
    }
    nlohmann::json merged = {{"assignment", assignment}, {"shard", nullptr},         {"problems", problems},
                             {"students", ids},          {"merged_from", args.dirs}, {"deadline", deadline}};
    for (auto& [name, list] : lists.items()) {
      auto v = list.get<std::vector<std::string>>();
      std::sort(v.begin(), v.end());
      merged[name] = v;
    }
    batch::write_class_files(target, assignment, all, columns, merged, lms);
    fmt::print(out, "gdlab merge: {} students from {} folders; wrote {} and {}\n", all.size(), args.dirs.size(),
               (target / "gradebook.csv").string(), (target / "summary.md").string());
    return 0;
  } catch (const Bad& e) {
    fmt::print(err, "gdlab merge: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(err, "gdlab merge: internal error: {}\n", e.what());
    return 3;
  }
}

void add_merge_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<MergeArgs>();
  auto* cmd = app.add_subcommand("merge", "Combine the outputs of gdlab grade --shard runs");
  cmd->add_option("DIRS", args->dirs, "the --out folders of the shards")->required();
  cmd->add_option("--out", args->out, "where the combined gradebook and summary go")->capture_default_str();
  cmd->add_option("--roster", args->rosters,
                  "as for gdlab grade: a Canvas or Moodle export writes canvas.csv or "
                  "moodle.csv for the whole class");
  cmd->add_option("--moodle-id", args->moodle_id, "as for gdlab grade")->capture_default_str();
  cmd->add_option("--lms-column", args->lms_column, "as for gdlab grade");
  cmd->callback([args, &exit_code] { exit_code = merge(*args, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
