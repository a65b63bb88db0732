// `gdlab lab`: the drawing sibling of `gdlab run`. Several learning rates from one start,
// each run's regime in words on stdout, and a page with the paths and the losses; with
// --serve, the chapter's three figures live, driven by the student's own exercises.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "feedback/lab.hpp"

namespace CLI {
class App;
}

namespace gdlab::commands {

struct LabArgs {
  feedback::LabSetup setup;  // defaults: Figure 6.3
  std::string out = "lab.html";
  bool serve = false;
  std::string host = "127.0.0.1";  // never beyond this machine unless asked
  int port = 8765;                 // 0: any free port (printed)
  std::string submission;          // the folder holding exercises/ (default: this repository)
  std::string spec;                // default: grader/specs/gradient_descent.yaml
};

// Exit code: 0 drawn, 2 bad arguments or an unwritable --out (one line on err saying which).
int lab(const LabArgs& args, std::ostream& out, std::ostream& err);

// Serves until SIGINT or SIGTERM; 0 then, 2 for a bad spec or a port it cannot bind.
int lab_serve(const LabArgs& args, std::ostream& out, std::ostream& err);

void add_lab_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
