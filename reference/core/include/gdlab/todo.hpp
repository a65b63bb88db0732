// How an unfinished exercise says so: gdlab::todo("gd_1d") instead of a made-up answer.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace gdlab {

// Thrown by todo(); the grader reports the exercise as "not implemented", not as wrong.
class NotImplemented : public std::logic_error {
 public:
  explicit NotImplemented(std::string_view exercise);
  const std::string& exercise() const { return exercise_; }

 private:
  std::string exercise_;
};

[[noreturn]] void todo(std::string_view exercise);

}  // namespace gdlab
