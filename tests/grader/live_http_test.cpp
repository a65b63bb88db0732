// `gdlab lab --serve`'s server on a real socket (an ephemeral port on 127.0.0.1): malformed
// and extreme requests get 400s (not HTTP at all: httplib's 400; too large: 413; a foreign
// Host: 403) while the server keeps answering, and a storm of runs of a submission that hangs
// is queued one at a time, the overflow told "busy".
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "live/server.hpp"
#include "spec/loader.hpp"

#include <httplib.h>  // after Eigen: its <resolv.h> defines _res

namespace gdlab::live {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
const fs::path source_dir = GDLAB_SOURCE_DIR;

// A server for `submission` on a free port, listening on its own thread until destroyed.
struct Running {
  Routes routes;
  Server server;
  int port;
  std::thread thread;
  Running(const fs::path& spec_file, const fs::path& submission)
      : routes({lab_problems(*spec::load_spec(spec_file.string()).spec), submission, build::Toolchain::installed()}),
        server(routes, "127.0.0.1"),
        port(server.bind(0)),
        thread([this] { server.listen(); }) {}
  ~Running() {
    server.stop();
    thread.join();
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(60, 0);
    return c;
  }
};

// What a raw, non-HTTP client gets back.
std::string raw_exchange(int port, const std::string& bytes) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string reply;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
    (void)!write(fd, bytes.data(), bytes.size());
    char buffer[4096];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) reply.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  return reply;
}

TEST(LiveHttp, MalformedAndExtremeRequestsAre400sAndTheServerKeepsAnswering) {
  Running s(source_dir / "grader/specs/gradient_descent.yaml",
            source_dir / "tests/corpus/buggy/momentum_velocity_reset_each_step");
  ASSERT_GT(s.port, 0);
  auto c = s.client();
  const auto page = c.Get("/");
  ASSERT_TRUE(page) << httplib::to_string(page.error());
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);

  const std::string tail = R"J(, "lr": 0.05, "steps": 40})J";
  const std::vector<std::string> bad = {
      "{not json",
      R"J({"problem": "momentum", "objective": "valley", "lr": NaN, "steps": 40})J",
      R"J({"problem": "momentum", "objective": "valley", "x0": [1e300, 1])J" + tail,
      R"J({"problem": "momentum", "objective": "valley", "lr": 0.05, "steps": 1000000000})J",
      R"J({"problem": "momentum", "objective": "valley", "lr": 0.05, "steps": 1e300})J",
      R"J({"problem": "momentum", "objective": "atlantis")J" + tail,
      R"J({"problem": "momentum", "objective": "valley", "params": {"beta": -1})J" + tail,
      "null",
  };
  for (const auto& body : bad) {
    const auto r = c.Post("/api/run", body, "application/json");
    ASSERT_TRUE(r) << body;
    EXPECT_EQ(r->status, 400) << body << " -> " << r->body;
    EXPECT_TRUE(json::parse(r->body).contains("error")) << r->body;
    const auto alive = c.Get("/api/catalog");
    ASSERT_TRUE(alive);
    EXPECT_EQ(alive->status, 200);
  }
  const auto huge = c.Post("/api/run", std::string(1 << 20, ' '), "application/json");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->status, 413);
  EXPECT_EQ(json::parse(huge->body).at("error"), body_too_large());
  EXPECT_NE(huge->body.find("too large: a run may send at most 16384 bytes"), std::string::npos) << huge->body;
  const auto twenty_kb = c.Post(
      "/api/run", R"J({"problem": "momentum", "pad": ")J" + std::string(20 << 10, 'x') + "\"}", "application/json");
  ASSERT_TRUE(twenty_kb);
  EXPECT_EQ(twenty_kb->status, 413);
  EXPECT_EQ(json::parse(twenty_kb->body).at("error"), body_too_large());
  for (const auto& [body, says] : std::vector<std::pair<std::string, std::string>>{
           {R"J({"problem": "momentum", "objective": "valley", "lr": NaN, "steps": 40})J",
            "JSON has no NaN or Infinity"},
           {R"J({"problem": "momentum", "objective": "valley", "lr": 1e400, "steps": 40})J",
            "1e400 is out of a double's range"}}) {
    const auto r = c.Post("/api/run", body, "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400);
    EXPECT_NE(json::parse(r->body).at("error").get<std::string>().find(says), std::string::npos) << r->body;
  }
  const auto form = c.Post("/api/run", "problem=momentum", "application/x-www-form-urlencoded");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 415);
  const auto missing = c.Get("/etc/passwd");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  const auto foreign = c.Get("/", {{"Host", "evil.example"}});
  ASSERT_TRUE(foreign);
  EXPECT_EQ(foreign->status, 403);
  EXPECT_NE(raw_exchange(s.port, "\x16\x03\x01 not http at all\r\n\r\n").find(" 400 "), std::string::npos);

  const auto good = c.Post("/api/run", R"J({"problem": "momentum", "objective": "valley")J" + tail, "application/json");
  ASSERT_TRUE(good);
  ASSERT_EQ(good->status, 200) << good->body;
  EXPECT_EQ(json::parse(good->body)["runs"][0]["leaves_at"], 2);
}

TEST(LiveHttp, AClickStormOnAHangIsQueuedOneAtATime) {
  Running s(source_dir / "tests/corpus/hostile/spec.yaml", source_dir / "tests/corpus/hostile/infinite_loop");
  ASSERT_GT(s.port, 0);
  const std::string body = R"J({"problem": "gd_1d", "objective": "quadratic1d(a=1,c=3,d=5)", "lr": 0.1, "steps": 30})J";
  std::vector<std::future<std::pair<int, std::string>>> storm;
  for (int i = 0; i < 8; ++i)
    storm.push_back(std::async(std::launch::async, [&] {
      auto c = s.client();
      const auto r = c.Post("/api/run", body, "application/json");
      return r ? std::pair{r->status, r->body} : std::pair{-1, httplib::to_string(r.error())};
    }));
  int ran = 0, busy = 0;
  for (auto& f : storm) {
    const auto [status, text] = f.get();
    if (status == 200) {
      ++ran;
      EXPECT_EQ(json::parse(text)["runs"][0]["verdict"], "time_limit");
    } else {
      EXPECT_EQ(status, 503) << text;
      ++busy;
    }
  }
  EXPECT_GE(ran, 1);
  EXPECT_GE(busy, 1);  // eight at once: one running, three waiting, the rest told to come back
  auto c = s.client();
  const auto alive = c.Get("/api/catalog");
  ASSERT_TRUE(alive);
  EXPECT_EQ(alive->status, 200);
}

}  // namespace
}  // namespace gdlab::live
