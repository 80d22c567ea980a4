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

CHECKS = {
    "verdict opening a wh-question's reply": lambda q, r, a: bool(WH.search(q) and VERDICT.search(r)),
    "'...Yeah, her.' opener": lambda q, r, a: "Yeah, her" in r,
    "'the two' in a reply": lambda q, r, a: bool(re.search(r"\bthe two\b", r, re.I)),
    "'their' in a reply": lambda q, r, a: bool(re.search(r"\btheir\b", r)),
    "raw infobox list": lambda q, r, a: "(Part" in r or bool(re.search(r"[A-Za-z]; [A-Z]", r)),
    "reply opening on 'Then'": lambda q, r, a: a.startswith("Then "),
    "who/where reply opening with the person or place": lambda q, r, a: bool(
        re.match(r"^(yo len |len )?(who|where)", q.lower()) and HEAD.match(a)),
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
