// QUIZ MODE (placeholder): the quiz tab's script. Mount the quiz UI into #quiz-root (it holds a
// "coming soon" card until then). Routes to use: POST /api/quiz/start, POST /api/quiz/answer,
// GET /api/quiz/score, GET /api/quiz/leaderboard. Same rules as app.js: textContent only.
'use strict';
