#include "bot/persona/reply_renderer.h"

#include <algorithm>

#include "bot/persona/reply_shaping.h"
#include "bot/text/ascii.h"
#include "bot/text/utf8.h"

namespace lenbot {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

// Each choice draws from its own stream so adding a closer never changes the opener.
enum Salt : std::uint64_t {
  kOpener = 1,
  kCloser,
  kSprinkle,
  kSprinkleLine,
  kDecline,
  kSmalltalk,
  kQuote,
  kFrame,
  kConnector = 100
};

std::uint64_t mix(std::uint64_t x) {  // splitmix64's finaliser
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::size_t pick(std::uint64_t seed, std::uint64_t salt, std::size_t count) {
  if (count == 0) return 0;
  return static_cast<std::size_t>(mix(seed ^ mix(salt)) % count);
}

const std::string& pick_line(const std::vector<std::string>& lines, std::uint64_t seed,
                             std::uint64_t salt) {
  static const std::string kNothing;
  return lines.empty() ? kNothing : lines[pick(seed, salt, lines.size())];
}

// Consecutive rotations give consecutive lines: never the same line twice in a row.
const std::string& rotate_line(const std::vector<std::string>& lines, std::uint64_t rotation,
                               std::uint64_t salt) {
  static const std::string kNothing;
  if (lines.empty()) return kNothing;
  return lines[static_cast<std::size_t>((rotation + mix(salt)) % lines.size())];
}

// The persona's frame for `type`, else its "default" frame, else the bare answer.
std::string answer_frame(const Persona& persona, const std::string& type, std::uint64_t seed) {
  auto it = persona.answer_frames.find(type);
  if (it == persona.answer_frames.end() || it->second.empty()) {
    it = persona.answer_frames.find("default");
  }
  if (it == persona.answer_frames.end() || it->second.empty()) return "{answer}";
  return pick_line(it->second, seed, kFrame);
}

std::string with_name(const Persona& persona, std::string_view line) {
  return fill_placeholders(line, {{"name", persona.name}});
}

std::string shrug(const Persona& persona, std::uint64_t seed) {
  return truncate_text(with_name(persona, pick_line(persona.shrugs, seed, kDecline)),
                       kMaxReplyBytes, TextUnit::kBytes);
}

// The facts as one paragraph, a connector now and then between them.
std::string join_facts(const Persona& persona, const std::vector<std::string>& facts,
                       const std::vector<std::string>& names, std::uint64_t seed) {
  std::string body;
  for (const auto& raw : facts) {
    std::string fact = finish_sentence(raw);
    if (fact.empty()) continue;
    if (!body.empty()) {
      const std::uint64_t salt = kConnector + body.size();
      if (!persona.connectors.empty() && pick(seed, salt, 2) == 0) {
        fact = pick_line(persona.connectors, seed, salt + 1) + " " + lower_first_word(fact, names);
      }
      body += ' ';
    }
    body += fact;
  }
  return body;
}

std::string join_opener(const std::string& opener, const std::string& body,
                        const std::vector<std::string>& names) {
  if (opener.empty()) return body;
  const bool continues = opener.back() == ',' || opener.back() == '-';
  return opener + " " + (continues ? lower_first_word(body, names) : body);
}

// The fact's people count as proper nouns when deciding "Yo, Rin ..." vs "Yo, after ...".
std::vector<std::string> names_for(const Persona& persona,
                                   const std::vector<std::string>& entities) {
  std::vector<std::string> names = entities;
  names.push_back(persona.name);
  return names;
}

}  // namespace

std::uint64_t reply_seed(std::string_view conversation, int turn) {
  std::uint64_t hash = kFnvOffset;
  const auto add = [&hash](unsigned char byte) { hash = (hash ^ byte) * kFnvPrime; };
  for (char c : conversation) add(static_cast<unsigned char>(c));
  add(0xFF);  // no conversation text can end with this byte and look like a turn
  const auto bits = static_cast<std::uint32_t>(turn);
  for (int shift = 0; shift < 32; shift += 8) add(static_cast<unsigned char>(bits >> shift));
  return hash;
}

std::string render_fact(const Persona& persona, const FactReply& reply, std::uint64_t seed,
                        std::uint64_t rotation) {
  std::string said;
  for (const auto& sentence : reply.sentences) said += sentence + " ";
  const MoodChoice choice = choose_mood(persona, reply.asked, reply.answered, said);
  const Mood* mood = choice.mood;
  std::vector<std::string> openers = mood != nullptr ? mood->openers : persona.openers;
  if (mood != nullptr && choice.named) {
    openers.insert(openers.end(), mood->named_openers.begin(), mood->named_openers.end());
  }
  if (openers.empty()) openers = persona.openers;
  const auto& closers = mood && !mood->closers.empty() ? mood->closers : persona.closers;
  std::vector<std::string> entities = reply.asked;
  entities.insert(entities.end(), reply.answered.begin(), reply.answered.end());
  const std::vector<std::string> names = names_for(persona, entities);
  const std::string frame = answer_frame(persona, reply.frame, seed);
  // A frame that leads in ("Yeah. {answer}") is the opener itself.
  const bool frame_leads = !frame.starts_with("{answer}");
  const std::string opener =
      frame_leads ? "" : with_name(persona, rotate_line(openers, rotation, kOpener));
  std::string tail;
  if (persona.sprinkle_one_in > 0 &&
      pick(seed, kSprinkle, static_cast<std::size_t>(persona.sprinkle_one_in)) == 0) {
    tail += " " + with_name(persona, pick_line(persona.sprinkles, seed, kSprinkleLine));
  }
  // A closer the opener, frame or sprinkle already says ("Heh, Rin... " + "heh") would
  // stutter; a reply of two sentences is long enough without one.
  const std::string framing = ascii_lower(opener + frame + tail);
  if (const std::string closer = with_name(persona, pick_line(closers, seed, kCloser));
      !closer.empty() && framing.find(ascii_lower(closer)) == std::string::npos &&
      said.find(". ") + 2 >= said.size()) {
    tail += " " + closer;
  }
  if (tail.find_first_not_of(' ') == std::string::npos) tail.clear();
  const std::size_t frame_size = opener.size() + frame.size() + 1 + tail.size();
  const std::size_t budget = kMaxReplyBytes > frame_size ? kMaxReplyBytes - frame_size : 0;
  std::string body =
      truncate_text(join_facts(persona, reply.sentences, names, seed), budget, TextUnit::kBytes);
  if (body.empty()) return shrug(persona, seed);
  const std::size_t slot = frame.find("{answer}");
  const std::string before = frame.substr(0, slot);
  if (!before.empty() && (before.ends_with(", ") || before.ends_with("- "))) {
    body = lower_first_word(body, names);
  }
  body = before + body + frame.substr(slot + std::string_view("{answer}").size());
  return truncate_text(join_opener(opener, body, names) + tail, kMaxReplyBytes, TextUnit::kBytes);
}

std::string render_fact(const Persona& persona, const std::vector<std::string>& facts,
                        const std::vector<std::string>& entities, std::uint64_t seed) {
  return render_fact(persona, FactReply{facts, entities, {}, "default"}, seed, seed);
}

std::string render_decline(const Persona& persona, const std::vector<std::string>& suggested_topics,
                           std::uint64_t /*seed*/, std::uint64_t rotation) {
  std::vector<std::string> topics;
  for (const auto& topic : suggested_topics) {
    if (!topic.empty() && std::find(topics.begin(), topics.end(), topic) == topics.end()) {
      topics.push_back(topic);
    }
  }
  std::vector<std::string> usable;
  for (const auto& line : persona.declines) {
    const std::size_t needed = line.find("{topic2}") != std::string::npos ? 2 : 1;
    if (topics.size() >= needed) usable.push_back(line);
  }
  if (usable.empty()) return shrug(persona, rotation);
  topics.resize(std::max<std::size_t>(topics.size(), 2));
  // The line rotates like an opener: one-off questions vary with their text, and two declines
  // in a row of one conversation never say the same words.
  const std::string line =
      fill_placeholders(rotate_line(usable, rotation, kDecline),
                        {{"topic1", topics[0]}, {"topic2", topics[1]}, {"name", persona.name}});
  return truncate_text(line, kMaxReplyBytes, TextUnit::kBytes);
}

std::string render_decline(const Persona& persona, const std::vector<std::string>& suggested_topics,
                           std::uint64_t seed) {
  return render_decline(persona, suggested_topics, seed, seed);
}

std::string render_smalltalk(const Persona& persona, std::string_view category,
                             std::uint64_t seed) {
  auto it = persona.smalltalk.find(category);
  // A persona without teasing lines answers teasing as an insult.
  if (it == persona.smalltalk.end() && category == "tease") it = persona.smalltalk.find("insult");
  if (it == persona.smalltalk.end() || it->second.empty()) return shrug(persona, seed);
  return truncate_text(with_name(persona, pick_line(it->second, seed, kSmalltalk)), kMaxReplyBytes,
                       TextUnit::kBytes);
}

std::string render_quote(const Persona& persona, std::string_view quote_text, std::uint64_t seed) {
  const std::string frame = with_name(persona, pick_line(persona.quote_frames, seed, kQuote));
  // A quote is a sentence said: one without final punctuation gets a full stop inside the
  // quotation marks (`"I want to become strong."`), so the reply ends like speech.
  std::string quote(quote_text);
  while (!quote.empty() && quote.back() == ' ') quote.pop_back();
  if (!quote.empty() && std::string_view(".!?~\"'").find(quote.back()) == std::string_view::npos) {
    quote += '.';
  }
  const std::string framed = fill_placeholders(frame, {{"quote", quote}});
  if (!frame.empty() && framed.size() <= kMaxReplyBytes) return framed;
  return truncate_text(quote_text, kMaxReplyBytes, TextUnit::kBytes);
}

}  // namespace lenbot
