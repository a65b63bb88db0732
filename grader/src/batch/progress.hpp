// Where a batch is: on a terminal one bar redrawn in place (done/total, rate, ETA, failures so
// far), otherwise (a log, CI, a scheduler) one plain line per student. Safe from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <iosfwd>
#include <mutex>
#include <string>
#include <thread>

namespace gdlab::batch {

class Progress {
 public:
  Progress(std::ostream& out, std::size_t total, bool terminal);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // `line` is the student's result, e.g. "alice: 17/20 ok"; `failed` when its status is not ok;
  // `graded_now` when it took grading (the rate and ETA count only those).
  void done(const std::string& line, bool failed, bool graded_now);
  void finish();  // clears the bar

 private:
  void draw_locked();

  std::ostream& out_;
  std::size_t total_, done_ = 0, timed_ = 0, failures_ = 0;
  bool terminal_, finished_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread ticker_;  // on a terminal: redraws every second, so the ETA moves between results
};

}  // namespace gdlab::batch
