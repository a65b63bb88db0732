#include "batch/runner.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <thread>

#include "batch/gradebook.hpp"
#include "batch/hash.hpp"
#include "batch/intake.hpp"
#include "batch/progress.hpp"
#include "batch/store.hpp"
#include "batch/student_files.hpp"
#include "batch/variants.hpp"
#include "grading/grade.hpp"
#include "report/text.hpp"

namespace gdlab::batch {
namespace fs = std::filesystem;
namespace {

std::atomic<bool> stopping{false};
static_assert(std::atomic<bool>::is_always_lock_free, "request_stop must be async-signal-safe");

// One writer per output folder: a second `gdlab grade` on the same DIR stops at once.
class DirLock {
 public:
  explicit DirLock(const fs::path& file) : fd_(::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
    if (fd_ < 0 || ::flock(fd_, LOCK_EX | LOCK_NB) != 0)
      throw BadRequest(fmt::format("another gdlab grade is writing to {}: wait for it, or use another --out",
                                   file.parent_path().string()));
  }
  ~DirLock() { ::close(fd_); }  // the lock goes with the descriptor, also when the process is killed

 private:
  int fd_;
};

// Builds each (problem, file) once across the workers; see runner.hpp. It calls the same
// build::build_problem that grading::grade calls, with the same arguments, so grade() then
// finds every program in the cache.
class BuildOnce {
 public:
  void ensure(const spec::Spec& spec, const Taken& taken, const build::Toolchain& toolchain) {
    std::vector<std::pair<const spec::Problem*, std::promise<void>>> mine;
    std::vector<std::shared_future<void>> theirs;
    {
      std::lock_guard lock(mutex_);
      for (const auto& p : spec.problems) {
        const auto file = taken.files.find(p.source);
        if (file == taken.files.end()) continue;
        const auto key = fmt::format("{}:{}:{:016x}", p.id, p.source, fnv1a(file->second));
        if (const auto it = builds_.find(key); it != builds_.end()) {
          theirs.push_back(it->second);
          continue;
        }
        std::promise<void> promise;
        builds_.emplace(key, promise.get_future().share());
        mine.emplace_back(&p, std::move(promise));
      }
    }
    for (auto& [problem, promise] : mine) {
      try {
        build::build_problem(toolchain, problem->id, taken.files.at(problem->source), problem->source);
      } catch (...) {  // grade() builds it again and reports what went wrong
      }
      promise.set_value();
    }
    for (auto& f : theirs) f.wait();
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_future<void>> builds_;
};

struct Member {
  std::size_t entry;
  std::vector<std::string> notes, missing;
};

// Submissions with the same content key: graded once (or copied from a student done before).
struct Group {
  std::string key;
  Taken taken;
  std::vector<Member> members;
  std::optional<std::size_t> done_before;  // an entry whose results are on disk already
};

std::string short_error(const std::string& what) {
  return what.find("cannot") != std::string::npos && what.find("write") != std::string::npos ? "write_failed"
                                                                                              : "grader_failed";
}

// Copies a done student's files for an identical submission (notes equal: none, usually).
void copy_results(const fs::path& from, const fs::path& to, const StudentRecord& record) {
  make_durable_dir(to);
  remove_stray_temporaries(to);
  std::error_code ec;
  fs::remove(to / "meta.json", ec);
  for (const char* name : {"results.json", "feedback.txt", "feedback.md", "build.log"}) {
    const auto bytes = read_file(from / name);
    if (!bytes) throw std::runtime_error(fmt::format("cannot read {} to reuse it", (from / name).string()));
    write_atomic(to / name, *bytes);
  }
  write_atomic(to / "meta.json", to_json(record).dump(2) + "\n");
}

std::string line_for(const StudentRecord& r) {
  return fmt::format("{}: {}/{} {}{}", r.id, report::points(r.total()), report::points(r.max_score()), r.status_text(),
                     r.graded_as.starts_with("reused:") ? " (" + r.graded_as + ")" : "");
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

void request_stop() { stopping.store(true); }
bool stop_requested() { return stopping.load(); }

std::vector<ProblemScore> columns_of(const spec::Spec& spec) {
  std::vector<ProblemScore> out;
  for (const auto& p : spec.problems) {
    double max = 0;
    for (const auto& t : p.tests) max += t.points;
    out.push_back({p.id, 0, max});
  }
  return out;
}

void write_class_files(const fs::path& out, const std::string& assignment, const std::vector<StudentRecord>& records,
                       const std::vector<ProblemScore>& problems, const nlohmann::json& batch) {
  write_atomic(out / "gradebook.csv", gradebook_csv(records, problems));
  write_atomic(out / "summary.md", summary_md(assignment, records, problems));
  write_atomic(out / "batch.json", batch.dump(2) + "\n");
}

BatchResult run_batch(const BatchOptions& o, std::ostream& progress_out, bool terminal) {
  const auto start = std::chrono::steady_clock::now();
  make_durable_dir(o.out / "students");
  DirLock lock(o.out / ".lock");
  const fs::path work = o.out / ".work";  // private copies being graded; a killed run's are stale
  fs::remove_all(work);
  fs::create_directories(work);

  auto entries = list_entries(o.submissions, o.out);
  if (o.shard) std::erase_if(entries, [&](const Entry& e) { return !o.shard->contains(e.id); });
  for (const auto& id : o.only)
    if (std::none_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; }))
      throw BadRequest(fmt::format("--only {}: no such student in {}{} (an id is the entry's name without "
                                   ".zip/.tar.gz/.tgz/.tar)",
                                   id, o.submissions.string(), o.shard ? " for this shard" : ""));
  const auto problems = columns_of(o.spec);
  const bool varies = has_variants(o.spec);

  BatchResult result;
  std::vector<std::optional<StudentRecord>> records(entries.size());
  std::vector<Group> groups;
  std::map<std::string, std::vector<std::size_t>> groups_by_key;
  std::map<std::string, std::pair<std::size_t, Taken>> done_by_key;  // resumed rows, for reuse
  const auto dir_of = [&](const Entry& e) { return o.out / "students" / e.id; };
  Progress progress(progress_out, entries.size(), terminal);

  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    result.students.push_back(e.id);
    if (!o.only.empty() && !contains(o.only, e.id)) {
      auto kept = read_record(dir_of(e));
      if (!kept) {
        kept = record_without_grading(e.id, Status::pending, "not graded yet: run gdlab grade without --only", problems);
        result.pending.push_back(e.id);
      }
      records[i] = std::move(*kept);
      progress.done(line_for(*records[i]) + " (kept: not in --only)", false, false);
      continue;
    }
    const auto reject = [&](Status status, const std::string& detail) {
      records[i] = record_without_grading(e.id, status, detail, problems);
      write_not_graded(dir_of(e), *records[i], o.spec.assignment);
      result.not_graded.push_back(e.id);
      progress.done(line_for(*records[i]) + ": " + records[i]->detail, true, false);
    };
    if (e.status != Status::ok) {
      reject(e.status, e.detail);
      continue;
    }
    Taken taken = take_files(e, o.spec, o.limits);
    if (taken.status != Status::ok) {
      reject(taken.status, taken.detail);
      continue;
    }
    const std::string key = content_key(taken, o.spec_text, varies ? e.id : "");
    if (!o.force && o.only.empty()) {
      if (auto done = read_record(dir_of(e)); done && done->content_key == key && done->notes == taken.notes) {
        records[i] = std::move(*done);
        result.resumed.push_back(e.id);
        progress.done(line_for(*records[i]) + " (done before)", records[i]->status != Status::ok, false);
        done_by_key.try_emplace(key, i, std::move(taken));
        continue;
      }
    }
    Member member{i, taken.notes, taken.missing};
    auto& candidates = groups_by_key[key];
    const auto same = std::find_if(candidates.begin(), candidates.end(),
                                   [&](std::size_t g) { return groups[g].taken.files == taken.files; });
    if (same != candidates.end()) {
      groups[*same].members.push_back(std::move(member));
    } else {
      candidates.push_back(groups.size());
      groups.push_back({key, std::move(taken), {std::move(member)}, std::nullopt});
    }
  }
  // An identical submission already done in an earlier run: copied, not graded again.
  for (auto& g : groups)
    if (const auto it = done_by_key.find(g.key); it != done_by_key.end() && it->second.second.files == g.taken.files)
      g.done_before = it->second.first;

  std::mutex mutex;
  BuildOnce builds;
  std::atomic<std::size_t> next{0};

  const auto finish = [&](std::size_t i, StudentRecord record, std::vector<std::string>& list) {
    std::lock_guard guard(mutex);
    list.push_back(record.id);
    const bool failed = record.status != Status::ok;
    const bool now = record.graded_as == "graded";
    progress.done(line_for(record), failed, now);
    records[i] = std::move(record);
  };
  const auto fail_all = [&](const Group& g, const std::string& what) {
    for (const auto& m : g.members) {
      const Entry& e = entries[m.entry];
      auto record = record_without_grading(e.id, Status::error, report::printable(what), problems);
      record.error = short_error(what);
      try {
        write_not_graded(dir_of(e), record, o.spec.assignment);
      } catch (const std::exception&) {  // the record in the gradebook still says what happened
      }
      finish(m.entry, std::move(record), result.errors);
    }
  };
  const auto grade_group = [&](Group& g) {
    const Entry& first = entries[g.members.front().entry];
    if (g.done_before) {
      const Entry& from = entries[*g.done_before];
      for (const auto& m : g.members) {
        StudentRecord record = *records[*g.done_before];
        record.id = entries[m.entry].id;
        record.graded_as = "reused:" + from.id;
        copy_results(dir_of(from), dir_of(entries[m.entry]), record);
        finish(m.entry, std::move(record), result.reused);
      }
      return;
    }
    const spec::Spec spec = varies ? for_student(o.spec, first.id) : spec::Spec{};
    const spec::Spec& graded_spec = varies ? spec : o.spec;
    const fs::path folder = work / first.id;
    write_files(g.taken, folder);
    builds.ensure(graded_spec, g.taken, o.toolchain);
    const grading::Report report = grading::grade(graded_spec, folder, o.toolchain);
    std::error_code ec;
    fs::remove_all(folder, ec);
    for (std::size_t k = 0; k < g.members.size(); ++k) {
      const Entry& e = entries[g.members[k].entry];
      StudentRecord record = record_of(e.id, report, g.members[k].missing);
      record.content_key = g.key;
      record.notes = g.members[k].notes;
      record.graded_as = k == 0 ? "graded" : "reused:" + first.id;
      write_graded(dir_of(e), record, report, record.notes);
      finish(g.members[k].entry, std::move(record), k == 0 ? result.graded : result.reused);
    }
  };
  const auto worker = [&] {
    for (std::size_t g; !stop_requested() && (g = next++) < groups.size();) {
      try {
        grade_group(groups[g]);
      } catch (const std::exception& e) {
        fail_all(groups[g], e.what());
      }
    }
  };
  std::vector<std::thread> threads;
  const auto n = std::min<std::size_t>(std::max(1u, o.jobs), std::max<std::size_t>(groups.size(), 1));
  for (std::size_t t = 0; t < n; ++t) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  progress.finish();

  result.stopped = stop_requested();
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!records[i]) {  // stopped before its turn
      records[i] = record_without_grading(entries[i].id, Status::pending, "not graded yet: the batch was stopped; "
                                          "run it again to resume", problems);
      result.pending.push_back(entries[i].id);
    }
    result.records.push_back(std::move(*records[i]));
  }
  for (auto* list : {&result.graded, &result.reused, &result.resumed, &result.not_graded, &result.pending, &result.errors})
    std::sort(list->begin(), list->end());
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage self{}, children{};
  getrusage(RUSAGE_SELF, &self);
  getrusage(RUSAGE_CHILDREN, &children);  // the largest compiler or test program waited for
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& p : problems) columns.push_back({{"id", p.id}, {"max_score", p.max_score}});
  const nlohmann::json batch = {
      {"assignment", o.spec.assignment},
      {"shard", o.shard ? nlohmann::json(fmt::format("{}/{}", o.shard->index, o.shard->count)) : nlohmann::json()},
      {"problems", columns},
      {"students", result.students},
      {"graded", result.graded},
      {"reused", result.reused},
      {"resumed", result.resumed},
      {"not_graded", result.not_graded},
      {"pending", result.pending},
      {"errors", result.errors},
      {"stopped", result.stopped},
      {"jobs", n},
      {"seconds", result.seconds},
      {"peak_rss_kb", {{"grader", self.ru_maxrss}, {"largest_child", children.ru_maxrss}}}};
  write_class_files(o.out, o.spec.assignment, result.records, problems, batch);
  fs::remove_all(work);
  return result;
}

}  // namespace gdlab::batch
