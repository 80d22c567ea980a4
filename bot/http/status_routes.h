#pragma once
// GET /healthz and GET /metrics. Mount them once the Bot is constructed (index loaded): from
// then on /healthz answers 200 {"status":"ok"}, or 503 {"status":"degraded","reason":...}
// while the state database cannot be reached (a readiness check: the process itself is fine).
#include <functional>
#include <optional>
#include <string>

#include "bot/http/metrics.h"
#include "bot/http/router.h"

namespace lenbot {

// Why the state store cannot serve now, or nullopt when it can (or when there is no probe).
using StateProbe = std::function<std::optional<std::string>()>;

// `metrics` must outlive the router. `state_problem`, when set, is asked on every /healthz.
void mount_status_routes(Router& router, const Metrics& metrics, StateProbe state_problem = {});

}  // namespace lenbot
