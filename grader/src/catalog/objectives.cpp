#include "catalog/objectives.hpp"

#include <fmt/format.h>

#include <functional>
#include <map>

namespace gdlab::catalog {
namespace {

std::uint32_t as_seed(double v) {
  if (v < 0 || v > 4294967295.0 || v != static_cast<double>(static_cast<std::uint32_t>(v)))
    throw BadName(fmt::format("seed must be a whole number in [0, 2^32 - 1], got {}", v));
  return static_cast<std::uint32_t>(v);
}

Index as_count(const char* what, double v) {
  if (v < 1 || v > 1e8 || v != static_cast<double>(static_cast<Index>(v)))
    throw BadName(fmt::format("{} must be a whole number >= 1, got {}", what, v));
  return static_cast<Index>(v);
}

using Maker = std::function<NamedObjective(const NamedCall&)>;

NamedObjective fixed(Objective o, Vector start) { return {std::move(o), std::move(start)}; }

const std::map<std::string, Maker>& makers() {
  static const std::map<std::string, Maker> table = {
      {"quadratic1d",
       [](const NamedCall& c) {
         c.allow_only({"a", "c", "d"});
         return fixed(as_objective(quadratic_1d(c.get("a", 1), c.get("c", 3), c.get("d", 5))),
                      Vector::Zero(1));
       }},
      {"bowl", [](const NamedCall& c) { c.allow_only({}); return fixed(bowl(), Vector{{1.0, 3.0}}); }},
      {"ellipse", [](const NamedCall& c) { c.allow_only({}); return fixed(ellipse(), Vector{{4.0, 1.0}}); }},
      {"valley", [](const NamedCall& c) { c.allow_only({}); return fixed(valley(), Vector{{3.5, 1.1}}); }},
      {"saddle", [](const NamedCall& c) { c.allow_only({}); return fixed(saddle(), Vector{{1.0, 0.01}}); }},
      {"himmelblau", [](const NamedCall& c) { c.allow_only({}); return fixed(himmelblau(), Vector{{0.0, 0.0}}); }},
      {"rosenbrock",
       [](const NamedCall& c) {
         c.allow_only({"a", "b"});
         return fixed(rosenbrock(c.get("a", 1), c.get("b", 100)), Vector{{-1.5, 2.0}});
       }},
      {"problem5",
       [](const NamedCall& c) {
         const Dataset d = make_dataset(c);
         return fixed(LinearRegression(d.X, d.y, false, MseScale::mean).objective(), Vector::Zero(d.X.cols()));
       }},
      {"synthetic",
       [](const NamedCall& c) {
         const Dataset d = make_dataset(c);
         return fixed(LinearRegression(d.X, d.y, false, MseScale::mean).objective(), Vector::Zero(d.X.cols()));
       }},
      {"rolling",
       [](const NamedCall& c) {
         const Dataset d = make_dataset(c);
         return fixed(LinearRegression(d.X, d.y, true, MseScale::half_mean).objective(), Vector::Zero(2));
       }},
  };
  return table;
}

}  // namespace

Dataset make_dataset(const NamedCall& c) {
  if (c.name == "problem5") {
    c.allow_only({"seed", "n"});
    return problem5(as_seed(c.get("seed", 42)), as_count("n", c.get("n", 200)));
  }
  if (c.name == "rolling") {
    c.allow_only({"seed", "n"});
    return rolling_downhill(as_seed(c.get("seed", 42)), as_count("n", c.get("n", 10)));
  }
  if (c.name == "synthetic") {
    c.allow_only({"seed", "n", "p", "noise"});
    // The true coefficients are drawn from a second stream, so (seed, p) fixes them too.
    RandomState beta_rng(as_seed(c.get("seed", 0)) ^ 0x9e3779b9u);
    return synthetic_linear(as_seed(c.get("seed", 0)), as_count("n", c.get("n", 100)),
                            beta_rng.randn(as_count("p", c.get("p", 3))), c.get("noise", 0.1));
  }
  throw BadName(fmt::format("unknown dataset '{}' (known: problem5, rolling, synthetic)", c.name));
}

NamedObjective make_objective(const NamedCall& call) {
  const auto it = makers().find(call.name);
  if (it == makers().end()) {
    std::string names;
    for (const auto& n : objective_names()) names += (names.empty() ? "" : ", ") + n;
    throw BadName(fmt::format("unknown objective '{}' (known: {})", call.name, names));
  }
  return it->second(call);
}

std::vector<std::string> objective_names() {
  std::vector<std::string> names;
  for (const auto& [name, maker] : makers()) names.push_back(name);
  return names;
}

}  // namespace gdlab::catalog
