#include <gtest/gtest.h>

#include "grading/frame.hpp"

namespace gdlab::grading {
namespace {

std::string frame(const std::string& body) {
  return "GDLAB-RESULT 1 " + std::to_string(body.size()) + "\n" + body + "\nGDLAB-END\n";
}

TEST(Frame, AcceptsEachOfTheHarnessAnswers) {
  for (const char* body :
       {R"({"ok":{"path":[[1]]},"again":{"path":[[1]]}})", R"({"ok":{"path":[[1]]},"again_error":"boom"})",
        R"({"not_implemented":"gd_1d"})", R"({"error":"exception","message":"boom"})"})
    EXPECT_TRUE(std::holds_alternative<nlohmann::json>(parse_frame(frame(body)))) << body;
}

TEST(Frame, RejectsEverythingElseAsAProtocolError) {
  const std::string good = frame(R"({"ok":{},"again":{}})");
  for (const std::string& channel :
       {std::string(), std::string("PASS\n"), good + good, good.substr(0, good.size() - 3), "x" + good,
        std::string("GDLAB-RESULT 1 999999\n{}\nGDLAB-END\n"), std::string("GDLAB-RESULT 1 abc\n{}\nGDLAB-END\n"),
        frame("not json"), frame("[1,2]"), frame(R"({"ok":{},"again":{},"extra":1})"), frame(R"({"error":"x"})"),
        frame(R"({"ok":{}})"), frame(R"({"ok":{},"again_error":3})"), frame(R"({"again":{}})")}) {
    const auto parsed = parse_frame(channel);
    ASSERT_TRUE(std::holds_alternative<FrameError>(parsed)) << channel;
    EXPECT_FALSE(std::get<FrameError>(parsed).message.empty());
  }
}

}  // namespace
}  // namespace gdlab::grading
