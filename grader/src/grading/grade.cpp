#include "grading/grade.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <cstring>

#include "grading/checks.hpp"
#include "grading/first_difference.hpp"
#include "grading/frame.hpp"
#include "grading/mistakes.hpp"
#include "grading/reference.hpp"
#include "grading/repeat.hpp"
#include "result_channel.hpp"
#include "sandbox/process.hpp"
#include "spec/declared.hpp"

namespace gdlab::grading {
namespace fs = std::filesystem;
namespace {

// A scratch folder for one run, removed afterwards whatever the program left in it.
struct Scratch {
  fs::path path;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "gdlab-run-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a scratch folder");
    path = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

// What a submission may write to one file (the sandbox's default RLIMIT_FSIZE).
constexpr long file_limit_bytes = sandbox::Limits{}.file_bytes;

std::string signal_name(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  return abbrev ? fmt::format("SIG{}", abbrev) : fmt::format("signal {}", sig);
}

// What the student's function returned: its first result, and whether a second call with the
// same inputs returned the same.
struct Returned {
  Outcome outcome;
  CheckResult called_twice;
  nlohmann::json ok;  // as it came, for results kept to be read again (declared/pinned.hpp)
};

// A verdict and the message that says why.
struct Ruling {
  Verdict verdict;
  std::string message;
};

// What it printed, and the time it took.
void keep_output(TestResult& t, const sandbox::RunResult& run) {
  t.output = run.output;
  if (run.output_total > static_cast<long>(run.output.size()))  // debug printing is no offence
    t.output += fmt::format("\n[... {} more bytes printed, not kept]\n",
                            run.output_total - static_cast<long>(run.output.size()));
  t.seconds = run.seconds;
}

// Killed by a signal: which limit or what fault it says.
Ruling signaled(const sandbox::RunResult& run, const spec::Test& test) {
  if (run.signal == SIGSYS)
    // No handler ran (signals blocked, as system() does, or the handler replaced):
    // the filter traps only these two.
    return {Verdict::forbidden,
            "your code tried to start another process or to open a network connection "
            "(graders forbid both)"};
  if (run.signal == SIGXFSZ)
    return {Verdict::output_limit, fmt::format("your program wrote a file larger than {} MB", file_limit_bytes >> 20)};
  if (run.signal == SIGXCPU || run.signal == SIGKILL)
    return {Verdict::time_limit,
            fmt::format("CPU time limit of {:g} s exceeded in test '{}'", test.limits.time_seconds, test.name)};
  if (run.memory_accounting == sandbox::MemoryAccounting::address_space &&
      run.max_rss_kb * 1024L > test.limits.memory_bytes * 9 / 10)  // a guess, without a cgroup
    return {Verdict::memory_limit, fmt::format("memory limit of {} MB exceeded", test.limits.memory_bytes >> 20)};
  return {Verdict::runtime_error,
          fmt::format("your program crashed with {}{}", signal_name(run.signal),
                      run.signal == SIGSEGV ? " (a bad memory access, or a recursion too deep)" : "")};
}

// How the process ended, when that alone decides the verdict (anything but a plain exit).
std::optional<Ruling> how_it_ended(const sandbox::RunResult& run, const spec::Test& test) {
  if (run.memory_killed)  // the cgroup's own word: before any guess from the signal
    return Ruling{Verdict::memory_limit,
                  fmt::format("memory limit of {} MB exceeded (it used {:.0f} MB when the kernel stopped it)",
                              test.limits.memory_bytes >> 20, static_cast<double>(run.peak_memory_bytes) / (1 << 20))};
  switch (run.end) {
    case sandbox::End::timed_out:
      return Ruling{Verdict::time_limit,
                    fmt::format("time limit of {:g} s exceeded in test '{}'", test.limits.time_seconds, test.name)};
    case sandbox::End::output_limit:
      return Ruling{Verdict::output_limit,
                    fmt::format("your program printed more than {} MB (is it printing in a loop that never ends?)",
                                sandbox::Limits{}.output_cap_bytes >> 20)};
    case sandbox::End::result_limit:
      return Ruling{Verdict::memory_limit, "your result is far too large (is the path growing without end?)"};
    case sandbox::End::launch_failed:
      return Ruling{
          Verdict::runtime_error,
          "the grader could not start your program (not your fault: tell your instructor): " + run.launch_error};
    case sandbox::End::signaled: return signaled(run, test);
    case sandbox::End::exited: break;
  }
  return std::nullopt;
}

// A well-formed frame's payload: the student's answer, or what stopped it. Nothing when the
// function returned, which then is in `returned`.
std::optional<Ruling> what_the_payload_says(const nlohmann::json& payload, const spec::Test& test,
                                            std::optional<Returned>& returned) {
  if (payload.contains("not_implemented"))
    return Ruling{Verdict::not_implemented,
                  fmt::format("{} is not implemented yet (it still calls gdlab::todo)",
                              payload["not_implemented"].is_string() ? payload["not_implemented"].get<std::string>()
                                                                     : "this exercise")};
  if (payload.contains("error") && payload["error"] == "forbidden") {
    const auto what = payload.value("message", std::string());
    return Ruling{Verdict::forbidden,
                  what == "network"   ? "your code tried to open a network connection: exercises run offline"
                  : what == "process" ? "your code tried to start another process: exercises run in one process"
                                      : "your code made a system call that graders forbid"};
  }
  if (payload.contains("error")) {
    const bool memory = payload["error"] == "bad_alloc";
    const auto what = payload.value("message", std::string("?"));
    return Ruling{memory ? Verdict::memory_limit : Verdict::runtime_error,
                  memory ? fmt::format("memory limit of {} MB exceeded", test.limits.memory_bytes >> 20)
                         : "your code threw an exception: " + what};
  }
  try {
    returned = Returned{outcome_from_json(payload.at("ok")), called_twice(payload), payload.at("ok")};
  } catch (const std::exception& e) {
    return Ruling{Verdict::protocol_error, std::string("the result is malformed: ") + e.what()};
  }
  return std::nullopt;
}

// What it sent on the result channel, after a plain exit.
std::optional<Ruling> what_it_sent(const sandbox::RunResult& run, const spec::Test& test,
                                   std::optional<Returned>& returned) {
  const auto frame = parse_frame(run.result);
  const auto* payload = std::get_if<nlohmann::json>(&frame);
  if (!payload && run.result.empty() && run.exit_code == result_channel::closed_exit_code)
    return Ruling{Verdict::runtime_error, "your code closed the result channel (file descriptor 3): leave it open"};
  if (!payload)
    return run.result.empty()
               ? Ruling{Verdict::runtime_error,
                        fmt::format("your program exited with code {} before returning a result", run.exit_code)}
               : Ruling{Verdict::protocol_error,
                        "the result channel was tampered with: " + std::get<FrameError>(frame).message};
  return what_the_payload_says(*payload, test, returned);
}

// From how the program ended and what it sent to the verdict, or to what the function returned.
TestResult classify(TestResult t, const sandbox::RunResult& run, const spec::Test& test,
                    std::optional<Returned>& returned) {
  keep_output(t, run);
  auto ruling = how_it_ended(run, test);
  if (!ruling) ruling = what_it_sent(run, test, returned);
  if (ruling) {
    t.verdict = ruling->verdict;
    t.message = std::move(ruling->message);
  }
  return t;
}

std::vector<std::vector<double>> rows(const Path& path) {
  std::vector<std::vector<double>> out;
  for (const auto& v : path) out.emplace_back(v.data(), v.data() + v.size());
  return out;
}

// Both paths and their losses, for the feedback page. Losses come from the reference's
// objective (never from the student), or from the cost histories where the course keeps one.
// `objective`: the input of the test the paths descend, found by its kind whatever it is called.
std::optional<Plot> make_plot(const Outcome& student, const Expected& expected, const spec::Test& test,
                              const std::string& objective) {
  Plot plot;
  plot.student = rows(student.path);
  plot.reference = rows(expected.outcome.path);
  // A student's iterate of the wrong size has no loss (and must not reach Eigen).
  const Index size = expected.outcome.path.empty() ? -1 : expected.outcome.path.front().size();
  auto losses = [&](const Path& path) {
    std::vector<double> out;
    for (const auto& v : path) out.push_back(v.size() == size ? expected.loss->value(v) : std::nan(""));
    return out;
  };
  if (!student.cost_history.empty() || !expected.outcome.cost_history.empty()) {
    plot.student_loss = student.cost_history;
    plot.reference_loss = expected.outcome.cost_history;
  } else if (expected.loss) {
    plot.student_loss = losses(student.path);
    plot.reference_loss = losses(expected.outcome.path);
  }
  if (const auto it = test.inputs.find(objective); it != test.inputs.end())
    if (const auto* name = std::get_if<std::string>(&it->second)) plot.objective = *name;
  if (plot.student.empty() && plot.reference.empty() && plot.student_loss.empty()) return std::nullopt;
  return plot;
}

// Where no named mistake matches: said honestly, then what first differs, in facts. The learning
// rate is the test's input `lr` where the answers leave it out (it is only read here).
std::string no_mistake_note(const std::string& entry, const Outcome& student, const Expected& expected,
                            const spec::Test& test) {
  const std::string none = "none of the common mistakes gdlab knows for " + entry + " matches your result";
  Expected described = expected;
  if (const auto it = test.inputs.find("lr"); !described.lr && it != test.inputs.end())
    if (const auto* lr = std::get_if<double>(&it->second)) described.lr = *lr;
  const std::string first = first_difference(student, described);
  if (first.empty()) return none + ": compare it with the expected one step by step";
  return none + "; what differs first:\n" + first;
}

}  // namespace

TestResult test_result(const spec::Problem& problem, const spec::Test& test) {
  TestResult t;
  t.problem = problem.id;
  t.name = test.name;
  t.visibility = spec::to_string(test.visibility);
  t.max_score = test.points;
  return t;
}

ProgramRun run_program(const spec::Problem& problem, const spec::Test& test, const fs::path& program) {
  TestResult t = test_result(problem, test);
  const std::string& entry = entry_of(problem, test);

  Scratch scratch;
  sandbox::Request request;
  request.program = sandbox::reachable(program, scratch.path, sandbox::isolation());
  request.input = harness_request(entry, test.inputs);
  request.workdir = scratch.path;
  request.limits.wall_seconds = test.limits.time_seconds;
  request.limits.cpu_seconds = test.limits.time_seconds;
  request.limits.memory_bytes = test.limits.memory_bytes;
  request.limits.output_bytes = test.limits.output_bytes;
  std::optional<Returned> returned;
  const auto run = sandbox::run(request);
  ProgramRun out;
  out.result = classify(std::move(t), run, test, returned);
  out.result.leftover_processes = run.leftover_processes;
  if (returned) {
    out.outcome = std::move(returned->outcome);
    out.called_twice = std::move(returned->called_twice);
    out.ok = std::move(returned->ok);
  }
  return out;
}

TestResult run_test(const spec::Problem& problem, const spec::Test& test, const fs::path& program, Answers& answers) {
  ProgramRun run = run_program(problem, test, program);
  TestResult t = std::move(run.result);
  if (!run.outcome) return t;

  const std::string& entry = entry_of(problem, test);
  const Outcome& student = *run.outcome;
  const Expected expected = answers.expected(entry, test);
  t.plot = make_plot(student, expected, test, spec::objective_input(problem, entry));
  bool all = true;
  for (const auto& check : test.checks) {
    t.checks.push_back(evaluate(check, student, expected));
    all = all && t.checks.back().passed;
  }
  t.checks.push_back(run.called_twice);
  t.verdict = all && run.called_twice.passed ? Verdict::passed : Verdict::failed;
  // A first result that passes leaves no mistake to name: only the second call differed.
  if (!all) {
    t.diagnoses = answers.diagnose(entry, test, student);
    if (answers.knows_mistakes(entry))
      (t.diagnoses.empty() ? t.diagnosis_note : t.note_if_unnamed) = no_mistake_note(entry, student, expected, test);
  }
  return t;
}

}  // namespace gdlab::grading
