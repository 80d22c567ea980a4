#pragma once
// The quiz over HTTP (docs/quiz.md has the shapes):
//   POST /api/quiz/start, /api/quiz/answer, /api/quiz/hint, /api/quiz/skip, /api/quiz/stop
//   GET  /api/quiz/score?channel=c&user=u, /api/quiz/leaderboard?channel=c&limit=n
// Each request spends a token of its client address, and the POSTs one of their user too, in
// the limiter the chat route uses (429 with Retry-After). Bad bodies and queries are 400 with
// code "bad_request"; quiz errors map through quiz_error_status(). Storage failures propagate
// to the server, which answers a JSON 500 without their text.
#include "bot/http/rate_limiter.h"
#include "bot/http/router.h"
#include "bot/quiz/quiz_hub.h"

namespace lenbot {

// Mounts the seven quiz routes. `hub` and `limiter` must outlive the router.
void mount_quiz_routes(Router& router, QuizHub& hub, RateLimiter& limiter);

}  // namespace lenbot
