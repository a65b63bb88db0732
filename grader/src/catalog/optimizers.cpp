#include "catalog/optimizers.hpp"

#include <fmt/format.h>

#include <functional>
#include <map>

namespace gdlab::catalog {
namespace {

using Rule = std::unique_ptr<optim::UpdateRule>;
using Maker = std::function<Rule(const NamedCall&)>;

// The optimisers' own check() throws std::invalid_argument; say it in the catalog's words.
template <class F>
auto checked(const NamedCall& call, F make) {
  try {
    return make();
  } catch (const BadName&) {
    throw;
  } catch (const std::invalid_argument& e) {
    throw BadName(fmt::format("{}: {}", call.name, e.what()));
  }
}

Maker momentum(optim::MomentumForm form) {
  return [form](const NamedCall& c) -> Rule {
    c.allow_only(form == optim::MomentumForm::dampened ? std::set<std::string>{"beta", "dampening"}
                                                       : std::set<std::string>{"beta"});
    return std::make_unique<optim::Momentum>(optim::MomentumParams{c.get("beta", 0.9), form, c.get("dampening", 0.0)});
  };
}

const std::map<std::string, Maker>& makers() {
  static const std::map<std::string, Maker> table = {
      {"gd",
       [](const NamedCall& c) -> Rule {
         c.allow_only({});
         return std::make_unique<optim::GradientDescent>();
       }},
      {"momentum", momentum(optim::MomentumForm::heavy_ball)},
      {"momentum-ema", momentum(optim::MomentumForm::ema)},
      {"momentum-dampened", momentum(optim::MomentumForm::dampened)},
      {"momentum-lr-inside", momentum(optim::MomentumForm::lr_inside)},
      {"nesterov",
       [](const NamedCall& c) -> Rule {
         c.allow_only({"beta", "lookahead"});
         return std::make_unique<optim::Nesterov>(
             optim::NesterovParams{c.get("beta", 0.9), c.get("lookahead", 0) != 0});
       }},
      {"adagrad",
       [](const NamedCall& c) -> Rule {
         c.allow_only({"eps"});
         return std::make_unique<optim::AdaGrad>(optim::AdaGradParams{c.get("eps", 1e-10), 0.0});
       }},
      {"rmsprop",
       [](const NamedCall& c) -> Rule {
         c.allow_only({"rho", "eps"});
         return std::make_unique<optim::RMSprop>(optim::RMSpropParams{c.get("rho", 0.99), c.get("eps", 1e-8)});
       }},
      {"adam",
       [](const NamedCall& c) -> Rule {
         c.allow_only({"beta1", "beta2", "eps"});
         return std::make_unique<optim::Adam>(
             optim::AdamParams{c.get("beta1", 0.9), c.get("beta2", 0.999), c.get("eps", 1e-8)});
       }},
  };
  return table;
}

}  // namespace

std::unique_ptr<optim::UpdateRule> make_rule(const NamedCall& call) {
  const auto it = makers().find(call.name);
  if (it == makers().end()) {
    std::string names;
    for (const auto& n : rule_names()) names += (names.empty() ? "" : ", ") + n;
    throw BadName(fmt::format("unknown optimizer '{}' (known: {})", call.name, names));
  }
  return checked(call, [&] { return it->second(call); });
}

std::vector<std::string> rule_names() {
  std::vector<std::string> names;
  for (const auto& [name, maker] : makers()) names.push_back(name);
  return names;
}

optim::Schedule make_schedule(const NamedCall& call, double lr) {
  return checked(call, [&] {
    if (call.name == "constant") {
      call.allow_only({});
      return optim::constant(lr);
    }
    if (call.name == "step") {
      call.allow_only({"factor", "every"});
      return optim::step_decay(lr, call.get("factor", 0.5), static_cast<int>(call.get("every", 10)));
    }
    if (call.name == "cosine") {
      call.allow_only({"total", "min"});
      return optim::cosine(lr, static_cast<int>(call.get("total", 100)), call.get("min", 0.0));
    }
    if (call.name == "warmup") {
      call.allow_only({"steps"});
      return optim::warmup(static_cast<int>(call.get("steps", 5)), optim::constant(lr));
    }
    throw BadName(fmt::format("unknown schedule '{}' (known: constant, step, cosine, warmup)", call.name));
  });
}

}  // namespace gdlab::catalog
