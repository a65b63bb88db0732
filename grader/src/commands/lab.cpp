#include "commands/lab.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <fstream>
#include <ostream>

#include "catalog/named_call.hpp"

namespace gdlab::commands {

int lab(const LabArgs& args, std::ostream& out, std::ostream& err) {
  feedback::Lab result;
  try {
    result = feedback::run_lab(args.setup);
  } catch (const std::invalid_argument& e) {  // BadName and the optimisers' check()s
    fmt::print(err, "gdlab lab: {}\n", e.what());
    return 2;
  }
  for (const auto& run : result.runs) fmt::print(out, "{}\n", feedback::summary_line(run));
  std::ofstream file(args.out, std::ios::binary | std::ios::trunc);
  feedback::write_lab_html(result, file);
  if (!file.flush()) {
    fmt::print(err, "gdlab lab: cannot write {}\n", args.out);
    return 2;
  }
  fmt::print(out, "wrote {}\n", args.out);
  return 0;
}

void add_lab_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<LabArgs>();
  auto& s = args->setup;
  auto* cmd = app.add_subcommand("lab", "Run one optimiser at several learning rates and draw the runs (HTML/SVG)");
  cmd->add_option("--objective,-f", s.objective, "any objective of `gdlab run`")->capture_default_str();
  cmd->add_option("--optimizer,-o", s.optimizer, "any optimiser of `gdlab run`")->capture_default_str();
  cmd->add_option("--schedule", s.schedule, "constant, step(factor,every), cosine(total,min), warmup(steps)")
      ->capture_default_str();
  cmd->add_option("--lr", s.rates, "learning rates, comma separated (default: Figure 6.3's)")
      ->delimiter(',')
      ->capture_default_str();
  cmd->add_option("--x0", s.x0, "start, comma separated (default: the objective's; the valley's is (3.5, 1.1))")
      ->delimiter(',');
  cmd->add_option("--steps", s.steps, "steps per run (Figure 6.3: 80)")->capture_default_str();
  cmd->add_option("--out", args->out, "the page to write")->capture_default_str();
  cmd->callback([args, &exit_code] { exit_code = lab(*args, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
