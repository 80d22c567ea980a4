#include "bot/http/server.h"

#include <httplib.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <optional>
#include <random>
#include <thread>

#include "bot/http/worker_pool.h"
#include "bot/storage/database.h"

namespace lenbot {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kListenBacklog = 1024;  // the kernel caps it at net.core.somaxconn

// When the current request's head was read. A connection's requests run on one pool thread,
// one at a time, and httplib's Request has no field for it, so the logger finds it here.
thread_local std::optional<Clock::time_point> t_request_started;
// The route's note for the access-log line (the kLogNoteHeader header), found the same way.
thread_local std::string t_log_note;

// Entries httplib adds to req.headers itself; a client could send them too, so they are never
// passed on as headers (the address comes from req.remote_addr).
bool is_pseudo_header(const std::string& name) {
  return name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" ||
         name == "LOCAL_PORT";
}

// The client's address: the socket peer, or what a trusted proxy forwarded for it.
std::string client_address(const httplib::Request& req, const TrustedProxies& proxies) {
  if (proxies.empty()) return req.remote_addr;
  std::vector<std::string> forwarded;
  const auto range = req.headers.equal_range("X-Forwarded-For");
  for (auto it = range.first; it != range.second; ++it) forwarded.push_back(it->second);
  return proxies.client_address(req.remote_addr, forwarded);
}

HttpRequest to_request(const httplib::Request& req, bool with_body, const TrustedProxies& proxies) {
  HttpRequest out;
  out.method = req.method;
  out.path = req.path;
  for (const auto& [name, value] : req.headers) {
    if (!is_pseudo_header(name)) out.headers.emplace(name, value);
  }
  if (with_body) out.body = req.body;
  out.remote_addr = client_address(req, proxies);
  for (const auto& [name, value] : req.params) out.params.emplace(name, value);
  return out;
}

void write_response(const HttpResponse& response, httplib::Response& res) {
  res.status = response.status;
  for (const auto& [name, value] : response.headers) res.set_header(name, value);
  res.set_content(response.body,
                  response.content_type.empty() ? "text/plain" : response.content_type);
}

std::string new_error_id() {
  thread_local std::mt19937 engine{std::random_device{}()};
  char text[9];
  std::snprintf(text, sizeof text, "%08x", static_cast<unsigned>(engine()));
  return text;
}

HttpResponse internal_error(const httplib::Request& req, std::string_view what) {
  const std::string id = new_error_id();
  spdlog::error("error {} on {} {}: {}", id, req.method, req.path, what);
  return json_reply(500, {{"error", "something went wrong on Len's side"}, {"id", id}});
}

// PostgreSQL is down or restarting: not a bug, and a retry in a moment should work.
HttpResponse state_unavailable(const httplib::Request& req, std::string_view what) {
  spdlog::warn("503 on {} {}: {}", req.method, req.path, what);
  HttpResponse response =
      json_reply(503, {{"error",
                        "Len's memory (the state database) is unavailable right now; try again in "
                        "a few seconds"}});
  response.headers.emplace_back("Retry-After", "2");
  return response;
}

HttpResponse internal_error(const httplib::Request& req, std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const StateUnavailable& e) {
    return state_unavailable(req, e.what());
  } catch (const std::exception& e) {
    return internal_error(req, e.what());
  } catch (...) {
    return internal_error(req, "unknown exception");
  }
}

// The path as a log-safe string: control bytes (a decoded %0A could forge log lines) become
// '?' and long paths are cut.
std::string printable(std::string_view path) {
  std::string out(path.substr(0, 256));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  if (path.size() > 256) out += "...";
  return out;
}

std::string_view reason_for(int status) {
  switch (status) {
    case 404:
      return "no such route";
    case 405:
      return "method not allowed";
    case 413:
      return "request body too large";
    case 414:
      return "path too long";
    case 416:
      return "Range requests are not served";
    case 431:
      return "headers too large";
    default:
      return status >= 500 ? "something went wrong on Len's side" : "bad request";
  }
}

// Registers `path` as a regex that can only match itself, so httplib's regex dispatch (which we
// cannot switch off) is no more than an exact comparison; Router::dispatch decides the rest.
std::string literal_pattern(std::string_view path) {
  std::string out;
  for (char c : path) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

struct HttpServer::Impl {
  ServerOptions options;
  const Router& router;
  Metrics& metrics;
  httplib::Server server;
  int listen_socket = -1;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> run_active{false};

  Impl(ServerOptions opts, const Router& r, Metrics& m)
      : options(std::move(opts)), router(r), metrics(m) {}

  void configure();
  httplib::Server::HandlerResponse check_head(const httplib::Request& req, httplib::Response& res);
  void serve(const httplib::Request& req, httplib::Response& res);
  void log(const httplib::Request& req, const httplib::Response& res);
};

void HttpServer::Impl::configure() {
  const auto threads = static_cast<std::size_t>(options.threads);
  const auto max_threads = static_cast<std::size_t>(options.max_threads);
  server.new_task_queue = [threads, max_threads] { return new WorkerPool(threads, max_threads); };
  server.set_tcp_nodelay(true);
  // SO_REUSEADDR only: httplib's default, SO_REUSEPORT, lets a second server bind the same port
  // and silently take half the connections. The listening socket is kept for bind() below.
  server.set_socket_options([this](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (listen_socket < 0) listen_socket = sock;
  });
  server.set_read_timeout(options.read_timeout_seconds, 0);
  server.set_write_timeout(options.write_timeout_seconds, 0);
  server.set_keep_alive_timeout(options.keep_alive_seconds);
  server.set_keep_alive_max_count(static_cast<std::size_t>(options.keep_alive_max_count));
  server.set_payload_max_length(options.limits.body_limit);
  server.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"X-Frame-Options", "DENY"}});
  server.set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) { return check_head(req, res); });
  const auto handler = [this](const httplib::Request& req, httplib::Response& res) {
    serve(req, res);
  };
  for (const std::string& path : router.paths()) {
    const std::string pattern = literal_pattern(path);
    server.Get(pattern, handler).Post(pattern, handler).Put(pattern, handler);
    server.Patch(pattern, handler).Delete(pattern, handler).Options(pattern, handler);
  }
  // Errors httplib produces itself (404 unknown path, 413, 400 bad request line) get a JSON
  // body too; responses that already have one are left alone.
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        write_response(error_reply(res.status, reason_for(res.status)), res);
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
        write_response(internal_error(req, error), res);
      });
  server.set_logger(
      [this](const httplib::Request& req, const httplib::Response& res) { log(req, res); });
}

httplib::Server::HandlerResponse HttpServer::Impl::check_head(const httplib::Request& req,
                                                              httplib::Response& res) {
  t_request_started = Clock::now();
  const auto refusal = check_request_head(to_request(req, false, options.trusted_proxies),
                                          req.target, options.limits);
  if (!refusal) return httplib::Server::HandlerResponse::Unhandled;
  write_response(*refusal, res);
  // httplib parsed any Range header already and would cut this refusal to the requested bytes.
  // The request object is not const (only the handler's view of it), so this is well defined.
  const_cast<httplib::Request&>(req).ranges.clear();
  // The body (if any) stays unread, so this connection cannot carry another request.
  res.set_header("Connection", "close");
  return httplib::Server::HandlerResponse::Handled;
}

void HttpServer::Impl::serve(const httplib::Request& req, httplib::Response& res) {
  HttpResponse response;
  try {
    response = router.dispatch(to_request(req, true, options.trusted_proxies));
  } catch (const StateUnavailable& e) {
    response = state_unavailable(req, e.what());
  } catch (const std::exception& e) {
    response = internal_error(req, e.what());
  } catch (...) {
    response = internal_error(req, "unknown exception");
  }
  const auto note = std::find_if(response.headers.begin(), response.headers.end(),
                                 [](const auto& header) { return header.first == kLogNoteHeader; });
  if (note != response.headers.end()) {
    t_log_note = std::move(note->second);
    response.headers.erase(note);
  }
  write_response(response, res);
}

void HttpServer::Impl::log(const httplib::Request& req, const httplib::Response& res) {
  long long micros = 0;
  if (t_request_started) {
    micros =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - *t_request_started)
            .count();
    t_request_started.reset();
  }
  const std::string route = router.has_path(req.path) ? req.path : "other";
  metrics.count_request(route, res.status);
  std::string note = std::move(t_log_note);
  t_log_note.clear();
  spdlog::info("{} {} {} {}us {}{}{}", printable(req.method), printable(req.path), res.status,
               micros, client_address(req, options.trusted_proxies), note.empty() ? "" : " ",
               printable(note));
}

HttpServer::HttpServer(ServerOptions options, const Router& router, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), router, metrics)) {}

HttpServer::~HttpServer() { stop(); }

int HttpServer::bind() {
  impl_->configure();
  const auto& options = impl_->options;
  int port = options.port;
  if (port == 0) {
    port = impl_->server.bind_to_any_port(options.host);
  } else if (!impl_->server.bind_to_port(options.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    throw ServerError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                      " (in use, or not an address of this machine?)");
  }
  // httplib listens with a backlog of 5: a burst of new connections (a page load, 200 slow
  // clients) overflows it, the kernel drops the extra SYNs and those clients retry only after
  // 1 s, 3 s, ... Calling listen() again on a listening socket just sets a new backlog.
  if (impl_->listen_socket >= 0) ::listen(impl_->listen_socket, kListenBacklog);
  return port;
}

void HttpServer::run() {
  impl_->run_active = true;
  if (!impl_->stop_requested) impl_->server.listen_after_bind();
  impl_->run_active = false;
}

void HttpServer::stop() {
  impl_->stop_requested = true;
  // httplib's stop() does nothing until listening has begun, so wait out a starting run().
  while (impl_->run_active && !impl_->server.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->server.stop();
}

bool HttpServer::is_running() const { return impl_->server.is_running(); }

}  // namespace lenbot
