// numpy's legacy random generator (np.random.seed, np.random.randn), bit for bit,
// so the course's datasets come out exactly as numpy makes them.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "gdlab/types.hpp"

namespace gdlab {

class RandomState {
 public:
  explicit RandomState(std::uint32_t seed = 0) { this->seed(seed); }

  void seed(std::uint32_t seed);  // np.random.seed(seed)

  double random_sample();                   // uniform in [0, 1), 53 random bits
  double randn();                           // standard normal (polar Box-Muller)
  Vector randn(Index n);                    // np.random.randn(n)
  Matrix randn(Index rows, Index cols);     // np.random.randn(rows, cols), filled row by row
  Vector random_sample(Index n);            // np.random.random_sample(n)
  std::vector<Index> permutation(Index n);  // np.random.permutation(n)

 private:
  std::uint32_t next_uint32() { return static_cast<std::uint32_t>(mt_()); }
  std::uint32_t random_interval(std::uint32_t max);  // uniform in [0, max], numpy's masked rejection

  std::mt19937 mt_;  // same seeding (init_genrand) and output as numpy's MT19937
  bool has_gauss_ = false;
  double gauss_ = 0.0;  // the second normal of each polar pair, kept for the next call
};

}  // namespace gdlab
