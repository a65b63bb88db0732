// A bar chart of counts by category (the class page's score distribution): one bar a
// category, its count written above it, so that no reader needs the colour or the scale.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "feedback/svg.hpp"

namespace gdlab::feedback::svg {

struct Bar {
  std::string label;  // under the bar: "0-9"
  std::size_t count = 0;
};

Figure bar_chart(const std::vector<Bar>& bars, std::string_view x_label, std::string_view y_label,
                 const Layout& layout = {});

}  // namespace gdlab::feedback::svg
