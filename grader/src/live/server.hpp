// `gdlab lab --serve`: the routes as plain functions of a request (testable without a socket)
// and a thin cpp-httplib server around them, bound to 127.0.0.1 unless told otherwise.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "live/run.hpp"

namespace httplib {
class Server;
}

namespace gdlab::live {

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

class Routes {
 public:
  explicit Routes(Session session, int max_waiting = 3);
  Reply page() const;     // GET /: the three figures, one self-contained page
  Reply catalog() const;  // GET /api/catalog: the problems and objectives the page offers
  // POST /api/run: 400 for a bad request, 415 for a body that is not JSON's type (a form a
  // foreign page could post without asking), 503 when the queue is full.
  Reply run(std::string_view content_type, std::string_view body);

 private:
  Session session_;
  RunQueue queue_;
};

// Whether a request's Host header names this machine: a server on the loopback answers no
// other name, so a foreign page cannot reach it by rebinding its own name to 127.0.0.1.
bool local_host_header(std::string_view host);
bool is_loopback(std::string_view address);

class Server {
 public:
  Server(Routes& routes, std::string host);
  ~Server();
  int bind(int port);  // the port bound (any free one for 0), or -1
  void listen();       // until stop()
  void stop();

 private:
  std::unique_ptr<httplib::Server> http_;
  std::string host_;
};

}  // namespace gdlab::live
