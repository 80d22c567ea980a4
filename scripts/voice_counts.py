#!/usr/bin/env python3
"""Counts the voice defects voice_lint.py does not see, over Len's factual replies.

usage: scripts/voice_counts.py LENBOT_BIN [QUESTIONS.jsonl...]
Default: every tests/data/*_questions.jsonl. Runs `lenbot ask --json` once over all questions
and prints one line per defect class with its count (docs/voice.md, "Measured").
"""
import glob, json, re, subprocess, sys

WH = re.compile(r"^(?:(?:yo|ok|so|len|and|but)[,]?\s+)*(?:who|what|whats|wat|where|when|why|y|how|which)\b", re.I)
VERDICT = re.compile(r"^(?:\.\.\.)?(?:Yeah|Yep|Nah|Nope)\b")
INTERJECTION = re.compile(r"^((Yo|Heh|Hm|Uh|Um|Okay|Tch|Ugh|so|r-right|Wh-whoa)[,.?]*\s+)*", re.I)
HEAD = re.compile(r"^[A-Z][\w' -]{0,25}( did)?\. ")

NEGATIVE = re.compile(r"\b(not|never|pretended|deny|denied|refused|unable|without)\b|n't\b")
SAD = re.compile(r"\b(dead|died|death|suicide|killed|shot|perish\w*|cried|crying|depressed)\b")
LEFTOVER = re.compile(r"\b(the latter|the former|Soon after|nonetheless|As a carry-over|Compounding this|"
                      r"I appeared to|I seemed to|for this purpose|wear this outfit|the figure|This skill|"
                      r"Their discussion)\b")
NAMED_OPENER = re.compile(r"^(Oh, Rin\?|Heh, Rin\.\.\.|Wh-whoa, Miku\? Uh,|M-Miku\? Okay, um,|Tch, that guy\.|"
                          r"Heh, that guy\? Bring it\.) ((?:\S+ ?){1,8})")
PLACE = re.compile(r"\b(in|at|near|to|from|inside|into|behind|outside|within)\b", re.I)
TIME = re.compile(r"\b(after|before|when|while|as|during|until|once|one day|that|in the season|"
                  r"december|christmas|valentine|day|night|morning|end|time|year|later|then|soon)\b", re.I)


def unquoted(text):
    return re.sub(r'"[^"]*"', '""', text)


def off_answer_opener(reply):
    m = NAMED_OPENER.match(reply)
    if not m:
        return False
    who = "Camui" if "guy" in m.group(1) else "Miku" if "Miku" in m.group(1) else "Rin"
    return who not in m.group(2)


def persona_openers():
    """Every opener len.json may put before an answer, longest first."""
    try:
        persona = json.load(open("personas/len.json", encoding="utf-8"))
    except OSError:
        return []
    lines = list(persona["openers"])
    for mood in persona["moods"]:
        lines += mood["openers"] + mood.get("named_openers", [])
    return sorted({l for l in lines if l}, key=len, reverse=True)


OPENERS = persona_openers()


def without_opener(reply):
    for line in OPENERS:
        if reply.startswith(line + " "):
            return reply[len(line) + 1:]
    return reply


def misses_kind(question, answer):
    """who: the first sentence names nobody; where: no place word; when: no time word."""
    q = question.lower()
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", without_opener(answer), maxsplit=1)[0]
    if re.match(r"^(yo len |len )?who\b", q):
        return not re.search(r"\b(?!I\b|I')[A-Z][a-z]+|\b(comrade|producer|uploader|officer|clown|boy|girl|man|woman)\b",
                             first)
    if re.match(r"^(yo len |len )?where\b", q):
        return not PLACE.search(first)
    if re.match(r"^(yo len |len )?when\b", q):
        return not TIME.search(first)
    return False


CHECKS = {
    "verdict opening a wh-question's reply": lambda q, r, a: bool(WH.search(q) and VERDICT.search(r)),
    "'...Yeah, her.' opener": lambda q, r, a: "Yeah, her" in r,
    "'the two' in a reply": lambda q, r, a: bool(re.search(r"\bthe two\b", r, re.I)),
    "'their' in a reply": lambda q, r, a: bool(re.search(r"\btheir\b", r)),
    "raw infobox list": lambda q, r, a: "(Part" in r or bool(re.search(r"[A-Za-z]; [A-Z]", r)),
    "reply opening on 'Then'": lambda q, r, a: a.startswith("Then "),
    "who/where reply opening with the person or place": lambda q, r, a: bool(
        re.match(r"^(yo len |len )?(who|where)", q.lower()) and HEAD.match(a)),
    # voice4: the classes the fan audit of 115 replies counted (docs/voice.md).
    "who/where/when reply whose first sentence misses the asked kind": lambda q, r, a: misses_kind(q, r),
    "'Yeah' before a fact that says no": lambda q, r, a: bool(
        re.match(r"^(\.\.\.)?(Yeah|Yep)\b", r) and NEGATIVE.search(unquoted(r))
        and not re.search(r"\b(not|never|dont|didnt|wasnt)\b|n't\b", q, re.I)),
    "jokey closer after sad content": lambda q, r, a: bool(
        SAD.search(unquoted(r)) and re.search(r"(\bheh|Whatever, yo\.|Bring it\.)$", r)),
    "opener naming someone the answer is not about": lambda q, r, a: off_answer_opener(r),
    "wiki leftover ('the latter', 'Soon after', 'nonetheless', ...)": lambda q, r, a: bool(
        LEFTOVER.search(unquoted(r))),
    "quote reply without final punctuation": lambda q, r, a: bool(re.search(r'[^.!?]"$', r)),
}



def main():
    binary = sys.argv[1]
    files = sys.argv[2:] or sorted(glob.glob("tests/data/*_questions.jsonl"))
    questions = [json.loads(l)["q"].replace("\n", " ") for f in files for l in open(f, encoding="utf-8") if l.strip()]
    p = subprocess.run([binary, "ask", "--json"], input="".join(q + "\n" for q in questions).encode(),
                       capture_output=True, timeout=600)
    replies = [json.loads(l) for l in p.stdout.decode(errors="replace").splitlines() if l.strip()]
    facts = [(q, o["reply"]) for q, o in zip(questions, replies) if o.get("intent") == "fact" and o.get("sources")]
    print(f"factual replies: {len(facts)} of {len(questions)} questions")
    for name, check in CHECKS.items():
        print(f"{name}: {sum(1 for q, r in facts if check(q, r, INTERJECTION.sub('', r)))}")


if __name__ == "__main__":
    main()
