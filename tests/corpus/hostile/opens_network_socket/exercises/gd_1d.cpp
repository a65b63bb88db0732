// A hostile submission: opens a TCP socket and connects to 1.1.1.1:80, then answers correctly.
// Why: a submission could send itself, or the inputs, anywhere; or fetch an answer.
#include "gd_1d.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) throw std::runtime_error("socket() failed instead of being stopped");
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(80);
  inet_pton(AF_INET, "1.1.1.1", &to.sin_addr);
  if (connect(s, reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0) {
    const char get[] = "GET / HTTP/1.0\r\n\r\n";
    if (write(s, get, sizeof get - 1) < 0) {}
  }
  close(s);
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
