// Harness for exercises/gd_2d.cpp: gd_2d and gd_2d_until.
#include "gd_2d.hpp"
#include "protocol.hpp"

using namespace gdlab::harness;

int main() {
  return serve([](const Json& entry, const Json& in) -> Json {
    const auto f = objective(in.at("objective"));
    const auto x0 = as_vector(in.at("x0"));
    if (entry == "gd_2d")
      return {{"path", path(exercises::gd_2d(f, x0, as_number(in.at("lr")), in.at("steps").get<int>()))}};
    const auto r =
        exercises::gd_2d_until(f, x0, as_number(in.at("lr")), in.at("max_steps").get<int>(), as_number(in.at("tol")));
    return {{"path", path(r.path)}, {"steps", r.steps}, {"converged", r.converged}};
  });
}
