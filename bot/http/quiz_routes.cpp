#include "bot/http/quiz_routes.h"

#include <string>

#include "bot/http/quiz_codec.h"
#include "bot/http/throttle.h"
#include "bot/quiz/quiz_json.h"

namespace lenbot {
namespace {

template <typename T>
HttpResponse reply_of(const QuizResult<T>& result) {
  return result ? json_reply(200, to_json(result.value())) : quiz_error_reply(result.error());
}

const QuizIds& ids_of(const QuizIds& request) { return request; }
const QuizIds& ids_of(const QuizStartRequest& request) { return request.ids; }
const QuizIds& ids_of(const QuizAnswerRequest& request) { return request.ids; }

// A POST route: throttle by address, decode the body, throttle by user, act on a service.
// `act(QuizService&, const Request&)` returns a QuizResult.
template <typename Request, typename Act>
RouteHandler quiz_post(QuizHub& hub, RateLimiter& limiter,
                       DecodedQuiz<Request> (*decode)(std::string_view), Act act) {
  return [&hub, &limiter, decode, act](const HttpRequest& request) -> HttpResponse {
    if (auto limited = throttle(limiter, "ip:" + request.remote_addr)) return *limited;
    const DecodedQuiz<Request> decoded = decode(request.body);
    if (!decoded.ok()) return quiz_bad_request(decoded.error);
    const QuizIds& ids = ids_of(decoded.request);
    if (auto limited = throttle(limiter, "user:" + ids.user)) return *limited;
    return hub.with_service(
        [&](QuizService& service) { return reply_of(act(service, decoded.request)); });
  };
}

HttpResponse quiz_score(const HttpRequest& request, QuizHub& hub, RateLimiter& limiter) {
  if (auto limited = throttle(limiter, "ip:" + request.remote_addr)) return *limited;
  const auto decoded = decode_score_query(request);
  if (!decoded.ok()) return quiz_bad_request(decoded.error);
  const QuizIds& ids = decoded.request;
  return hub.with_service(
      [&](QuizService& service) { return reply_of(service.score(ids.channel, ids.user)); });
}

HttpResponse quiz_leaderboard(const HttpRequest& request, QuizHub& hub, RateLimiter& limiter) {
  if (auto limited = throttle(limiter, "ip:" + request.remote_addr)) return *limited;
  const auto decoded = decode_leaderboard_query(request);
  if (!decoded.ok()) return quiz_bad_request(decoded.error);
  const LeaderboardQuery& query = decoded.request;
  const auto board = hub.with_service(
      [&](QuizService& service) { return service.leaderboard(query.channel, query.limit); });
  if (!board) return quiz_error_reply(board.error());
  return json_reply(200, to_json(query.channel, board.value()));
}

}  // namespace

void mount_quiz_routes(Router& router, QuizHub& hub, RateLimiter& limiter) {
  router.post(
      "/api/quiz/start",
      quiz_post(hub, limiter, decode_quiz_start, [](QuizService& s, const QuizStartRequest& r) {
        return s.start(r.ids.channel, r.ids.user, r.until, r.in_story_order);
      }));
  router.post(
      "/api/quiz/answer",
      quiz_post(hub, limiter, decode_quiz_answer, [](QuizService& s, const QuizAnswerRequest& r) {
        return r.option ? s.answer_question(r.ids.channel, r.ids.user, r.question_id, *r.option)
                        : s.answer(r.ids.channel, r.ids.user, r.answer);
      }));
  router.post("/api/quiz/hint",
              quiz_post(hub, limiter, decode_quiz_ids, [](QuizService& s, const QuizIds& r) {
                return s.hint(r.channel, r.user);
              }));
  router.post("/api/quiz/skip",
              quiz_post(hub, limiter, decode_quiz_ids, [](QuizService& s, const QuizIds& r) {
                return s.skip(r.channel, r.user);
              }));
  router.post("/api/quiz/stop",
              quiz_post(hub, limiter, decode_quiz_ids, [](QuizService& s, const QuizIds& r) {
                return s.stop(r.channel, r.user);
              }));
  router.get("/api/quiz/score", [&hub, &limiter](const HttpRequest& request) {
    return quiz_score(request, hub, limiter);
  });
  router.get("/api/quiz/leaderboard", [&hub, &limiter](const HttpRequest& request) {
    return quiz_leaderboard(request, hub, limiter);
  });
}

}  // namespace lenbot
