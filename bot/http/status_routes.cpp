#include "bot/http/status_routes.h"

namespace lenbot {

void mount_status_routes(Router& router, const Metrics& metrics, StateProbe state_problem) {
  router.get("/healthz", [state_problem](const HttpRequest&) {
    const std::optional<std::string> problem =
        state_problem ? state_problem() : std::optional<std::string>();
    HttpResponse response = problem
                                ? json_reply(503, {{"status", "degraded"}, {"reason", *problem}})
                                : json_reply(200, {{"status", "ok"}});
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
  });
  router.get("/metrics", [&metrics](const HttpRequest&) {
    return HttpResponse{200, "text/plain; version=0.0.4; charset=utf-8", metrics.render(), {}};
  });
}

}  // namespace lenbot
