#include "declared/signature_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "declared/header_scan.hpp"
#include "spec/declared.hpp"

namespace gdlab::declared {
namespace {

using spec::Declaration;

constexpr const char* kTag = "gdlab-signature ";

// The pieces every entry's checks use. A lookup of exercises::<entry> that finds nothing in the
// header falls through to the fallback namespace (qualified lookup reads a using-directive only
// when the namespace itself declares no such name), so a missing function is an answer, not an
// error; an overload set is looked through by a cast to the exact type wanted.
constexpr const char* kPreamble = R"(
// The spec's declaration of each entry against the header, exactly: no conversion between int
// and double, references and const included (gdlab's declared/signature_check.cpp reads these).
#include <cstddef>
#include <type_traits>
#include <utility>

namespace gdlab_signature {
struct Missing {};
template <class... P> struct List {};
template <class F> struct Split {
  static constexpr bool known = false;
  using result = Missing;
  using params = List<>;
};
template <class R, class... P> struct Split<R (*)(P...)> {
  static constexpr bool known = true;
  using result = R;
  using params = List<P...>;
};
template <class R, class... P> struct Split<R (*)(P...) noexcept> : Split<R (*)(P...)> {};
template <std::size_t I, class L> struct At { using type = Missing; };
template <class H, class... T> struct At<0, List<H, T...>> { using type = H; };
template <std::size_t I, class H, class... T> struct At<I, List<H, T...>> : At<I - 1, List<T...>> {};
template <class L> struct Count;
template <class... P> struct Count<List<P...>> : std::integral_constant<std::size_t, sizeof...(P)> {};
template <class R, class L> struct Pointer;
template <class R, class... P> struct Pointer<R, List<P...>> { using type = R (*)(P...); };
template <class W, class F> F only(F);  // deduces F from one function, never from an overload set
}  // namespace gdlab_signature
)";

std::string type_list(const Declaration& d) {
  std::vector<std::string> types;
  for (const auto& p : spec::cpp_parameter_list(d)) types.push_back(p.type);
  return fmt::format("{}", fmt::join(types, ", "));
}

// A record's (or a `rows` result's row) struct is the header's to name.
bool header_names_result(const Declaration& d) {
  return d.record || (!d.returns.empty() && d.returns[0].kind == spec::FieldKind::rows);
}

// The members the result's struct must have, with their types: a record's fields, or each row's
// numbers (its label is an enum of the header's).
std::vector<std::pair<std::string, std::string>> checked_members(const Declaration& d) {
  std::vector<std::pair<std::string, std::string>> out;
  if (d.record)
    for (const auto& f : d.returns) out.emplace_back(f.name, spec::cpp_field_type(d, f.kind));
  else if (header_names_result(d))
    for (const auto& n : d.row.numbers) out.emplace_back(n, "double");
  return out;
}

// A record's result is the struct the header names: whatever the call returns.
std::string result_alias(const Declaration& d) {
  if (!header_names_result(d)) return fmt::format("using Result = {};\n", spec::cpp_result_type(d, ""));
  return fmt::format(
      "template <class L, class = void> struct Called {{ using type = Missing; }};\n"
      "template <class... P> struct Called<List<P...>, std::void_t<decltype(exercises::{0}(std::declval<P>()...))>> "
      "{{\n  using type = decltype(exercises::{0}(std::declval<P>()...));\n}};\n"
      "using Result = typename Called<Params>::type;\n",
      d.name);
}

std::string lookups(const Declaration& d) {
  return fmt::format(
      "using Want = typename Pointer<Result, Params>::type;\n"
      "template <class W, class = void> struct Exact : std::false_type {{}};\n"
      "template <class W> struct Exact<W, std::void_t<decltype(static_cast<W>(&exercises::{0}))>> : std::true_type "
      "{{}};\n"
      "template <class W, class = void> struct Only {{ using type = void; }};\n"
      "template <class W> struct Only<W, std::void_t<decltype(gdlab_signature::only<W>(&exercises::{0}))>> {{\n"
      "  using type = decltype(gdlab_signature::only<W>(&exercises::{0}));\n}};\n"
      "using Real = Split<typename Only<Want>::type>;\n"
      "constexpr bool missing = std::is_same_v<typename Only<Want>::type, void (*)(Missing)>;\n"
      "constexpr bool exact = !missing && Exact<Want>::value;\n"
      "constexpr bool single = !exact && !missing && Real::known;\n",
      d.name);
}

std::string assert_tag(const std::string& condition, const Declaration& d, const std::string& what) {
  return fmt::format("static_assert({}, \"{}{} {}\");\n", condition, kTag, d.name, what);
}

std::string assertions(const Declaration& d) {
  std::string out = assert_tag("exact || !missing", d, "missing");
  out += assert_tag("exact || missing || single", d, "overloaded");
  if (!header_names_result(d))
    out += assert_tag("!single || std::is_same_v<typename Real::result, Result>", d, "result");
  const auto params = spec::cpp_parameter_list(d);
  out += assert_tag(fmt::format("!single || Count<typename Real::params>::value == {}", params.size()), d, "count");
  for (std::size_t i = 0; i < params.size(); ++i)
    out += assert_tag(
        fmt::format("!single || std::is_same_v<typename At<{}, typename Real::params>::type, {}>", i, params[i].type),
        d, fmt::format("parameter {}", i + 1));
  if (!header_names_result(d)) return out;
  out += "using Returned = std::conditional_t<single, typename Real::result, Result>;\n";
  if (d.record) {
    out += "using Struct = Returned;\n";
  } else {  // rows: a vector of rows
    out +=
        "template <class R, class = void> struct RowOf { using type = Missing; };\n"
        "template <class R> struct RowOf<R, std::void_t<typename R::value_type>> { using type = typename "
        "R::value_type; };\nusing Struct = typename RowOf<Returned>::type;\n";
  }
  for (const auto& [name, type] : checked_members(d)) {
    out += fmt::format(
        "template <class R, class = void> struct Member_{0} {{ using type = Missing; }};\n"
        "template <class R> struct Member_{0}<R, std::void_t<decltype(R::{0})>> {{ using type = decltype(R::{0}); "
        "}};\n",
        name);
    out += assert_tag(
        fmt::format("!(exact || single) || std::is_same_v<typename Member_{}<Struct>::type, {}>", name, type), d,
        "member " + name);
  }
  return out;
}

std::string entry_checks(const Declaration& d) {
  return fmt::format("namespace gdlab_signature::entry_{} {{\nusing Params = List<{}>;\n", d.name, type_list(d)) +
         result_alias(d) + lookups(d) + assertions(d) + "}  // namespace gdlab_signature::entry_" + d.name + "\n";
}

// ---- reading the compiler's answer ----

// "adam" -> {"parameter 4", "result"}: the tags of the failed assertions.
std::map<std::string, std::set<std::string>> failed_tags(const std::string& output) {
  std::map<std::string, std::set<std::string>> tags;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("static assertion failed") == std::string::npos) continue;
    const auto at = line.find(kTag);
    if (at == std::string::npos) continue;
    std::string rest = line.substr(at + std::string(kTag).size());
    rest = rest.substr(0, rest.find_first_of("\"'"));
    const auto space = rest.find(' ');
    if (space != std::string::npos) tags[rest.substr(0, space)].insert(rest.substr(space + 1));
  }
  return tags;
}

std::string ordinal(std::size_t n) {
  const char* suffix = n % 100 / 10 == 1 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return fmt::format("{}{}", n, suffix);
}

spec::FieldKind kind_of(const Declaration& d, const std::string& field) {
  for (const auto& f : d.returns)
    if (f.name == field) return f.kind;
  return spec::FieldKind::number;
}

std::string spec_result(const Declaration& d) {
  if (!header_names_result(d)) return spec::cpp_result_type(d, "");
  std::vector<std::string> members;
  for (const auto& [name, type] : checked_members(d)) members.push_back(fmt::format("{} {}", type, name));
  return fmt::format("{} with members {}", d.record ? "a struct" : "a std::vector of a struct",
                     fmt::join(members, "; "));
}

std::string spec_signature(const Declaration& d) {
  return fmt::format("{}({}) -> {}", d.name, spec::cpp_parameters(d), spec_result(d));
}

// Each difference the compiler found between the spec's entry and the header's one function.
std::vector<std::string> differences(const Declaration& d, const std::set<std::string>& tags,
                                     const HeaderDeclaration* real) {
  std::vector<std::string> out;
  const auto params = spec::cpp_parameter_list(d);
  std::size_t compared = params.size();
  if (tags.contains("count")) {
    out.push_back(
        real
            ? fmt::format("it takes {} parameters in the spec and {} in the header", params.size(), real->params.size())
            : fmt::format("it takes {} parameters in the spec and another number in the header", params.size()));
    if (real) compared = std::min(compared, real->params.size());
  }
  for (std::size_t i = 0; i < compared; ++i)
    if (tags.contains(fmt::format("parameter {}", i + 1)))
      out.push_back(fmt::format("the {} parameter is {} in the spec and {} in the header", ordinal(i + 1),
                                params[i].type,
                                real && i < real->params.size() ? parameter_type(real->params[i]) : "another type"));
  if (tags.contains("result"))
    out.push_back(fmt::format("the result is {} in the spec and {} in the header", spec::cpp_result_type(d, ""),
                              real ? real->result : "another type"));
  for (const auto& [name, type] : checked_members(d))
    if (tags.contains("member " + name))
      out.push_back(
          fmt::format("the {} needs a member {} of type {} (the spec's `{}: {}`), and the header's has "
                      "none of that type",
                      d.record ? "result" : "result's row", name, type, name,
                      d.record ? spec::field_kind_name(kind_of(d, name)) : "number"));
  return out;
}

std::string header_signature(const Declaration& d, const HeaderDeclaration& h) {
  return fmt::format("{}({}) -> {}", d.name, fmt::join(h.params, ", "), h.result);
}

std::string mismatch(const Declaration& d, const std::set<std::string>& tags, const std::string& header_text,
                     const std::string& shown_as) {
  const std::string wanted = fmt::format("the spec declares {}", spec_signature(d));
  if (tags.contains("missing"))
    return fmt::format("{}, and {} declares no function {} in namespace exercises", wanted, shown_as, d.name);
  const auto found = declarations_of(header_text, d.name);
  if (tags.contains("overloaded")) {
    std::vector<std::string> lines;
    for (const auto& h : found) lines.push_back(fmt::format("{}:{}", shown_as, h.line));
    return fmt::format("{}; none of the functions named {} in {} ({}) has exactly these parameters and result", wanted,
                       d.name, shown_as,
                       lines.empty() ? std::string("an overload set") : fmt::format("{}", fmt::join(lines, ", ")));
  }
  const HeaderDeclaration* real = found.size() == 1 ? &found.front() : nullptr;
  const std::string where = real ? fmt::format("{}:{} declares {}", shown_as, real->line, header_signature(d, *real))
                                 : fmt::format("{} declares {} otherwise", shown_as, d.name);
  return fmt::format("{}; {}: {}", wanted, where, fmt::join(differences(d, tags, real), "; "));
}

}  // namespace

std::string signature_checks(const spec::Problem& problem) {
  std::string out = kPreamble;
  out += "namespace gdlab_signature::fallback {\n";
  for (const auto& d : problem.declared) out += fmt::format("void {}(Missing);\n", d.name);
  out +=
      "}  // namespace gdlab_signature::fallback\nnamespace exercises {\nusing namespace "
      "gdlab_signature::fallback;\n}\n\n";
  for (const auto& d : problem.declared) out += entry_checks(d);
  return out;
}

std::vector<std::string> signature_mismatches(const spec::Problem& problem, const std::string& compiler_output,
                                              const std::string& header_text, const std::string& shown_as) {
  const auto tags = failed_tags(compiler_output);
  std::vector<std::string> out;
  for (const auto& d : problem.declared)
    if (const auto it = tags.find(d.name); it != tags.end())
      out.push_back(mismatch(d, it->second, header_text, shown_as));
  return out;
}

}  // namespace gdlab::declared
