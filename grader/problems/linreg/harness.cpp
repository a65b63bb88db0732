// Harness for exercises/linreg.cpp: mse_loss, mse_gradient and linreg_gd, each on its own.
#include "linreg.hpp"
#include "protocol.hpp"

using namespace gdlab::harness;

int main() {
  return serve([](const Json& entry, const Json& in) -> Json {
    const gdlab::Dataset d = dataset(in.at("data"));
    if (entry == "mse_loss") return {{"value", number(exercises::mse_loss(d.X, d.y, as_vector(in.at("beta"))))}};
    if (entry == "mse_gradient")
      return {{"gradient", vector(exercises::mse_gradient(d.X, d.y, as_vector(in.at("beta"))))}};
    const gdlab::Path p = exercises::linreg_gd(d.X, d.y, as_number(in.at("lr")), in.at("steps").get<int>());
    Json out = {{"path", path(p)}};
    // The student's own gradient at each iterate, so their loop can be judged apart from it.
    // A gradient that fails (still a stub, throws) leaves the loop to the other checks.
    try {
      Json own = Json::array();
      for (std::size_t k = 0; k + 1 < p.size(); ++k) own.push_back(vector(exercises::mse_gradient(d.X, d.y, p[k])));
      out["own_gradients"] = own;
    } catch (...) {
    }
    return out;
  });
}
