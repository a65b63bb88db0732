// `gdlab lab`: the drawing sibling of `gdlab run`. Several learning rates from one start,
// each run's regime in words on stdout, and a page with the paths and the losses.
#pragma once

#include <iosfwd>
#include <string>

#include "feedback/lab.hpp"

namespace CLI { class App; }

namespace gdlab::commands {

struct LabArgs {
  feedback::LabSetup setup;  // defaults: Figure 6.3
  std::string out = "lab.html";
};

// Exit code: 0 drawn, 2 bad arguments or an unwritable --out (one line on err saying which).
int lab(const LabArgs& args, std::ostream& out, std::ostream& err);

void add_lab_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
