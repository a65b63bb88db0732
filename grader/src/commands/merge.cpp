#include "commands/merge.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "commands/exit_codes.hpp"
#include "batch/runner.hpp"
#include "batch/shard_folders.hpp"
#include "batch/store.hpp"
#include "batch/student_files.hpp"
#include "text/file.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

struct Bad : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Every file of the student's folder (whatever gdlab grade writes there), meta.json last: the
// done marker. A writer's leftover temporaries stay behind.
void copy_student(const fs::path& from, const fs::path& to) {
  batch::make_durable_dir(to);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(from))
    if (e.is_regular_file() && !e.path().filename().string().starts_with(".tmp-"))
      names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
    return std::pair(a == "meta.json", a) < std::pair(b == "meta.json", b);
  });
  for (const auto& name : names)
    if (const auto bytes = text::read_file(from / name)) batch::write_atomic(to / name, *bytes);
}

// The shards' batch.json files gathered: one spec, one deadline, every student once.
class Shards {
 public:
  static constexpr const char* lists[] = {"graded", "reused", "resumed", "not_graded", "pending", "errors"};

  void add(const std::string& folder, const nlohmann::json& b) {
    if (problems_.is_null()) {
      problems_ = b.at("problems");
      assignment_ = b.value("assignment", "");
      deadline_ = b.value("deadline", nlohmann::json());
      first_ = folder;
    } else if (b.at("problems") != problems_ || b.value("assignment", "") != assignment_) {
      throw Bad(fmt::format("{} was graded with another spec than {}: merge shards of one spec only", folder, first_));
    } else if (b.value("deadline", nlohmann::json()) != deadline_) {
      throw Bad(fmt::format("{} was graded with another --deadline than {}: grade every shard with the same one",
                            folder, first_));
    }
    for (const char* list : lists)
      for (const auto& id : b.value(list, nlohmann::json::array())) lists_[list].push_back(id.get<std::string>());
    for (const auto& id_json : b.at("students")) add_student(id_json.get<std::string>(), folder);
  }

  // batch.json, the gradebook and the summary of the whole class, and each student's files.
  void write(const fs::path& target, const std::vector<std::string>& merged_from, const batch::LmsOptions& lms) const {
    std::vector<batch::ProblemScore> columns;
    for (const auto& p : problems_)
      columns.push_back({.id = p.at("id").get<std::string>(), .max_score = p.at("max_score").get<double>()});
    batch::make_durable_dir(target / "students");
    std::error_code ec;
    for (const auto& [id, dir] : from_)
      if (!fs::equivalent(fs::path(dir), target, ec))
        copy_student(fs::path(dir) / "students" / id, target / "students" / id);
    std::vector<batch::StudentRecord> all;
    std::vector<std::string> ids;
    for (const auto& [id, r] : records_) {
      all.push_back(r);
      ids.push_back(id);
    }
    nlohmann::json merged = {{"assignment", assignment_}, {"shard", nullptr},           {"problems", problems_},
                             {"students", ids},           {"merged_from", merged_from}, {"deadline", deadline_}};
    for (const char* list : lists) {
      auto v = lists_.contains(list) ? lists_.at(list) : std::vector<std::string>{};
      std::sort(v.begin(), v.end());
      merged[list] = v;
    }
    batch::write_class_files(target, assignment_, all, columns, merged, lms);
  }

  std::size_t students() const { return records_.size(); }
  const std::string& assignment() const { return assignment_; }
  double max_score() const {
    double max = 0;
    for (const auto& p : problems_) max += p.at("max_score").get<double>();
    return max;
  }

 private:
  void add_student(const std::string& id, const std::string& folder) {
    const auto record = batch::read_record(fs::path(folder) / "students" / id);
    if (!record)
      throw Bad(fmt::format("{}: {} has no result (students/{}/meta.json): run that shard again to finish it", folder,
                            id, id));
    if (const auto it = records_.find(id); it != records_.end()) {
      if (batch::to_json(it->second)["total"] != batch::to_json(*record)["total"] ||
          it->second.status_text() != record->status_text())
        throw Bad(fmt::format(
            "{} is in {} and in {} with different results: were the shards run on the same submissions with the "
            "same N?",
            id, from_.at(id), folder));
      return;
    }
    records_.emplace(id, *record);
    from_[id] = folder;
  }

  std::string assignment_, first_;
  nlohmann::json problems_, deadline_;
  std::map<std::string, batch::StudentRecord> records_;
  std::map<std::string, std::string> from_;  // id -> shard folder
  std::map<std::string, std::vector<std::string>> lists_;
};

}  // namespace

int merge(const MergeArgs& args, std::ostream& out, std::ostream& err) {
  try {
    if (args.dirs.empty()) throw Bad("give the shard folders to merge");
    batch::LmsOptions lms;
    try {
      lms = batch::make_lms_options(args.rosters, args.moodle_id, args.lms_column, args.scale_to);
    } catch (const std::exception& e) {
      throw Bad(e.what());
    }
    std::vector<batch::ShardFolder> folders;
    for (const auto& d : args.dirs) {
      try {
        folders.push_back(batch::look_at(d));
      } catch (const std::runtime_error& e) {
        throw Bad(e.what());
      }
    }
    if (const auto lines = batch::not_mergeable(folders); !lines.empty())
      throw Bad(fmt::format(
          "not every shard is done; nothing was merged:\n  {}\nfinish them (a shard's gdlab grade run again resumes "
          "where it stopped), then merge again",
          fmt::join(lines, "\n  ")));
    Shards shards;
    for (const auto& f : folders) shards.add(f.folder, *f.batch);
    try {  // canvas.csv and moodle.csv, as gdlab grade checks them
      for (const auto& w : batch::check_lms(lms, shards.assignment(), shards.max_score()))
        fmt::print(err, "gdlab merge: warning: {}\n", w);
    } catch (const std::runtime_error& e) {
      throw Bad(e.what());
    }
    const fs::path target = args.out;
    shards.write(target, args.dirs, lms);
    fmt::print(out, "gdlab merge: {} students from {} folders; wrote {}, {} and {}\n", shards.students(),
               args.dirs.size(), (target / "gradebook.csv").string(), (target / "summary.md").string(),
               (target / "summary.html").string());
    return exit_ok;
  } catch (const Bad& e) {
    fmt::print(err, "gdlab merge: {}\n", e.what());
    return exit_bad_input;
  } catch (const std::exception& e) {
    fmt::print(err, "gdlab merge: internal error: {}\n", e.what());
    return exit_internal;
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
  cmd->add_option("--scale-to", args->scale_to, "as for gdlab grade");
  cmd->callback([args, &exit_code] { exit_code = merge(*args, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
