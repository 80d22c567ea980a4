#pragma once
// GET /healthz and GET /metrics. Mount them once the Bot is constructed (index loaded): from
// then on /healthz answers 200 {"status":"ok"}.
#include "bot/http/metrics.h"
#include "bot/http/router.h"

namespace lenbot {

// `metrics` must outlive the router.
void mount_status_routes(Router& router, const Metrics& metrics);

}  // namespace lenbot
