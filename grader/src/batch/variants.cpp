#include "batch/variants.hpp"

#include <fmt/format.h>

#include <cmath>
#include <random>

#include "build/hash.hpp"
#include "catalog/named_call.hpp"

namespace gdlab::batch {
namespace {

double round_to_digits(double x, int digits) {
  if (x == 0 || !std::isfinite(x)) return x;
  const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::abs(x))));
  return std::round(x * scale) / scale;
}

double draw(std::mt19937_64& g, const spec::Variation& v) {
  if (v.whole) {
    const auto low = static_cast<std::uint64_t>(v.low), span = static_cast<std::uint64_t>(v.high) - low + 1;
    return static_cast<double>(low + g() % span);
  }
  const double u = static_cast<double>(g() >> 11) * 0x1.0p-53;
  const double x = v.low + u * (v.high - v.low);
  const double rounded = round_to_digits(x, 3);
  // Within [low, high] it fits the input too: the loader checked both ends, and every input
  // rule (any number, > 0, in [0, 1)) holds on the whole interval between two values that fit.
  return rounded >= v.low && rounded <= v.high ? rounded : x;
}

std::string with_seed(const std::string& text, std::uint64_t seed) {
  auto call = catalog::NamedCall::parse(text);
  call.args["seed"] = static_cast<double>(seed);
  std::vector<std::string> args;
  for (const auto& [k, x] : call.args) args.push_back(fmt::format("{}={}", k, x));
  return fmt::format("{}({})", call.name, fmt::join(args, ","));
}

std::string show(const spec::Value& v) {
  if (const auto* d = std::get_if<double>(&v)) return fmt::format("{}", *d);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* l = std::get_if<std::vector<double>>(&v)) return fmt::format("[{}]", fmt::join(*l, ", "));
  return "...";
}

}  // namespace

bool has_variants(const spec::Spec& spec) {
  for (const auto& p : spec.problems)
    for (const auto& t : p.tests)
      if (!t.vary.empty()) return true;
  return false;
}

spec::Spec for_student(const spec::Spec& spec, const std::string& student) {
  spec::Spec out = spec;
  for (auto& p : out.problems)
    for (auto& t : p.tests)
      for (const auto& v : t.vary) {
        std::mt19937_64 g(build::fnv1a(spec.assignment + '\x1f' + student + '\x1f' + t.name + '\x1f' + v.input));
        auto& value = t.inputs[v.input];
        if (v.student_seed) {
          if (const auto* text = std::get_if<std::string>(&value)) value = with_seed(*text, g() % 1000000);
        } else if (auto* list = std::get_if<std::vector<double>>(&value)) {
          for (auto& x : *list) x = draw(g, v);
        } else {
          value = draw(g, v);
        }
      }
  return out;
}

std::vector<std::string> describe_variants(const spec::Spec& varied) {
  std::vector<std::string> lines;
  for (const auto& p : varied.problems)
    for (const auto& t : p.tests) {
      if (t.vary.empty()) continue;
      std::vector<std::string> parts;
      for (const auto& v : t.vary) parts.push_back(fmt::format("{} = {}", v.input, show(t.inputs.at(v.input))));
      lines.push_back(fmt::format("{}: {}", t.name, fmt::join(parts, ", ")));
    }
  return lines;
}

}  // namespace gdlab::batch
