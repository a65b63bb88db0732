// Every reference optimiser and schedule by name, for `gdlab run` and the YAML spec.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "catalog/named_call.hpp"
#include "gdlab/optim.hpp"

namespace gdlab::catalog {

// Names: gd, momentum(beta), momentum-ema(beta), momentum-dampened(beta,dampening),
// momentum-lr-inside(beta), nesterov(beta,lookahead), adagrad(eps), rmsprop(rho,eps),
// adam(beta1,beta2,eps). Throws BadName.
std::unique_ptr<optim::UpdateRule> make_rule(const NamedCall& call);
std::vector<std::string> rule_names();

// Names: constant, step(factor,every), cosine(total,min), warmup(steps) [then constant].
optim::Schedule make_schedule(const NamedCall& call, double lr);

}  // namespace gdlab::catalog
