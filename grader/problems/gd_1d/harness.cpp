// Harness for exercises/gd_1d.cpp.
#include "gd_1d.hpp"
#include "protocol.hpp"

using namespace gdlab::harness;

int main() {
  return serve([](const Json&, const Json& in) -> Json {
    const auto xs = exercises::gd_1d(function_1d(in.at("objective")), as_number(in.at("x0")), as_number(in.at("lr")),
                                     in.at("steps").get<int>());
    Json p = Json::array();
    for (double x : xs) p.push_back(Json::array({number(x)}));
    return {{"path", p}};
  });
}
