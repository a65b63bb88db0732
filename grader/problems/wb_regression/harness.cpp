// Harness for exercises/wb_regression.cpp: compute_cost, compute_gradients, train, sweep.
#include "protocol.hpp"
#include "wb_regression.hpp"

using namespace gdlab::harness;

namespace {

Json labels(const std::vector<exercises::SweepRow>& rows) {
  Json out = Json::array();
  for (const auto& r : rows) {
    const char* label = r.label == exercises::RateLabel::converges  ? "converges"
                        : r.label == exercises::RateLabel::diverges ? "diverges"
                                                                    : "too_slow";
    out.push_back({{"lr", number(r.lr)},
                   {"w", number(r.w)},
                   {"b", number(r.b)},
                   {"final_cost", number(r.final_cost)},
                   {"label", label}});
  }
  return out;
}

}  // namespace

int main() {
  return serve([](const Json& entry, const Json& in) -> Json {
    const gdlab::Dataset d = dataset(in.at("data"));
    const gdlab::Vector X = d.X.col(0);
    if (entry == "compute_cost")
      return {{"value", number(exercises::compute_cost(X, d.y, as_number(in.at("w")), as_number(in.at("b"))))}};
    if (entry == "compute_gradients") {
      const auto g = exercises::compute_gradients(X, d.y, as_number(in.at("w")), as_number(in.at("b")));
      return {{"gradient", Json::array({number(g.dJ_dw), number(g.dJ_db)})}};
    }
    if (entry == "sweep")
      return {{"rows", labels(exercises::sweep(X, d.y, in.at("rates").get<std::vector<double>>(),
                                               in.at("iterations").get<int>(), as_number(in.at("tolerance"))))}};
    const auto t = exercises::train(X, d.y, as_number(in.at("w0")), as_number(in.at("b0")), as_number(in.at("lr")),
                                    in.at("iterations").get<int>());
    Json p = Json::array(), cost = Json::array();
    for (std::size_t k = 0; k < std::min(t.w.size(), t.b.size()); ++k)
      p.push_back(Json::array({number(t.w[k]), number(t.b[k])}));
    for (double c : t.cost_history) cost.push_back(number(c));
    Json out = {{"path", p}, {"cost_history", cost}, {"w_size", t.w.size()}, {"b_size", t.b.size()}};
    // The student's own gradients at each iterate: their loop is judged apart from them.
    try {
      Json own = Json::array();
      for (std::size_t k = 0; k + 1 < std::min(t.w.size(), t.b.size()); ++k) {
        const auto g = exercises::compute_gradients(X, d.y, t.w[k], t.b[k]);
        own.push_back(Json::array({number(g.dJ_dw), number(g.dJ_db)}));
      }
      out["own_gradients"] = own;
    } catch (...) {
    }
    return out;
  });
}
