// Harness for exercises/linreg.cpp: mse_loss, mse_gradient and linreg_gd, each on its own.
#include "linreg.hpp"
#include "protocol.hpp"

using namespace gdlab::harness;

int main() {
  return serve([](const Json& entry, const Json& in) -> Json {
    const gdlab::Dataset d = dataset(in.at("data"));
    if (entry == "mse_loss") return {{"value", number(exercises::mse_loss(d.X, d.y, as_vector(in.at("beta"))))}};
    if (entry == "mse_gradient") return {{"gradient", vector(exercises::mse_gradient(d.X, d.y, as_vector(in.at("beta"))))}};
    return {{"path", path(exercises::linreg_gd(d.X, d.y, as_number(in.at("lr")), in.at("steps").get<int>()))}};
  });
}
