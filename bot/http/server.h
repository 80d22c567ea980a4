#pragma once
// lenbot's HTTP server: cpp-httplib underneath, hardened explicitly (timeouts, keep-alive
// limits, payload limit, sized thread pool), with one pipeline for every mounted route:
//   head checks (request_guard) -> exact-path dispatch (Router) -> JSON 500 with an error id
//   for any exception -> security headers -> one access-log line and metrics per response.
// Routes are read from the Router when bind() runs; mount everything before that.
#include <memory>
#include <stdexcept>
#include <string>

#include "bot/http/metrics.h"
#include "bot/http/request_guard.h"
#include "bot/http/router.h"
#include "bot/http/trusted_proxies.h"

namespace lenbot {

class ServerError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 0;           // 0 picks a free port (tests)
  int threads = 8;        // workers always running
  int max_threads = 512;  // workers at most, one per open connection (see worker_pool.h)
  RequestLimits limits;
  int read_timeout_seconds = 5;
  int write_timeout_seconds = 5;
  int keep_alive_seconds = 3;
  int keep_alive_max_count = 100;
  // Peers whose X-Forwarded-For names the client for routes (remote_addr) and the access log.
  TrustedProxies trusted_proxies;
};

// A route's note for its access-log line ("user=3fa2..."): a response header by this name is
// appended to the line and never sent.
inline constexpr const char* kLogNoteHeader = "X-Lenbot-Log-Note";

// Headers sent with every response, pages and errors alike.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

class HttpServer {
 public:
  // `router` and `metrics` must outlive the server.
  HttpServer(ServerOptions options, const Router& router, Metrics& metrics);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Registers the router's paths and binds the listening socket; returns the bound port.
  // Throws ServerError when the address cannot be bound.
  int bind();

  // Serves until stop(); returns once in-flight requests have finished.
  void run();

  // Makes run() return (or not start). Safe from any thread, any number of times.
  void stop();

  // True once run() accepts connections.
  bool is_running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lenbot
