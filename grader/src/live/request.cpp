#include "live/request.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "catalog/objectives.hpp"

namespace gdlab::live {
namespace {

using nlohmann::json;

struct Bad {
  std::string why;
};

// A finite JSON number in [lo, hi] (JSON has no NaN, and nlohmann refuses 1e400, but 1e300 is a number).
double number(const json& j, const std::string& what, double lo, double hi) {
  if (!j.is_number()) throw Bad{fmt::format("{} must be a number", what)};
  const double v = j.get<double>();
  if (!std::isfinite(v) || v < lo || v > hi)
    throw Bad{fmt::format("{} must be a finite number in [{:g}, {:g}]", what, lo, hi)};
  return v;
}

// The first bare word outside strings that is not a JSON literal (NaN, Infinity, ...), or "".
std::string bare_word(std::string_view body) {
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (std::isalpha(static_cast<unsigned char>(c)) &&
               (i == 0 || !std::isalnum(static_cast<unsigned char>(body[i - 1])))) {
      std::size_t end = i;
      while (end < body.size() && std::isalpha(static_cast<unsigned char>(body[end]))) ++end;
      const std::string word(body.substr(i, end - i));
      if (word != "true" && word != "false" && word != "null" && word != "e" && word != "E") return word;
      i = end - 1;
    }
  }
  return "";
}

// Why `body` did not parse, said so that whoever wrote it can fix it: JSON has no NaN or
// Infinity (JavaScript's JSON.stringify writes null for them), and no number beyond a double.
std::string not_json(std::string_view body, const json::exception& e) {
  const std::string what = e.what();
  if (e.id == 406) {  // out_of_range.406: "number overflow parsing '1e400'"
    const auto open = what.find('\''), close = what.rfind('\'');
    const std::string number = open < close ? what.substr(open + 1, close - open - 1) : "a number";
    return fmt::format(
        "the body is not JSON a run can take: {} is out of a double's range (JSON numbers here must lie within "
        "about ±1.8e308); send finite numbers in range",
        number.substr(0, 40));
  }
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return "the body is not JSON: it is empty; send the run as a JSON object";
  const std::string word = bare_word(body);
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "nan" || lower == "infinity" || lower == "inf")
    return fmt::format(
        "the body is not JSON: {} is no JSON number (JSON has no NaN or Infinity); send finite numbers only", word);
  const auto tail = what.find("] ");
  return "the body is not JSON: " + (tail == std::string::npos ? what : what.substr(tail + 2)).substr(0, 200);
}

std::vector<double> numbers(const json& j, const std::string& what, std::size_t min, std::size_t max, double lo,
                            double hi) {
  const json list = j.is_array() ? j : json::array({j});
  if (list.size() < min || list.size() > max)
    throw Bad{min == max ? fmt::format("{} must have {} number(s)", what, min)
                         : fmt::format("{} must have {} to {} numbers", what, min, max)};
  std::vector<double> out;
  for (const auto& v : list) out.push_back(number(v, what, lo, hi));
  return out;
}

// A parameter by its kind: a fraction in [0, 1) as the chapter's beta, a positive number (eps, a
// factor), a whole one (a decay's period), or any number, each bounded.
double param(const json& j, const std::string& what, spec::ParamKind kind) {
  switch (kind) {
    case spec::ParamKind::fraction: return number(j, what, 0, 0.999);
    case spec::ParamKind::positive: {
      const double v = number(j, what, 0, kMaxCoordinate);
      if (!(v > 0)) throw Bad{fmt::format("{} must be positive", what)};
      return v;
    }
    case spec::ParamKind::whole:
    case spec::ParamKind::count: {
      const double v = number(j, what, kind == spec::ParamKind::count ? 1 : 0, kMaxSteps);
      if (v != std::floor(v)) throw Bad{fmt::format("{} must be a whole number", what)};
      return v;
    }
    default: return number(j, what, -kMaxCoordinate, kMaxCoordinate);
  }
}

const LabProblem& find_problem(const json& j, const std::vector<LabProblem>& problems) {
  if (!j.is_string()) throw Bad{"problem must be a name"};
  for (const auto& p : problems)
    if (p.id == j.get<std::string>()) return p;
  std::string known;
  for (const auto& p : problems) known += (known.empty() ? "" : ", ") + p.id;
  throw Bad{fmt::format("unknown problem (the lab runs: {})", known)};
}

// A name from the figures' list, or a 1-D quadratic with bounded coefficients.
catalog::NamedObjective objective(const json& j, int dim) {
  if (!j.is_string() || j.get<std::string>().size() > 200) throw Bad{"objective must be a short name"};
  const std::string name = j.get<std::string>();
  catalog::NamedCall call;
  try {
    call = catalog::NamedCall::parse(name);
  } catch (const catalog::BadName& e) {
    throw Bad{fmt::format("objective: {}", e.what())};
  }
  const auto& list = figure_objectives();
  const bool listed = std::any_of(list.begin(), list.end(), [&](const auto& o) { return o.name == name; });
  if (!listed && call.name != "quadratic1d") {
    std::string known;
    for (const auto& o : list) known += (known.empty() ? "" : ", ") + o.name;
    throw Bad{fmt::format("unknown objective '{}' (the figures offer: {}, or any quadratic1d(a,c,d))", name, known)};
  }
  for (const auto& [key, v] : call.args) {
    const double lo = key == "a" ? 0.01 : -100, hi = 100;
    if (!std::isfinite(v) || v < lo || v > hi)
      throw Bad{fmt::format("objective: {} must be in [{:g}, {:g}]", key, lo, hi)};
  }
  try {
    auto made = catalog::make_objective(call);
    if (made.objective.dim != dim)
      throw Bad{
          fmt::format("objective '{}' has {} parameter(s); this problem takes {}", name, made.objective.dim, dim)};
    return made;
  } catch (const catalog::BadName& e) {
    throw Bad{fmt::format("objective: {}", e.what())};
  }
}

RunRequest parse(const json& body, const std::vector<LabProblem>& problems) {
  if (!body.is_object()) throw Bad{"the body must be a JSON object"};
  static const std::set<std::string> fields = {"problem", "objective", "x0", "lr", "steps", "params"};
  for (const auto& [key, value] : body.items())
    if (!fields.contains(key)) throw Bad{fmt::format("unknown field '{}'", key.substr(0, 40))};
  for (const char* key : {"problem", "objective", "lr", "steps"})
    if (!body.contains(key)) throw Bad{fmt::format("{} is missing", key)};

  const LabProblem& problem = find_problem(body["problem"], problems);
  RunRequest r;
  r.problem = problem.id;
  const auto target = objective(body["objective"], problem.dim);
  r.objective = body["objective"].get<std::string>();
  r.x0 = body.contains("x0") ? numbers(body["x0"], "x0", problem.dim, problem.dim, -kMaxCoordinate, kMaxCoordinate)
                             : std::vector<double>(target.default_start.data(),
                                                   target.default_start.data() + target.default_start.size());
  r.rates = numbers(body["lr"], "lr", 1, kMaxRates, 0, kMaxRate);
  if (std::any_of(r.rates.begin(), r.rates.end(), [](double lr) { return !(lr > 0); }))
    throw Bad{"lr must be positive"};
  const double steps = number(body["steps"], "steps", 0, kMaxSteps);
  if (steps != std::floor(steps)) throw Bad{"steps must be a whole number"};
  r.steps = static_cast<int>(steps);

  r.params = problem.params;
  if (body.contains("params")) {
    if (!body["params"].is_object()) throw Bad{"params must be an object"};
    for (const auto& [key, value] : body["params"].items()) {
      if (!problem.params.contains(key))
        throw Bad{fmt::format("{} takes no parameter '{}'", problem.id, key.substr(0, 40))};
      r.params[key] = param(value, key, problem.kinds.at(key));
    }
  }
  return r;
}

}  // namespace

std::string body_too_large() {
  return fmt::format(
      "the body is too large: a run may send at most {} bytes ({} KB); send a smaller run (fewer rates, shorter "
      "names)",
      kMaxBody, kMaxBody >> 10);
}

std::map<std::string, spec::Value> test_inputs(const LabProblem& p, const RunRequest& r, double lr) {
  auto inputs = p.base.inputs;
  inputs[p.objective_input] = r.objective;
  inputs["lr"] = lr;
  inputs["steps"] = static_cast<double>(r.steps);
  for (const auto& [k, v] : r.params) inputs[k] = v;
  if (p.dim == 1) inputs["x0"] = r.x0.front();  // a 1-D entry takes x0 as a number
  else inputs["x0"] = r.x0;
  return inputs;
}

std::variant<RunRequest, std::string> parse_run_request(std::string_view body,
                                                        const std::vector<LabProblem>& problems) {
  if (body.size() > kMaxBody) return body_too_large();
  json j;
  try {
    j = json::parse(body);
  } catch (const json::exception& e) {
    return not_json(body, e);
  }
  try {
    return parse(j, problems);
  } catch (const Bad& bad) {
    return bad.why;
  } catch (const std::exception& e) {  // json type errors
    return std::string(e.what());
  }
}

}  // namespace gdlab::live
