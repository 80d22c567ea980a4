#include "bot/http/router.h"

#include <stdexcept>

namespace lenbot {

void Router::add(std::string_view method, std::string_view path, RouteHandler handler) {
  if (path.empty() || path.front() != '/') {
    throw std::logic_error("route path must start with '/': " + std::string(path));
  }
  auto& methods = routes_[std::string(path)];
  if (!methods.emplace(std::string(method), std::move(handler)).second) {
    throw std::logic_error("route mounted twice: " + std::string(method) + " " + std::string(path));
  }
}

HttpResponse Router::dispatch(const HttpRequest& request) const {
  const auto route = routes_.find(request.path);
  if (route == routes_.end()) return error_reply(404, "no such route");
  std::string_view method = request.method;
  if (method == "HEAD") method = "GET";
  const auto handler = route->second.find(method);
  if (handler != route->second.end()) return handler->second(request);

  std::string allow;
  for (const auto& [name, unused] : route->second) {
    allow += allow.empty() ? name : ", " + name;
    if (name == "GET") allow += ", HEAD";
  }
  HttpResponse response = error_reply(405, "method not allowed");
  response.headers.emplace_back("Allow", allow);
  return response;
}

bool Router::has_path(std::string_view path) const { return routes_.find(path) != routes_.end(); }

std::vector<std::string> Router::paths() const {
  std::vector<std::string> out;
  for (const auto& [path, unused] : routes_) out.push_back(path);
  return out;
}

}  // namespace lenbot
