#include "commands/lab.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <ostream>
#include <thread>

#include "commands/exit_codes.hpp"
#include "catalog/named_call.hpp"
#include "gdlab_config.hpp"
#include "live/server.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"

namespace gdlab::commands {

int lab(const LabArgs& args, std::ostream& out, std::ostream& err) {
  feedback::Lab result;
  try {
    result = feedback::run_lab(args.setup);
  } catch (const std::invalid_argument& e) {  // BadName and the optimisers' check()s
    fmt::print(err, "gdlab lab: {}\n", e.what());
    return exit_bad_input;
  }
  for (const auto& run : result.runs) fmt::print(out, "{}\n", feedback::summary_line(run));
  std::ofstream file(args.out, std::ios::binary | std::ios::trunc);
  feedback::write_lab_html(result, file);
  if (!file.flush()) {
    fmt::print(err, "gdlab lab: cannot write {}\n", args.out);
    return exit_bad_input;
  }
  fmt::print(out, "wrote {}\n", args.out);
  return exit_ok;
}

namespace {

std::atomic<bool> stop_requested{false};
extern "C" void request_stop(int) { stop_requested = true; }

}  // namespace

int lab_serve(const LabArgs& args, std::ostream& out, std::ostream& err) {
  const std::string spec_path = args.spec.empty() ? GDLAB_DEFAULT_SPEC : args.spec;
  const auto loaded = spec::load_spec(spec_path);
  if (!loaded.spec) {
    for (const auto& e : loaded.errors) fmt::print(err, "{}\n", e.to_string());
    fmt::print(err, "gdlab lab: the spec has {} error(s)\n", loaded.errors.size());
    return exit_bad_input;
  }
  if (args.port < 0 || args.port > 65535) {
    fmt::print(err, "gdlab lab: --port must be in [0, 65535], got {}\n", args.port);
    return exit_bad_input;
  }
  const char* root = std::getenv("GDLAB_ROOT");
  const std::string submission = !args.submission.empty() ? args.submission
                                 : root && *root          ? root
                                                          : GDLAB_SOURCE_DIR_PATH;
  if (const auto why = submission::nothing_to_grade(submission, *loaded.spec); !why.empty()) {
    fmt::print(
        err, "gdlab lab: --submission {}: give the folder that holds exercises/ (your repository's top folder)\n", why);
    return exit_bad_input;
  }
  live::Routes routes({live::lab_problems(*loaded.spec), submission, build::Toolchain::installed()});
  live::Server server(routes, args.host);
  const int port = server.bind(args.port);
  if (port < 0) {
    fmt::print(err, "gdlab lab: cannot listen on {}:{} (in use? try --port 0 for any free port)\n", args.host,
               args.port);
    return exit_bad_input;
  }
  // A signal only sets a flag; a watcher stops the server, which lets the current run finish.
  stop_requested = false;
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  std::thread watcher([&server] {
    while (!stop_requested) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    server.stop();
  });
  const std::string shown = args.host.find(':') != std::string::npos ? "[" + args.host + "]" : args.host;
  fmt::print(out, "gdlab lab: serving http://{}:{}/ with the exercises of {} (Ctrl-C stops)\n", shown, port,
             submission);
  if (!live::is_loopback(args.host))
    fmt::print(out, "gdlab lab: listening beyond this machine ({}): anyone who reaches it can run these exercises\n",
               args.host);
  out.flush();
  server.listen();
  stop_requested = true;
  watcher.join();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  return exit_ok;
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
  cmd->add_option("--out,--html", args->out, "the static page to write")->capture_default_str();
  cmd->add_flag("--serve", args->serve,
                "serve Figures 6.1-6.3 live on a local page, every path computed by your own exercises");
  cmd->add_option("--port", args->port, "--serve: the port (0: any free one)")->capture_default_str();
  cmd->add_option("--host", args->host, "--serve: the address to listen on (beyond 127.0.0.1 only if you mean it)")
      ->capture_default_str();
  cmd->add_option("--submission", args->submission,
                  "--serve: the folder holding exercises/ (default: this repository)");
  cmd->add_option("--spec", args->spec,
                  "--serve: the spec whose problems run (default: grader/specs/gradient_descent.yaml)");
  cmd->callback([args, &exit_code] {
    exit_code = args->serve ? lab_serve(*args, std::cout, std::cerr) : lab(*args, std::cout, std::cerr);
  });
}

}  // namespace gdlab::commands
