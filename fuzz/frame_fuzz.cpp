// The result channel as a student's program could write it. Contract: parse_frame never throws
// and gives only JSON objects, an error's fields being text; outcome_from_json throws nothing
// but std::exceptions (grade.cpp makes those protocol errors); called_twice, which compares the
// two calls' results, throws nothing. Anything else aborts the fuzzer.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <variant>

#include "frame_input.hpp"
#include "grading/frame.hpp"
#include "grading/outcome.hpp"
#include "grading/repeat.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (const auto& channel : gdlab::fuzz::frame_channels(input)) {
    const auto frame = gdlab::grading::parse_frame(channel);
    const auto* payload = std::get_if<nlohmann::json>(&frame);
    if (!payload) continue;
    if (!payload->is_object()) __builtin_trap();
    if (payload->contains("error") && !(payload->at("error").is_string() && payload->at("message").is_string()))
      __builtin_trap();  // grade.cpp reads both as text
    if (!payload->contains("ok")) continue;
    const bool again_error = payload->contains("again_error") && payload->at("again_error").is_string();
    if (!payload->contains("again") && !again_error) __builtin_trap();  // the second call's result, or what it threw
    (void)gdlab::grading::called_twice(*payload);  // noexcept in practice: a throw aborts the fuzzer
    try {
      (void)gdlab::grading::outcome_from_json(payload->at("ok"));
    } catch (const std::exception&) {  // a protocol error, as documented
    }
  }
  return 0;
}
