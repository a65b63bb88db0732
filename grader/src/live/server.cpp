#include "live/server.hpp"

#include <fmt/format.h>

#include "catalog/objectives.hpp"
#include "live/page.hpp"
#include "sandbox/layers.hpp"

// Last: httplib.h brings <resolv.h>, whose macro _res breaks Eigen's headers after it.
#include <httplib.h>

namespace gdlab::live {
namespace {

using nlohmann::json;

Reply error(int status, const std::string& message) {
  return {status, "application/json", json{{"error", message}}.dump()};
}

// What httplib's own refusals say (they come with no body of ours).
std::string status_text(int status) {
  switch (status) {
    case 400: return "bad request: not an HTTP request this server reads";
    case 404: return "no such page";
    case 413: return body_too_large();
    default: return fmt::format("bad request (HTTP {})", status);
  }
}

}  // namespace

Routes::Routes(Session session, int max_waiting) : session_(std::move(session)), queue_(max_waiting) {}

Reply Routes::page() const { return {200, "text/html; charset=utf-8", lab_page()}; }

Reply Routes::catalog() const {
  json problems = json::array(), objectives = json::array();
  for (const auto& p : session_.problems)
    problems.push_back({{"id", p.id}, {"title", p.title}, {"source", p.source}, {"dim", p.dim}, {"params", p.params}});
  for (const auto& o : figure_objectives()) {
    const auto start = catalog::make_objective(catalog::NamedCall::parse(o.name)).default_start;
    objectives.push_back({{"name", o.name},
                          {"label", o.label},
                          {"dim", o.dim},
                          {"start", std::vector<double>(start.data(), start.data() + start.size())}});
  }
  const json body = {{"problems", problems},
                     {"objectives", objectives},
                     {"submission", session_.submission.string()},
                     {"isolation", sandbox::layer_names(sandbox::isolation())},
                     {"limits", {{"steps", kMaxSteps}, {"rates", kMaxRates}, {"lr", kMaxRate}, {"x", kMaxCoordinate}}}};
  return {200, "application/json", body.dump()};
}

Reply Routes::run(std::string_view content_type, std::string_view body) {
  if (!content_type.starts_with("application/json")) return error(415, "send the run as application/json");
  auto parsed = parse_run_request(body, session_.problems);
  if (const auto* why = std::get_if<std::string>(&parsed)) return error(400, *why);
  const auto& request = std::get<RunRequest>(parsed);
  try {
    const auto result = queue_.run([&] { return run_request(session_, request); });
    if (!result) return error(503, "busy: other runs are waiting; try again in a moment");
    return {200, "application/json", result->dump(-1, ' ', false, json::error_handler_t::replace)};
  } catch (const std::exception& e) {  // the grader's own failure, never the student's
    return error(500, fmt::format("internal error: {}", e.what()));
  }
}

bool is_loopback(std::string_view a) { return a == "127.0.0.1" || a == "localhost" || a == "::1" || a == "[::1]"; }

bool local_host_header(std::string_view host) {
  std::string_view name = host;
  if (name.starts_with('[')) {  // [::1]:8765
    const auto close = name.find(']');
    if (close == std::string_view::npos) return false;
    name = name.substr(0, close + 1);
  } else if (const auto colon = name.rfind(':'); colon != std::string_view::npos) {
    name = name.substr(0, colon);
  }
  return is_loopback(name);
}

Server::Server(Routes& routes, std::string host) : http_(std::make_unique<httplib::Server>()), host_(std::move(host)) {
  auto& http = *http_;
  // Enough threads that the page and the catalog answer while runs wait; more runs than the
  // queue holds are told "busy" at once rather than piling up behind the one running.
  http.new_task_queue = [] { return new httplib::ThreadPool(8); };
  http.set_payload_max_length(kMaxBody);
  const auto send = [](httplib::Response& res, const Reply& r) {
    res.status = r.status;
    res.set_content(r.body, r.content_type.c_str());
    res.set_header("Cache-Control", "no-store");
  };
  const bool loopback = is_loopback(host_);
  http.set_pre_routing_handler([loopback, send](const httplib::Request& req, httplib::Response& res) {
    if (loopback && !local_host_header(req.get_header_value("Host"))) {
      send(res, error(403, "this server answers only to localhost"));
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http.Get("/", [&routes, send](const httplib::Request&, httplib::Response& res) { send(res, routes.page()); });
  http.Get("/api/catalog",
           [&routes, send](const httplib::Request&, httplib::Response& res) { send(res, routes.catalog()); });
  http.Post("/api/run", [&routes, send](const httplib::Request& req, httplib::Response& res) {
    send(res, routes.run(req.get_header_value("Content-Type"), req.body));
  });
  http.set_error_handler([send](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) send(res, error(res.status, status_text(res.status)));
  });
}

Server::~Server() = default;

int Server::bind(int port) {
  if (port == 0) return http_->bind_to_any_port(host_.c_str());
  return http_->bind_to_port(host_.c_str(), port) ? port : -1;
}

void Server::listen() { http_->listen_after_bind(); }

void Server::stop() { http_->stop(); }

}  // namespace gdlab::live
