// `gdlab run`: any reference optimiser on any reference objective, the path printed.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace gdlab::commands {

struct RunArgs {
  std::string objective = "valley";
  std::string optimizer = "gd";
  std::string schedule = "constant";
  double lr = 0.05;
  int steps = 100;
  double tol = 0;
  std::vector<double> x0;          // empty: the objective's default start
  std::optional<long> batch_size;  // set: stochastic (SGD / mini-batch) over the examples
  int epochs = 10;
  unsigned seed = 0;
  std::string format = "text";  // text | csv | json
  int every = 0;                // text: print every N steps (0: about ten lines)
};

// Exit code: 0 ran (whatever the status), 2 bad arguments (one line on err naming the argument).
int run(const RunArgs& args, std::ostream& out, std::ostream& err);

void add_run_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
