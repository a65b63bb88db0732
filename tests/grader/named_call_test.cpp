#include <gtest/gtest.h>

#include "catalog/named_call.hpp"
#include "catalog/objectives.hpp"
#include "catalog/optimizers.hpp"

namespace gdlab::catalog {
namespace {

TEST(NamedCall, ParsesANameAndItsArguments) {
  const auto c = NamedCall::parse("momentum(beta=0.5, dampening = 0.1)");
  EXPECT_EQ(c.name, "momentum");
  EXPECT_EQ(c.get("beta", 0), 0.5);
  EXPECT_EQ(c.get("dampening", 0), 0.1);
  EXPECT_EQ(c.get("absent", 7), 7);
  EXPECT_TRUE(NamedCall::parse("valley").args.empty());
}

TEST(NamedCall, RejectsMalformedTextWithAMessageThatSaysWhy) {
  auto message = [](const std::string& text) {
    try {
      NamedCall::parse(text);
    } catch (const BadName& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_NE(message("adam(beta1=0.9").find("closing"), std::string::npos);
  EXPECT_NE(message("adam(beta1)").find("key=value"), std::string::npos);
  EXPECT_NE(message("adam(beta1=x)").find("not a number"), std::string::npos);
  EXPECT_NE(message("adam(beta1=1,beta1=2)").find("twice"), std::string::npos);
  EXPECT_NE(message("(a=1)").find("no name"), std::string::npos);
}

TEST(Catalog, UnknownNamesListTheKnownOnes) {
  try {
    make_objective(NamedCall::parse("valey"));
    FAIL();
  } catch (const BadName& e) {
    EXPECT_NE(std::string(e.what()).find("valley"), std::string::npos) << e.what();
  }
  EXPECT_THROW(make_rule(NamedCall::parse("adamw")), BadName);
  EXPECT_THROW(make_rule(NamedCall::parse("adam(gamma=1)")), BadName);
  EXPECT_THROW(make_rule(NamedCall::parse("momentum(beta=1.5)")), BadName);
  EXPECT_THROW(make_schedule(NamedCall::parse("linear"), 0.1), BadName);
}

TEST(Catalog, EveryObjectiveAndRuleCanBeMade) {
  for (const auto& name : objective_names()) {
    const auto o = make_objective(NamedCall::parse(name));
    EXPECT_EQ(o.default_start.size(), o.objective.dim) << name;
  }
  for (const auto& name : rule_names()) EXPECT_EQ(make_rule(NamedCall::parse(name))->name(), name);
  EXPECT_EQ(make_objective(NamedCall::parse("quadratic1d(a=2,c=-1,d=0)")).objective(Vector::Constant(1, 0.0)), 2.0);
}

}  // namespace
}  // namespace gdlab::catalog
