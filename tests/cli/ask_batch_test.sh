#!/usr/bin/env bash
# lenbot ask --json in batch mode: one JSON object per input line, in order, with the shape
# the README documents; a one-off question prints Len's reply; bad options exit 2.
set -euo pipefail
lenbot=$1
data=$2
# Relative paths resolve against LENBOT_HOME (else the working directory): the source tree.
export LENBOT_HOME=$(cd "$data/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cut -d'"' -f8 "$data/dev_questions.jsonl" > "$work/questions.txt"
printf '%s\n' '' 'NEAR(' '"' 'yo' >> "$work/questions.txt"
"$lenbot" ask --json --db "$work/index.db" < "$work/questions.txt" > "$work/out.jsonl"
in_lines=$(wc -l < "$work/questions.txt")
out_lines=$(wc -l < "$work/out.jsonl")
[ "$in_lines" = "$out_lines" ] || { echo "expected $in_lines lines, got $out_lines"; exit 1; }
node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n");
  for (const line of lines) {
    const r = JSON.parse(line);
    if (typeof r.reply !== "string" || r.reply.length === 0) throw new Error("no reply: " + line);
    if (!["fact", "smalltalk", "fallback"].includes(r.intent)) throw new Error("intent: " + line);
    if (!(r.confidence >= 0 && r.confidence <= 1)) throw new Error("confidence: " + line);
    if (!Array.isArray(r.sources)) throw new Error("sources: " + line);
    for (const s of r.sources) {
      if (!Array.isArray(s.cite) || typeof s.section !== "string" || typeof s.text !== "string")
        throw new Error("source: " + line);
    }
  }
  const first = JSON.parse(lines[0]);
  if (first.intent !== "fact" || !first.sources[0].cite.includes(2)) throw new Error("order: " + lines[0]);
' "$work/out.jsonl"

reply=$("$lenbot" ask --db "$work/index.db" "what did u nick off gackpo after the fight?")
case "$reply" in *"wallet"*) ;; *) echo "unexpected reply: $reply"; exit 1 ;; esac

set +e
"$lenbot" ask --until part9 --db "$work/index.db" "hi" 2> "$work/err.txt"
status=$?
set -e
[ "$status" = 2 ] || { echo "bad --until exited $status"; exit 1; }
grep -q "part1" "$work/err.txt"
echo "ask batch: $out_lines replies in order"
