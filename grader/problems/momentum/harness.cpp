// Harness for exercises/momentum.cpp.
#include "momentum.hpp"
#include "protocol.hpp"

using namespace gdlab::harness;

int main() {
  return serve([](const Json&, const Json& in) -> Json {
    return {
        {"path", path(exercises::momentum(objective(in.at("objective")), as_vector(in.at("x0")), as_number(in.at("lr")),
                                          as_number(in.at("beta")), in.at("steps").get<int>()))}};
  });
}
