#include "grading/frame.hpp"

#include <charconv>

#include "result_channel.hpp"

namespace gdlab::grading {

std::variant<nlohmann::json, FrameError> parse_frame(const std::string& channel) {
  static const std::string head = result_channel::frame_head, tail = result_channel::frame_tail;
  if (channel.empty()) return FrameError{"no result was sent"};
  if (channel.compare(0, head.size(), head) != 0) return FrameError{"the result does not start with a frame header"};
  const auto newline = channel.find('\n', head.size());
  if (newline == std::string::npos || newline - head.size() > 12) return FrameError{"the frame header is cut off"};
  std::size_t length = 0;
  const char* first = channel.data() + head.size();
  const char* last = channel.data() + newline;
  const auto [ptr, ec] = std::from_chars(first, last, length);
  if (ec != std::errc() || ptr != last) return FrameError{"the frame length is not a number"};
  const std::size_t body = newline + 1;
  if (channel.size() < body + length + tail.size()) return FrameError{"the frame is shorter than it says"};
  if (channel.compare(body + length, tail.size(), tail) != 0) return FrameError{"the frame does not end where it says"};
  if (channel.size() != body + length + tail.size())
    return FrameError{"more than one result was sent (something else wrote to the result channel)"};
  auto payload = nlohmann::json::parse(channel.substr(body, length), nullptr, false);
  if (payload.is_discarded() || !payload.is_object()) return FrameError{"the result is not a valid result object"};
  // One of the harness's three answers, and nothing else.
  // grade.cpp reads the error and its message as text: a number there threw out of the whole
  // grading (`gdlab check` stopped with an internal error) instead of being a protocol error.
  const auto text = [&](const char* key) { return payload.contains(key) && payload[key].is_string(); };
  const bool ok = payload.size() == 2 && payload.contains("ok") && (payload.contains("again") || text("again_error"));
  const bool todo = payload.size() == 1 && payload.contains("not_implemented");
  const bool error = payload.size() == 2 && text("error") && text("message");
  if (!ok && !todo && !error) return FrameError{"the result is not a valid result object"};
  return payload;
}

}  // namespace gdlab::grading
