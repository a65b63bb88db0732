#include "batch/progress.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace gdlab::batch {

namespace {

std::string clock(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                   : fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(std::ostream& out, std::size_t total, bool terminal)
    : out_(out), total_(total), terminal_(terminal) {
  if (!terminal_) return;
  ticker_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!finished_) {
      draw_locked();
      wake_.wait_for(lock, std::chrono::seconds(1));
    }
  });
}

Progress::~Progress() { finish(); }

void Progress::done(const std::string& line, bool failed, bool graded_now) {
  std::lock_guard lock(mutex_);
  ++done_;
  timed_ += graded_now;
  failures_ += failed;
  if (terminal_) return draw_locked();
  fmt::print(out_, "[{}/{}] {}\n", done_, total_, line);
  out_.flush();
}

void Progress::draw_locked() {
  if (finished_) return;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(timed_) / elapsed : 0;
  constexpr std::size_t width = 30;
  const std::size_t filled = total_ ? width * done_ / total_ : width;
  const std::string eta = rate > 0 ? clock(static_cast<double>(total_ - done_) / rate) : "?";
  fmt::print(out_, "\r\x1b[2K[{}{}] {}/{}  {:.2f}/s  ETA {}  failures {}", std::string(filled, '#'),
             std::string(width - filled, '.'), done_, total_, rate, eta, failures_);
  out_.flush();
}

void Progress::finish() {
  {
    std::lock_guard lock(mutex_);
    if (finished_) return;
    finished_ = true;
    if (terminal_) {
      out_ << "\r\x1b[2K";
      out_.flush();
    }
  }
  wake_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

}  // namespace gdlab::batch
