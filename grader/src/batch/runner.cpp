#include "batch/runner.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <thread>

#include "batch/class_page.hpp"
#include "batch/git_clone.hpp"
#include "batch/gradebook.hpp"
#include "batch/intake.hpp"
#include "batch/progress.hpp"
#include "batch/report_json.hpp"
#include "batch/stale_folders.hpp"
#include "batch/store.hpp"
#include "batch/student_files.hpp"
#include "batch/variants.hpp"
#include "build/hash.hpp"
#include "submission/grade.hpp"
#include "text/file.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::batch {
namespace fs = std::filesystem;
namespace {

std::atomic<bool> stopping{false};
static_assert(std::atomic<bool>::is_always_lock_free, "request_stop must be async-signal-safe");

constexpr auto none = static_cast<std::size_t>(-1);

// One writer per output folder: a second `gdlab grade` on the same DIR stops at once. The file
// says what holds it ("gdlab grade --shard 1/3"): a merge names the shard of a folder that has
// no batch.json yet.
class DirLock {
 public:
  DirLock(const fs::path& file, const std::string& holder)
      : fd_(::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
    if (fd_ < 0) throw std::runtime_error(fmt::format("cannot create {}: {}", file.string(), std::strerror(errno)));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0)
      throw BadRequest(fmt::format("another gdlab grade is writing to {}: wait for it, or use another --out",
                                   file.parent_path().string()));
    const std::string line = holder + "\n";
    if (::ftruncate(fd_, 0) != 0 || ::write(fd_, line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
    }  // only a note: the lock is what counts
  }
  ~DirLock() { ::close(fd_); }  // the lock goes with the descriptor, also when the process is killed

 private:
  int fd_;
};

// One problem's file, graded once for every student who handed in the same bytes.
struct Task {
  std::string key;                         // "<problem>:<hash>" ("...:missing"; "...@<id>" when it varies)
  std::size_t problem = 0;                 // in spec.problems
  std::optional<std::string> bytes;        // nothing: the student has no such file
  std::shared_ptr<const spec::Spec> spec;  // the spec it is graded with (a student's variant)
  std::optional<grading::ProblemResult> result = {};
  std::vector<std::string> layers = {};  // the isolation grade() reported for it
  std::size_t owner = none;              // the student who grades it in this run
  std::string reused_from = {};          // or the done student whose result it is
};

// A student to grade: done when every one of their problems' tasks is.
struct Student {
  std::size_t entry = 0;
  Taken taken;
  std::string key;
  std::vector<std::size_t> tasks = {};  // one per problem, in spec order
  std::size_t remaining = 0;
};

std::string short_error(const std::string& what) {
  return what.find("cannot") != std::string::npos && what.find("write") != std::string::npos ? "write_failed"
                                                                                             : "grader_failed";
}

std::string line_for(const StudentRecord& r) {
  return fmt::format("{}: {}/{} {}{}", r.id, text::points(r.total()), text::points(r.max_score()), r.status_text(),
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
    std::string key = fmt::format("{}:{}", p.id, bytes ? fmt::format("{:016x}", build::fnv1a(*bytes)) : "missing");
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
          {"rule",
           "each git clone is graded at the last commit of HEAD's history whose committer date is at or "
           "before the deadline; none: late"}};
}

}  // namespace

void request_stop() { stopping.store(true); }

bool being_graded(const fs::path& out) {
  const int fd = ::open((out / ".lock").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // never graded here, or not readable: nothing holds it
  const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return held;
}

std::optional<Shard> shard_in_lock(const fs::path& out) {
  const std::string text = text::read_file(out / ".lock").value_or("");
  const auto at = text.find("--shard ");
  if (at == std::string::npos) return std::nullopt;
  std::string ignored;
  return parse_shard(text.substr(at + 8, text.find_first_of(" \n", at + 8) - (at + 8)), ignored);
}
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
                       const std::vector<ProblemScore>& problems, const nlohmann::json& batch, const LmsOptions& lms,
                       const std::vector<std::string>& stale) {
  double max = 0;
  for (const auto& p : problems) max += p.max_score;
  const auto lms_files = lms_output(lms, assignment, records, max);
  for (const auto& [name, bytes] : lms_files.files) write_atomic(out / name, bytes);
  write_atomic(out / "gradebook.csv", gradebook_csv(records, problems));
  write_atomic(out / "summary.md", summary_md(assignment, records, problems) + lms_files.summary + stale_md(stale));
  write_atomic(out / "summary.html", summary_html(assignment, records, problems));
  write_atomic(out / "batch.json", batch.dump(2) + "\n");
}

IdOf classroom_ids(const LmsOptions& lms) {
  for (const auto& r : lms.rosters)
    if (r.kind == RosterKind::classroom) return [&r](const std::string& name) { return classroom_id(r, name); };
  return {};
}

namespace {

// The entries of this run: this shard's, with every --only id found among them.
std::vector<Entry> select_entries(const BatchOptions& o) {
  auto entries = list_entries(o.submissions, o.out, classroom_ids(o.lms));
  if (o.shard) std::erase_if(entries, [&](const Entry& e) { return !o.shard->contains(e.id); });
  for (const auto& id : o.only)
    if (std::none_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; }))
      throw BadRequest(
          fmt::format("--only {}: no such student in {}{} (an id is the entry's name without "
                      ".zip/.tar.gz/.tgz/.tar)",
                      id, o.submissions.string(), o.shard ? " for this shard" : ""));
  return entries;
}

// A problem that grade() itself failed on: every test scores 0 and says why.
grading::ProblemResult grader_failed(const spec::Problem& problem, const std::string& what) {
  grading::ProblemResult got{
      .id = problem.id, .title = problem.title, .source = problem.source, .diagnostics = "the grader failed: " + what};
  for (const auto& t : problem.tests) {
    grading::TestResult r;
    r.problem = problem.id;
    r.name = t.name;
    r.max_score = t.points;
    r.verdict = grading::Verdict::runtime_error;
    r.message = "not run: the grader failed on this problem";
    got.tests.push_back(std::move(r));
  }
  return got;
}

// One `gdlab grade`, in the steps run_batch() takes: intake, owners, the done, the work, the
// rows. Each step leaves in here what the next one needs.
class BatchRun {
 public:
  BatchRun(const BatchOptions& o, fs::path work, std::ostream& progress_out, bool terminal)
      : o_(o),
        work_(std::move(work)),
        entries_(select_entries(o)),
        problems_(columns_of(o.spec)),
        any_variant_(has_variants(o.spec)),
        shared_spec_(std::make_shared<const spec::Spec>(o.spec)),
        records_(entries_.size()),
        progress_(progress_out, entries_.size(), terminal) {}

  const std::vector<ProblemScore>& problems() const { return problems_; }

  // Intake: every entry is a row; the done ones lend their problem results to the others.
  void intake() {
    for (std::size_t i = 0; i < entries_.size(); ++i) take_in(i);
  }

  // Who grades what: a task's first student (in id order) that needs it, unless it was done before.
  void assign_owners() {
    for (std::size_t s = 0; s < students_.size(); ++s)
      for (const auto t : students_[s].tasks) {
        Task& task = tasks_.all[t];
        if (!task.result && task.owner == none) {
          task.owner = s;
          queue_.push_back(t);
        }
      }
    for (auto& s : students_)
      s.remaining = static_cast<std::size_t>(
          std::count_if(s.tasks.begin(), s.tasks.end(), [&](std::size_t t) { return !tasks_.all[t].result; }));
  }

  // Students whose problems were all done before need no grading at all.
  void finish_the_done() {
    for (auto& s : students_)
      if (s.remaining == 0) finish_student(s);
  }

  // The work: the queue on `jobs` threads (no more than there are tasks). Returns how many ran.
  std::size_t grade_queue() {
    std::vector<std::thread> threads;
    const auto n = std::min<std::size_t>(std::max(1u, o_.jobs), std::max<std::size_t>(queue_.size(), 1));
    for (std::size_t t = 0; t < n; ++t) threads.emplace_back([this] { work(); });
    for (auto& t : threads) t.join();
    progress_.finish();
    return n;
  }

  // Every row in entry order (who a stopped run never reached: pending), every list sorted.
  BatchResult collect() {
    result_.stopped = stop_requested();
    for (std::size_t i = 0; i < records_.size(); ++i) {
      if (!records_[i]) {  // stopped before its turn
        records_[i] =
            record_without_grading(entries_[i].id, Status::pending,
                                   "not graded yet: the batch was stopped; run it again to resume", problems_);
        result_.pending.push_back(entries_[i].id);
      }
      result_.records.push_back(std::move(*records_[i]));
    }
    for (auto* list :
         {&result_.graded, &result_.reused, &result_.resumed, &result_.not_graded, &result_.pending, &result_.errors})
      std::sort(list->begin(), list->end());
    return std::move(result_);
  }

  // batch.json: who went where, what was graded, and what it cost.
  nlohmann::json summary(const BatchResult& result, std::size_t jobs) const {
    rusage self{}, children{};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);  // the largest compiler or test program waited for
    nlohmann::json columns = nlohmann::json::array();
    for (const auto& p : problems_) columns.push_back({{"id", p.id}, {"max_score", p.max_score}});
    return {
        {"assignment", o_.spec.assignment},
        {"shard", o_.shard ? nlohmann::json(fmt::format("{}/{}", o_.shard->index, o_.shard->count)) : nlohmann::json()},
        {"deadline", deadline_json(o_)},
        {"problems", columns},
        {"students", result.students},
        {"graded", result.graded},
        {"reused", result.reused},
        {"resumed", result.resumed},
        {"not_graded", result.not_graded},
        {"pending", result.pending},
        {"errors", result.errors},
        {"stopped", result.stopped},
        {"graded_files", graded_tasks_},
        {"jobs", jobs},
        {"seconds", result.seconds},
        {"peak_rss_kb", {{"grader", self.ru_maxrss}, {"largest_child", children.ru_maxrss}}}};
  }

 private:
  fs::path dir_of(const Entry& e) const { return o_.out / "students" / e.id; }

  // Entry i: kept, refused, resumed from a run before, or a student with tasks to grade.
  void take_in(std::size_t i) {
    const Entry& e = entries_[i];
    result_.students.push_back(e.id);
    if (!o_.only.empty() && !contains(o_.only, e.id)) return keep_unselected(i);
    if (e.status != Status::ok) return reject(i, e.status, e.detail);
    Taken taken = take_files(e, o_.spec, o_.limits, o_.deadline);
    if (taken.status != Status::ok) return reject(i, taken.status, taken.detail);
    const std::string key = content_key(taken, o_.spec_text, any_variant_ ? e.id : "");
    const auto student_spec =
        any_variant_ ? std::make_shared<const spec::Spec>(for_student(o_.spec, e.id)) : shared_spec_;
    auto done = o_.force || !o_.only.empty() ? std::nullopt : read_record(dir_of(e));
    if (done && done->content_key == key && done->notes == taken.notes && same_commit_note(*done, taken))
      return resume(i, taken, student_spec, std::move(*done));
    Student s{.entry = i, .taken = std::move(taken), .key = key};
    for (std::size_t p = 0; p < o_.spec.problems.size(); ++p)
      s.tasks.push_back(tasks_.find_or_add(o_.spec, p, s.taken, e.id, student_spec));
    students_.push_back(std::move(s));
  }

  // What the feedback says of the commit is what it would say now (a later commit since, another
  // deadline: written again).
  bool same_commit_note(const StudentRecord& done, const Taken& taken) const {
    return done.commit == taken.commit && done.commit_subject == taken.commit_subject &&
           done.later_commits == taken.later_commits && done.deadline == deadline_of(taken);
  }

  std::string deadline_of(const Taken& taken) const {
    return taken.commit.empty() || !o_.deadline ? "" : utc_text(*o_.deadline);
  }

  // Not in --only: the row it had, else pending.
  void keep_unselected(std::size_t i) {
    const Entry& e = entries_[i];
    auto kept = read_record(dir_of(e));
    if (!kept) {
      kept = record_without_grading(e.id, Status::pending, "not graded yet: run gdlab grade without --only", problems_);
      result_.pending.push_back(e.id);
    }
    records_[i] = std::move(*kept);
    progress_.done(line_for(*records_[i]) + " (kept: not in --only)", false, false);
  }

  void reject(std::size_t i, Status status, const std::string& detail) {
    const Entry& e = entries_[i];
    records_[i] = record_without_grading(e.id, status, detail, problems_);
    write_not_graded(dir_of(e), *records_[i], o_.spec.assignment);
    result_.not_graded.push_back(e.id);
    progress_.done(line_for(*records_[i]) + ": " + records_[i]->detail, true, false);
  }

  // Done before: its problem results serve every other student with the same files.
  void resume(std::size_t i, const Taken& taken, const std::shared_ptr<const spec::Spec>& student_spec,
              StudentRecord done) {
    const Entry& e = entries_[i];
    if (const auto text = read_report(dir_of(e))) {
      try {
        const auto report = report_from_json(nlohmann::json::parse(*text));
        for (std::size_t p = 0; p < o_.spec.problems.size() && p < report.problems.size(); ++p) {
          Task& t = tasks_.all[tasks_.find_or_add(o_.spec, p, taken, e.id, student_spec)];
          if (!t.result && report.problems[p].id == o_.spec.problems[p].id) {
            t.result = report.problems[p];
            t.layers = report.layers;
            t.reused_from = e.id;
          }
        }
      } catch (const std::exception&) {  // an unreadable report only means nothing to lend
      }
    }
    records_[i] = std::move(done);
    result_.resumed.push_back(e.id);
    progress_.done(line_for(*records_[i]) + " (done before)", records_[i]->status != Status::ok, false);
  }

  // A worker: takes the queue's next task until none is left or a stop is asked for.
  void work() {
    for (std::size_t q; !stop_requested() && (q = next_++) < queue_.size();) {
      Task& task = tasks_.all[queue_[q]];
      std::vector<std::string> layers;
      grading::ProblemResult got = grade_task(task, queue_[q], layers);
      // A stop that came while it ran may have reached its compiler or program too (Slurm and
      // systemd signal every process of a job, not gdlab alone): the result may be the signal's,
      // so it is not kept, and its students are pending with the others.
      if (stop_requested()) return;
      {
        std::lock_guard guard(mutex_);
        task.result = as_stored(std::move(got));  // what is written: a class's results stay small in memory
        task.layers = std::move(layers);
        graded_tasks_.insert(task.key);
      }
      release(queue_[q]);
    }
  }

  // One task graded in a private folder of its own, removed afterwards.
  grading::ProblemResult grade_task(const Task& task, std::size_t number, std::vector<std::string>& layers) const {
    const auto& problem = task.spec->problems[task.problem];
    const fs::path folder = work_ / fmt::format("task-{}", number);
    grading::ProblemResult got;
    try {
      fs::create_directories((folder / problem.source).parent_path());
      if (task.bytes) {  // a private copy: no fsync needed, but a failed write must not pass for a missing file
        std::ofstream file(folder / problem.source, std::ios::binary);
        if (!(file << *task.bytes).flush())
          throw std::runtime_error("cannot write " + (folder / problem.source).string());
      }
      auto report = submission::grade(*task.spec, folder, o_.toolchain, {.only_problem = problem.id});
      got = std::move(report.problems.at(0));
      layers = std::move(report.layers);
    } catch (const std::exception& x) {  // grade() itself failed: the problem says so, scores 0
      got = grader_failed(problem, x.what());
    }
    std::error_code ec;
    fs::remove_all(folder, ec);
    return got;
  }

  // A task's result is set: finish who waited only for it.
  void release(std::size_t t) {
    std::vector<Student*> ready;
    {
      std::lock_guard guard(mutex_);
      for (auto& s : students_)
        if (std::find(s.tasks.begin(), s.tasks.end(), t) != s.tasks.end() && --s.remaining == 0) ready.push_back(&s);
    }
    for (auto* s : ready) finish_student(*s);
  }

  // Called once per student, with every task done; not under the lock.
  void finish_student(Student& s) {
    const Entry& e = entries_[s.entry];
    bool own = false;
    StudentRecord record;
    try {
      record = graded_record(s, own);
    } catch (const std::exception& x) {
      record = record_without_grading(e.id, Status::error, text::printable(x.what()), problems_);
      record.error = short_error(x.what());
      try {
        write_not_graded(dir_of(e), record, o_.spec.assignment);
      } catch (const std::exception&) {  // the record in the gradebook still says what happened
      }
    }
    std::lock_guard guard(mutex_);
    (record.status == Status::error ? result_.errors : own ? result_.graded : result_.reused).push_back(e.id);
    progress_.done(line_for(record), record.status != Status::ok, own);
    records_[s.entry] = std::move(record);
  }

  // The student's report from their tasks' results, written to their folder; `own`: some task
  // was graded for this student (else every result was another's).
  StudentRecord graded_record(const Student& s, bool& own) const {
    const Entry& e = entries_[s.entry];
    grading::Report report;
    report.assignment = o_.spec.assignment;
    std::set<std::string> lenders;
    for (const auto t : s.tasks) {
      const Task& task = tasks_.all[t];
      report.problems.push_back(*task.result);
      report.seconds += std::accumulate(task.result->tests.begin(), task.result->tests.end(), 0.0,
                                        [](double x, const grading::TestResult& r) { return x + r.seconds; });
      if (task.owner == static_cast<std::size_t>(&s - students_.data())) own = true;
      else lenders.insert(task.owner != none ? entries_[students_[task.owner].entry].id : task.reused_from);
    }
    report.layers = tasks_.all[s.tasks.front()].layers;
    StudentRecord record = record_of(e.id, report, s.taken.missing);
    for (std::size_t p = 0; p < s.tasks.size(); ++p) record.problems[p].file = tasks_.all[s.tasks[p]].key;
    record.content_key = s.key;
    record.notes = s.taken.notes;
    record.commit = s.taken.commit;
    record.commit_date = s.taken.commit.empty() ? "" : utc_text(s.taken.commit_time);
    record.commit_subject = s.taken.commit_subject;
    record.deadline = deadline_of(s.taken);
    record.later_commits = s.taken.later_commits;
    record.graded_as = own ? "graded" : fmt::format("reused:{}", fmt::join(lenders, ","));
    write_graded(dir_of(e), record, report, record.notes);
    return record;
  }

  const BatchOptions& o_;
  const fs::path work_;  // private copies being graded
  const std::vector<Entry> entries_;
  const std::vector<ProblemScore> problems_;
  const bool any_variant_;
  const std::shared_ptr<const spec::Spec> shared_spec_;  // for every student when nothing varies

  BatchResult result_;
  std::vector<std::optional<StudentRecord>> records_;  // one per entry, set when its row is known
  std::vector<Student> students_;                      // the ones with tasks to wait for
  Tasks tasks_;
  std::vector<std::size_t> queue_;    // the tasks this run grades, in owner order
  std::atomic<std::size_t> next_{0};  // the queue's next task for a worker
  std::mutex mutex_;                  // over tasks' results, students' counts, result_
  std::set<std::string> graded_tasks_;
  Progress progress_;
};

}  // namespace

BatchResult run_batch(const BatchOptions& o, std::ostream& progress_out, bool terminal) {
  const auto start = std::chrono::steady_clock::now();
  const fs::path work = o.out / ".work";  // private copies being graded; a killed run's are stale
  std::optional<DirLock> lock;
  try {  // before anything is graded: a folder that cannot be written is the instructor's to fix
    make_durable_dir(o.out / "students");
    lock.emplace(o.out / ".lock",
                 o.shard ? fmt::format("gdlab grade --shard {}/{}", o.shard->index, o.shard->count) : "gdlab grade");
    fs::remove_all(work);
    fs::create_directories(work);
  } catch (const BadRequest&) {
    throw;
  } catch (const std::exception& e) {
    throw BadRequest(
        fmt::format("cannot write to --out {} ({}): give --out a folder you can write to", o.out.string(), e.what()));
  }

  BatchRun batch(o, work, progress_out, terminal);
  batch.intake();
  batch.assign_owners();
  batch.finish_the_done();
  const std::size_t jobs = batch.grade_queue();
  BatchResult result = batch.collect();
  result.stale = stale_folders(o.out / "students", result.students);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  auto summary = batch.summary(result, jobs);
  summary["stale_folders"] = result.stale;
  write_class_files(o.out, o.spec.assignment, result.records, batch.problems(), summary, o.lms, result.stale);
  fs::remove_all(work);
  return result;
}

}  // namespace gdlab::batch
