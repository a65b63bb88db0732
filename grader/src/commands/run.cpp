#include "commands/run.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <nlohmann/json.hpp>
#include <ostream>

#include "commands/exit_codes.hpp"
#include "catalog/objectives.hpp"
#include "catalog/optimizers.hpp"
#include "text/numpy_format.hpp"

namespace gdlab::commands {
namespace {

std::vector<std::vector<double>> rows(const std::vector<Vector>& path) {
  std::vector<std::vector<double>> out;
  out.reserve(path.size());
  for (const auto& v : path) out.emplace_back(v.data(), v.data() + v.size());
  return out;
}

// JSON has no NaN or infinity; a diverged path carries them, so they are written as null.
nlohmann::json finite_or_null(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); }

void print_json(std::ostream& out, const optim::Result& r, const std::string& objective, const std::string& optimizer) {
  nlohmann::json j;
  j["objective"] = objective;
  j["optimizer"] = optimizer;
  j["status"] = optim::to_string(r.status);
  j["steps"] = r.steps;
  j["point"] = to_string(r.trace.point);
  j["path"] = nlohmann::json::array();
  for (const auto& row : rows(r.trace.iterates)) {
    auto& entry = j["path"].emplace_back(nlohmann::json::array());
    for (double v : row) entry.push_back(finite_or_null(v));
  }
  j["loss"] = nlohmann::json::array();
  for (double v : r.trace.loss) j["loss"].push_back(finite_or_null(v));
  j["grad_norm"] = nlohmann::json::array();
  for (double v : r.trace.grad_norm) j["grad_norm"].push_back(finite_or_null(v));
  out << j.dump() << '\n';
}

void print_csv(std::ostream& out, const optim::Result& r) {
  const auto dim = r.trace.iterates.empty() ? 0 : r.trace.iterates.front().size();
  out << "step";
  for (Index i = 0; i < dim; ++i) out << ",theta_" << i;
  out << ",loss,grad_norm\n";
  for (std::size_t k = 0; k < r.trace.iterates.size(); ++k) {
    out << k;
    for (Index i = 0; i < dim; ++i) fmt::print(out, ",{:.17g}", r.trace.iterates[k](i));
    fmt::print(out, ",{:.17g},{:.17g}\n", r.trace.loss[k], r.trace.grad_norm[k]);
  }
}

void print_text(std::ostream& out, const optim::Result& r, const std::string& title, int every) {
  const auto n = static_cast<int>(r.trace.iterates.size());
  if (every <= 0) every = std::max(1, (n - 1) / 10);
  fmt::print(out, "{}\n", title);
  for (int k = 0; k < n; ++k) {
    if (k % every != 0 && k != n - 1) continue;
    fmt::print(out, "step {:4d}: {} = {}, loss = {:.6f}, |grad| = {:.3e}\n", k, to_string(r.trace.point),
               text::numpy_str(r.trace.iterates[k]), r.trace.loss[k], r.trace.grad_norm[k]);
  }
  fmt::print(out, "\nstatus: {} after {} steps\n", optim::to_string(r.status), r.steps);
  fmt::print(out, "Final theta = {}\n", text::numpy_str(r.theta));
  fmt::print(out, "Final loss  = {:.6f}\n", r.loss);
}

optim::Result run_reference(const RunArgs& args, const catalog::NamedObjective& target, optim::UpdateRule& rule,
                            const optim::Schedule& schedule, const Vector& x0) {
  if (!args.batch_size) {
    optim::Options options;
    options.max_steps = args.steps;
    options.grad_tol = args.tol;
    return optim::minimize(target.objective, x0, rule, schedule, options);
  }
  const auto call = catalog::NamedCall::parse(args.objective);
  if (call.name != "problem5" && call.name != "rolling")
    throw catalog::BadName("--batch-size needs a regression objective (problem5 or rolling)");
  // Rebuild the regression to get per-example gradients (the catalog gives the full objective).
  const Dataset d = catalog::make_dataset(call);
  const LinearRegression problem(d.X, d.y, call.name == "rolling",
                                 call.name == "rolling" ? MseScale::half_mean : MseScale::mean);
  optim::StochasticOptions options;
  options.batch_size = *args.batch_size;
  options.epochs = args.epochs;
  options.seed = args.seed;
  return optim::minimize_stochastic(separable(problem), x0, rule, schedule, options);
}

}  // namespace

int run(const RunArgs& args, std::ostream& out, std::ostream& err) {
  try {
    if (!(args.lr > 0) || !std::isfinite(args.lr))
      throw catalog::BadName(fmt::format("--lr must be a positive number, got {}", args.lr));
    if (args.steps < 0) throw catalog::BadName(fmt::format("--steps must be >= 0, got {}", args.steps));
    if (args.tol < 0) throw catalog::BadName(fmt::format("--tol must be >= 0, got {}", args.tol));
    if (args.format != "text" && args.format != "csv" && args.format != "json")
      throw catalog::BadName(fmt::format("--format must be text, csv or json, got '{}'", args.format));

    const auto target = catalog::make_objective(catalog::NamedCall::parse(args.objective));
    auto rule = catalog::make_rule(catalog::NamedCall::parse(args.optimizer));
    const auto schedule = catalog::make_schedule(catalog::NamedCall::parse(args.schedule), args.lr);
    Vector x0 = target.default_start;
    if (!args.x0.empty()) {
      if (static_cast<Index>(args.x0.size()) != target.objective.dim)
        throw catalog::BadName(
            fmt::format("--x0 has {} values but {} takes {}", args.x0.size(), args.objective, target.objective.dim));
      x0 = Eigen::Map<const Vector>(args.x0.data(), static_cast<Index>(args.x0.size()));
    }
    if (!x0.allFinite()) throw catalog::BadName("--x0 must be finite");

    const auto result = run_reference(args, target, *rule, schedule, x0);
    if (args.format == "json") {
      print_json(out, result, target.objective.name, rule->name());
    } else if (args.format == "csv") {
      print_csv(out, result);
    } else {
      print_text(out, result,
                 fmt::format("{} on {}, lr {}, from {}", rule->name(), target.objective.name, schedule.name,
                             text::numpy_str(x0)),
                 args.every);
    }
    return exit_ok;
  } catch (const catalog::BadName& e) {
    err << "gdlab run: " << e.what() << '\n';
    return exit_bad_input;
  } catch (const std::invalid_argument& e) {
    err << "gdlab run: " << e.what() << '\n';
    return exit_bad_input;
  }
}

void add_run_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<RunArgs>();
  auto* cmd = app.add_subcommand("run", "Run a reference optimiser on an objective and print its path");
  cmd->add_option("--objective,-f", args->objective,
                  "quadratic1d(a,c,d), bowl, ellipse, valley, saddle, himmelblau, rosenbrock(a,b), "
                  "problem5(seed,n), rolling(seed,n), synthetic(seed,n,p,noise)")
      ->capture_default_str();
  cmd->add_option("--optimizer,-o", args->optimizer,
                  "gd, momentum(beta), momentum-ema, momentum-dampened(beta,dampening), "
                  "momentum-lr-inside, nesterov(beta,lookahead), adagrad, rmsprop(rho), adam(beta1,beta2)")
      ->capture_default_str();
  cmd->add_option("--schedule", args->schedule, "constant, step(factor,every), cosine(total,min), warmup(steps)")
      ->capture_default_str();
  cmd->add_option("--lr", args->lr, "learning rate alpha")->capture_default_str();
  cmd->add_option("--steps", args->steps, "step budget")->capture_default_str();
  cmd->add_option("--tol", args->tol, "stop once |grad| < tol (0: never)")->capture_default_str();
  cmd->add_option("--x0", args->x0, "start, comma separated (default: the course's)")->delimiter(',');
  cmd->add_option("--batch-size", args->batch_size, "stochastic: examples per step (1 = SGD)");
  cmd->add_option("--epochs", args->epochs, "stochastic: passes over the data")->capture_default_str();
  cmd->add_option("--seed", args->seed, "stochastic: shuffling seed")->capture_default_str();
  cmd->add_option("--format", args->format, "text, csv or json")->capture_default_str();
  cmd->add_option("--every", args->every, "text: print every N steps");
  cmd->callback([args, &exit_code] { exit_code = run(*args, std::cout, std::cerr); });
}

}  // namespace gdlab::commands
