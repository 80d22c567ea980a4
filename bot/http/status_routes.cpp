#include "bot/http/status_routes.h"

namespace lenbot {

void mount_status_routes(Router& router, const Metrics& metrics) {
  router.get("/healthz", [](const HttpRequest&) {
    HttpResponse response = json_reply(200, {{"status", "ok"}});
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
  });
  router.get("/metrics", [&metrics](const HttpRequest&) {
    return HttpResponse{200, "text/plain; version=0.0.4; charset=utf-8", metrics.render(), {}};
  });
}

}  // namespace lenbot
