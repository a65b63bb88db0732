// The table of checks (spec/check_kinds.hpp): each kind once, and each allowed somewhere. Then
// the checks a test of a declared entry may use, in the order the loader's "allowed:" message
// lists them: each result field's checks in turn, then `matches`, then `loop` (with `gradient:`).
// That every kind has its evaluator the compiler holds (grading/checks.cpp).
#include <gtest/gtest.h>

#include <set>

#include "spec/check_kinds.hpp"
#include "spec/declared.hpp"

namespace gdlab::spec {
namespace {

std::string allowed(std::vector<Param> inputs, std::vector<ResultField> returns, std::string gradient = "") {
  Declaration d;
  d.name = "entry";
  d.inputs = std::move(inputs);
  d.returns = std::move(returns);
  d.record = d.returns.size() > 1;
  d.gradient = std::move(gradient);
  return join(rule_for(d, "").checks);
}

const Param objective{"f", ParamKind::objective}, data{"data", ParamKind::dataset},
    data_1d{"data", ParamKind::dataset_1d};
const std::string descent = "trajectory, final_loss, params, converged, diverges, monotone, rate";

TEST(CheckKinds, TheTableHasEachKindOnceInTheEnumsOrder) {
  const auto& table = check_rules();
  ASSERT_EQ(table.size(), static_cast<std::size_t>(last_check_kind) + 1);
  std::set<std::string> names;
  for (std::size_t i = 0; i < table.size(); ++i) {
    EXPECT_EQ(table[i].kind, static_cast<CheckKind>(i)) << table[i].name;
    EXPECT_TRUE(names.insert(table[i].name).second) << table[i].name << " is listed twice";
    EXPECT_EQ(find_check(table[i].name), &table[i]);
  }
}

// An entry on a dataset, with its own gradient, returning one field of every kind: every check is
// allowed for it, so no row of the table names a field kind or a condition nothing can meet.
TEST(CheckKinds, EveryCheckIsAllowedForSomeEntry) {
  std::vector<ResultField> every_field;
  for (const auto& name : field_kind_names()) every_field.push_back({name, *field_kind(name)});
  const auto checks =
      rule_for({.name = "entry", .inputs = {data}, .returns = every_field, .record = true, .gradient = "grad"}, "")
          .checks;
  const auto kinds = check_kinds();
  EXPECT_EQ(std::set<std::string>(checks.begin(), checks.end()), std::set<std::string>(kinds.begin(), kinds.end()));
  EXPECT_EQ(checks.size(), check_rules().size()) << "each check is allowed once";
}

TEST(CheckKinds, EachResultFieldAllowsItsChecksThenMatches) {
  EXPECT_EQ(allowed({objective}, {{"path", FieldKind::path}}), descent + ", matches");
  EXPECT_EQ(allowed({objective}, {{"x", FieldKind::coordinate}, {"y", FieldKind::coordinate}}), descent + ", matches");
  EXPECT_EQ(allowed({objective}, {{"number", FieldKind::number}}), "value, matches");
  EXPECT_EQ(allowed({objective}, {{"vector", FieldKind::vector}}), "value, matches");
  EXPECT_EQ(allowed({objective}, {{"numbers", FieldKind::numbers}}), "shrinks, proportional_to_slope, matches");
  EXPECT_EQ(allowed({data}, {{"costs", FieldKind::costs}}), "cost_history, matches");
  EXPECT_EQ(allowed({data}, {{"rows", FieldKind::rows}}), "labels, rows, matches");
  EXPECT_EQ(allowed({objective}, {{"lengths", FieldKind::numbers}, {"path", FieldKind::path}}),
            "shrinks, proportional_to_slope, " + descent + ", matches");
}

TEST(CheckKinds, GradientFdOnlyOnADataset) {
  EXPECT_EQ(allowed({data}, {{"vector", FieldKind::vector}}), "value, gradient_fd, matches");
  EXPECT_EQ(allowed({data_1d}, {{"w", FieldKind::component}, {"b", FieldKind::component}}),
            "value, gradient_fd, matches");
  EXPECT_EQ(allowed({objective}, {{"w", FieldKind::component}, {"b", FieldKind::component}}), "value, matches");
}

TEST(CheckKinds, StoppedOnlyBesideConverged) {
  EXPECT_EQ(allowed({objective}, {{"path", FieldKind::path}, {"steps", FieldKind::steps}}), descent + ", matches");
  EXPECT_EQ(allowed({objective},
                    {{"path", FieldKind::path}, {"steps", FieldKind::steps}, {"converged", FieldKind::converged}}),
            descent + ", stopped, matches");
}

TEST(CheckKinds, LoopOnlyWithAGradientEntryAndAfterMatches) {
  EXPECT_EQ(allowed({data}, {{"path", FieldKind::path}}, "grad"), descent + ", matches, loop");
}

}  // namespace
}  // namespace gdlab::spec
