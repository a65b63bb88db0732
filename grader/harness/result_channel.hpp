// The result channel's wire format, written by the harness (harness/protocol.cpp) and read by
// the grader (src/grading/frame.cpp, src/grading/grade.cpp): defined here once for both. Plain
// constants, so the harness links no grader code.
#pragma once

namespace gdlab::result_channel {

inline constexpr int fd = 3;  // the descriptor the harness writes its one frame to

// A frame: frame_head, the payload's length in bytes, '\n', the payload, frame_tail.
inline constexpr char frame_head[] = "GDLAB-RESULT 1 ";
inline constexpr char frame_tail[] = "\nGDLAB-END\n";

// The harness's exit code when the submission closed the channel under it.
inline constexpr int closed_exit_code = 71;

}  // namespace gdlab::result_channel
