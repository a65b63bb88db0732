// How a frame fuzz input becomes result channels, shared by frame_fuzz and the regression test.
// The input is tried as the whole channel and, so that mutations of the JSON are not all lost
// to a wrong length field, also as the body of a frame whose header has the right length.
#pragma once

#include <string>
#include <vector>

namespace gdlab::fuzz {

inline std::vector<std::string> frame_channels(const std::string& input) {
  return {input, "GDLAB-RESULT 1 " + std::to_string(input.size()) + "\n" + input + "\nGDLAB-END\n"};
}

}  // namespace gdlab::fuzz
