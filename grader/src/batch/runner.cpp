#include "batch/runner.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <set>
#include <thread>

#include "batch/git_clone.hpp"
#include "batch/gradebook.hpp"
#include "batch/hash.hpp"
#include "batch/intake.hpp"
#include "batch/progress.hpp"
#include "batch/report_json.hpp"
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

constexpr auto none = static_cast<std::size_t>(-1);

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

// One problem's file, graded once for every student who handed in the same bytes.
struct Task {
  std::string key;                           // "<problem>:<hash>" ("...:missing"; "...@<id>" when it varies)
  std::size_t problem = 0;                   // in spec.problems
  std::optional<std::string> bytes;          // nothing: the student has no such file
  std::shared_ptr<const spec::Spec> spec;    // the spec it is graded with (a student's variant)
  std::optional<grading::ProblemResult> result = {};
  std::vector<std::string> layers = {};      // the isolation grade() reported for it
  std::size_t owner = none;                  // the student who grades it in this run
  std::string reused_from = {};              // or the done student whose result it is
};

// A student to grade: done when every one of their problems' tasks is.
struct Student {
  std::size_t entry = 0;
  Taken taken;
  std::string key;
  std::vector<std::size_t> tasks = {};       // one per problem, in spec order
  std::size_t remaining = 0;
};

std::string short_error(const std::string& what) {
  return what.find("cannot") != std::string::npos && what.find("write") != std::string::npos ? "write_failed"
                                                                                              : "grader_failed";
}

std::string line_for(const StudentRecord& r) {
  return fmt::format("{}: {}/{} {}{}", r.id, report::points(r.total()), report::points(r.max_score()), r.status_text(),
                     r.graded_as.starts_with("reused:") ? " (" + r.graded_as + ")" : "");
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool varies(const spec::Problem& p) {
  return std::any_of(p.tests.begin(), p.tests.end(), [](const spec::Test& t) { return !t.vary.empty(); });
}

// The tasks of the whole batch, found by key (bytes compared: a hash collision is a new task).
class Tasks {
 public:
  std::vector<Task> all;

  std::size_t find_or_add(const spec::Spec& spec, std::size_t problem, const Taken& taken, const std::string& id,
                          const std::shared_ptr<const spec::Spec>& student_spec) {
    const auto& p = spec.problems[problem];
    const auto file = taken.files.find(p.source);
    std::optional<std::string> bytes;
    if (file != taken.files.end()) bytes = file->second;
    std::string key = fmt::format("{}:{}", p.id, bytes ? fmt::format("{:016x}", fnv1a(*bytes)) : "missing");
    if (varies(p)) key += "@" + id;
    for (std::size_t n = 1;; ++n) {
      const auto it = by_key_.find(key);
      if (it == by_key_.end()) break;
      if (all[it->second].bytes == bytes) return it->second;
      key = fmt::format("{}#{}", key.substr(0, key.find('#')), n);
    }
    by_key_[key] = all.size();
    all.push_back({.key = key, .problem = problem, .bytes = std::move(bytes), .spec = student_spec});
    return all.size() - 1;
  }

 private:
  std::map<std::string, std::size_t> by_key_;
};

// What batch.json says of the deadline: the instructor's text, the instant in UTC, and the rule.
nlohmann::json deadline_json(const BatchOptions& o) {
  if (!o.deadline) return {{"rule", "each git clone is graded at its checked-out commit (HEAD)"}};
  return {{"given", o.deadline_text},
          {"utc", utc_text(*o.deadline)},
          {"rule", "each git clone is graded at the last commit of HEAD's history whose committer date is at or "
                   "before the deadline; none: late"}};
}

}  // namespace

void request_stop() { stopping.store(true); }
bool stop_requested() { return stopping.load(); }

std::vector<ProblemScore> columns_of(const spec::Spec& spec) {
  std::vector<ProblemScore> out;
  for (const auto& p : spec.problems) {
    double max = 0;
    for (const auto& t : p.tests) max += t.points;
    out.push_back({.id = p.id, .max_score = max});
  }
  return out;
}

void write_class_files(const fs::path& out, const std::string& assignment, const std::vector<StudentRecord>& records,
                       const std::vector<ProblemScore>& problems, const nlohmann::json& batch, const LmsOptions& lms) {
  double max = 0;
  for (const auto& p : problems) max += p.max_score;
  const auto lms_files = lms_output(lms, assignment, records, max);
  for (const auto& [name, bytes] : lms_files.files) write_atomic(out / name, bytes);
  write_atomic(out / "gradebook.csv", gradebook_csv(records, problems));
  write_atomic(out / "summary.md", summary_md(assignment, records, problems) + lms_files.summary);
  write_atomic(out / "batch.json", batch.dump(2) + "\n");
}

IdOf classroom_ids(const LmsOptions& lms) {
  for (const auto& r : lms.rosters)
    if (r.kind == RosterKind::classroom) return [&r](const std::string& name) { return classroom_id(r, name); };
  return {};
}

BatchResult run_batch(const BatchOptions& o, std::ostream& progress_out, bool terminal) {
  const auto start = std::chrono::steady_clock::now();
  make_durable_dir(o.out / "students");
  DirLock lock(o.out / ".lock");
  const fs::path work = o.out / ".work";  // private copies being graded; a killed run's are stale
  fs::remove_all(work);
  fs::create_directories(work);

  auto entries = list_entries(o.submissions, o.out, classroom_ids(o.lms));
  if (o.shard) std::erase_if(entries, [&](const Entry& e) { return !o.shard->contains(e.id); });
  for (const auto& id : o.only)
    if (std::none_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; }))
      throw BadRequest(fmt::format("--only {}: no such student in {}{} (an id is the entry's name without "
                                   ".zip/.tar.gz/.tgz/.tar)",
                                   id, o.submissions.string(), o.shard ? " for this shard" : ""));
  const auto problems = columns_of(o.spec);
  const bool any_variant = has_variants(o.spec);
  const auto shared_spec = std::make_shared<const spec::Spec>(o.spec);

  BatchResult result;
  std::vector<std::optional<StudentRecord>> records(entries.size());
  std::vector<Student> students;
  Tasks tasks;
  const auto dir_of = [&](const Entry& e) { return o.out / "students" / e.id; };
  Progress progress(progress_out, entries.size(), terminal);

  // Intake: every entry is a row; the done ones lend their problem results to the others.
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
    Taken taken = take_files(e, o.spec, o.limits, o.deadline);
    if (taken.status != Status::ok) {
      reject(taken.status, taken.detail);
      continue;
    }
    const std::string key = content_key(taken, o.spec_text, any_variant ? e.id : "");
    const auto student_spec = any_variant ? std::make_shared<const spec::Spec>(for_student(o.spec, e.id)) : shared_spec;
    auto done = o.force || !o.only.empty() ? std::nullopt : read_record(dir_of(e));
    if (done && done->content_key == key && done->notes == taken.notes && done->commit == taken.commit) {
      // Done before: its problem results serve every other student with the same files.
      if (const auto text = read_report(dir_of(e))) {
        try {
          const auto report = report_from_json(nlohmann::json::parse(*text));
          for (std::size_t p = 0; p < o.spec.problems.size() && p < report.problems.size(); ++p) {
            Task& t = tasks.all[tasks.find_or_add(o.spec, p, taken, e.id, student_spec)];
            if (!t.result && report.problems[p].id == o.spec.problems[p].id) {
              t.result = report.problems[p];
              t.layers = report.layers;
              t.reused_from = e.id;
            }
          }
        } catch (const std::exception&) {  // an unreadable report only means nothing to lend
        }
      }
      records[i] = std::move(*done);
      result.resumed.push_back(e.id);
      progress.done(line_for(*records[i]) + " (done before)", records[i]->status != Status::ok, false);
      continue;
    }
    Student s{.entry = i, .taken = std::move(taken), .key = key};
    for (std::size_t p = 0; p < o.spec.problems.size(); ++p)
      s.tasks.push_back(tasks.find_or_add(o.spec, p, s.taken, e.id, student_spec));
    students.push_back(std::move(s));
  }
  // Who grades what: a task's first student (in id order) that needs it, unless it was done before.
  std::vector<std::size_t> queue;
  for (std::size_t s = 0; s < students.size(); ++s)
    for (const auto t : students[s].tasks) {
      Task& task = tasks.all[t];
      if (!task.result && task.owner == none) {
        task.owner = s;
        queue.push_back(t);
      }
    }
  for (auto& s : students)
    s.remaining = static_cast<std::size_t>(
        std::count_if(s.tasks.begin(), s.tasks.end(), [&](std::size_t t) { return !tasks.all[t].result; }));

  std::mutex mutex;
  std::set<std::string> graded_tasks;
  const auto finish_student = [&](Student& s) {  // called once, with every task done; not under the lock
    const Entry& e = entries[s.entry];
    grading::Report report;
    report.assignment = o.spec.assignment;
    std::set<std::string> lenders;
    bool own = false;
    StudentRecord record;
    try {
      for (const auto t : s.tasks) {
        const Task& task = tasks.all[t];
        report.problems.push_back(*task.result);
        report.seconds += std::accumulate(task.result->tests.begin(), task.result->tests.end(), 0.0,
                                          [](double x, const grading::TestResult& r) { return x + r.seconds; });
        if (task.owner == static_cast<std::size_t>(&s - students.data())) own = true;
        else lenders.insert(task.owner != none ? entries[students[task.owner].entry].id : task.reused_from);
      }
      report.layers = tasks.all[s.tasks.front()].layers;
      record = record_of(e.id, report, s.taken.missing);
      for (std::size_t p = 0; p < s.tasks.size(); ++p) record.problems[p].file = tasks.all[s.tasks[p]].key;
      record.content_key = s.key;
      record.notes = s.taken.notes;
      record.commit = s.taken.commit;
      record.commit_date = s.taken.commit.empty() ? "" : utc_text(s.taken.commit_time);
      record.graded_as = own ? "graded" : fmt::format("reused:{}", fmt::join(lenders, ","));
      write_graded(dir_of(e), record, report, record.notes);
    } catch (const std::exception& x) {
      record = record_without_grading(e.id, Status::error, report::printable(x.what()), problems);
      record.error = short_error(x.what());
      try {
        write_not_graded(dir_of(e), record, o.spec.assignment);
      } catch (const std::exception&) {  // the record in the gradebook still says what happened
      }
    }
    std::lock_guard guard(mutex);
    (record.status == Status::error ? result.errors : own ? result.graded : result.reused).push_back(e.id);
    progress.done(line_for(record), record.status != Status::ok, own);
    records[s.entry] = std::move(record);
  };
  const auto release = [&](std::size_t t) {  // a task's result is set: finish who waited only for it
    std::vector<Student*> ready;
    {
      std::lock_guard guard(mutex);
      for (auto& s : students)
        if (std::find(s.tasks.begin(), s.tasks.end(), t) != s.tasks.end() && --s.remaining == 0) ready.push_back(&s);
    }
    for (auto* s : ready) finish_student(*s);
  };
  // Students whose problems were all done before need no grading at all.
  for (auto& s : students)
    if (s.remaining == 0) finish_student(s);

  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t q; !stop_requested() && (q = next++) < queue.size();) {
      Task& task = tasks.all[queue[q]];
      const auto& problem = task.spec->problems[task.problem];
      const fs::path folder = work / fmt::format("task-{}", queue[q]);
      grading::ProblemResult got;
      std::vector<std::string> layers;
      try {
        fs::create_directories((folder / problem.source).parent_path());
        if (task.bytes) {  // a private copy: no fsync needed, but a failed write must not pass for a missing file
          std::ofstream file(folder / problem.source, std::ios::binary);
          if (!(file << *task.bytes).flush()) throw std::runtime_error("cannot write " + (folder / problem.source).string());
        }
        auto report = grading::grade(*task.spec, folder, o.toolchain, {.only_problem = problem.id});
        got = std::move(report.problems.at(0));
        layers = std::move(report.layers);
      } catch (const std::exception& x) {  // grade() itself failed: the problem says so, scores 0
        got = {.id = problem.id, .title = problem.title, .source = problem.source,
               .diagnostics = std::string("the grader failed: ") + x.what()};
        for (const auto& t : problem.tests) {
          grading::TestResult r;
          r.problem = problem.id;
          r.name = t.name;
          r.max_score = t.points;
          r.verdict = grading::Verdict::runtime_error;
          r.message = "not run: the grader failed on this problem";
          got.tests.push_back(std::move(r));
        }
      }
      std::error_code ec;
      fs::remove_all(folder, ec);
      {
        std::lock_guard guard(mutex);
        task.result = as_stored(std::move(got));  // what is written: a class's results stay small in memory
        task.layers = std::move(layers);
        graded_tasks.insert(task.key);
      }
      release(queue[q]);
    }
  };
  std::vector<std::thread> threads;
  const auto n = std::min<std::size_t>(std::max(1u, o.jobs), std::max<std::size_t>(queue.size(), 1));
  for (std::size_t t = 0; t < n; ++t) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  progress.finish();

  result.stopped = stop_requested();
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!records[i]) {  // stopped before its turn
      records[i] = record_without_grading(entries[i].id, Status::pending,
                                          "not graded yet: the batch was stopped; run it again to resume", problems);
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
      {"deadline", deadline_json(o)},
      {"problems", columns},
      {"students", result.students},
      {"graded", result.graded},
      {"reused", result.reused},
      {"resumed", result.resumed},
      {"not_graded", result.not_graded},
      {"pending", result.pending},
      {"errors", result.errors},
      {"stopped", result.stopped},
      {"graded_files", graded_tasks},
      {"jobs", n},
      {"seconds", result.seconds},
      {"peak_rss_kb", {{"grader", self.ru_maxrss}, {"largest_child", children.ru_maxrss}}}};
  write_class_files(o.out, o.spec.assignment, result.records, problems, batch, o.lms);
  fs::remove_all(work);
  return result;
}

}  // namespace gdlab::batch
