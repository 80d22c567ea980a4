#pragma once
// The route table every channel mounts into: exact path plus method -> handler. Paths are
// compared as whole strings (no patterns), so no path can make matching slow or deep. Mount all
// routes before the server starts; the table is read-only while serving.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bot/wire/http_message.h"

namespace lenbot {

using RouteHandler = std::function<HttpResponse(const HttpRequest&)>;

class Router {
 public:
  // Registers `handler` for `method` ("GET", "POST", ...) on `path` (starting with '/').
  // Throws std::logic_error when that method and path already have a handler.
  void add(std::string_view method, std::string_view path, RouteHandler handler);
  void get(std::string_view path, RouteHandler handler) { add("GET", path, std::move(handler)); }
  void post(std::string_view path, RouteHandler handler) { add("POST", path, std::move(handler)); }

  // Runs the matching handler. HEAD runs the GET handler; an unknown path is a JSON 404 and a
  // known path with another method a JSON 405 with Allow. Exceptions from handlers propagate.
  HttpResponse dispatch(const HttpRequest& request) const;

  bool has_path(std::string_view path) const;
  std::vector<std::string> paths() const;

 private:
  // path -> method -> handler
  std::map<std::string, std::map<std::string, RouteHandler, std::less<>>, std::less<>> routes_;
};

}  // namespace lenbot
