#!/usr/bin/env bash
# The command line as an admin meets it: --version and every command's --help exit 0; a
# database setting that is not a path or supported URI exits 2 naming the key, without making
# anything; the old --state spelling still works (with a warning); backup and admin work on a
# state file; relative paths never fall back to the source tree.
set -euo pipefail
lenbot=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"  # no corpus/ here: nothing may be found by accident

"$lenbot" --version | grep -Eq '^lenbot [0-9]+\.[0-9]+\.[0-9]+$'
for command in ask chat quiz index serve backup admin discord-commands; do
  "$lenbot" "$command" --help > "$work/help.txt" || { echo "$command --help failed"; exit 1; }
  grep -q "Usage" "$work/help.txt"
done
"$lenbot" --help > /dev/null

expect_exit() {  # expect_exit CODE FRAGMENT ARGS...
  local code=$1 fragment=$2
  shift 2
  set +e
  "$lenbot" "$@" > "$work/out.txt" 2> "$work/err.txt"
  local status=$?
  set -e
  [ "$status" = "$code" ] || { echo "$* exited $status, not $code"; cat "$work/err.txt"; exit 1; }
  grep -q -- "$fragment" "$work/err.txt" || { echo "$*: no '$fragment' in:"; cat "$work/err.txt"; exit 1; }
}
expect_exit 2 '"state_db" is "postgresql:"' serve --state-db postgresql:
expect_exit 2 '"db" is "postgresql://x/y"' index --db postgresql://x/y
expect_exit 2 'unknown option --nope' ask --nope hi
expect_exit 2 'trusted_proxies' serve --state-db "$work/s.db" --db "$work/i.db" \
  --trusted-proxies not-a-cidr --corpus "$src/corpus/kagamine_len_article.txt"
# A PostgreSQL state_db: backup points to pg_dump; a database that is not there is one line.
expect_exit 2 'pg_dump' backup --state-db postgresql://lenbot:pw@127.0.0.1:1/lenbot "$work/b.db"
expect_exit 2 'lenbot:\*\*\*@' admin --state-db postgresql://lenbot:pw@127.0.0.1:1/lenbot blocked
[ ! -e "$work/b.db" ] || { echo "backup wrote a file for a PostgreSQL state_db"; exit 1; }
[ ! -e "$work/postgresql:" ] || { echo "made a folder named postgresql:"; exit 1; }
# Without LENBOT_HOME the corpus is looked for here, not in the source tree.
expect_exit 1 "corpus" ask --db "$work/i.db" hi

export LENBOT_HOME=$src
"$lenbot" ask --db "$work/i.db" --state "$work/s.db" --conversation c1 "who is rin?" \
  > /dev/null 2> "$work/err.txt"
grep -q -- "--state is deprecated; use --state-db" "$work/err.txt"
[ -f "$work/s.db" ] || { echo "--state did not name the state file"; exit 1; }

"$lenbot" backup --state-db "$work/s.db" "$work/copy.db" | grep -q "backed up"
[ -s "$work/copy.db" ]
expect_exit 2 "usage: lenbot backup" backup --state-db "$work/s.db"
"$lenbot" admin --state-db "$work/s.db" block-channel 123 | grep -q "blocked"
"$lenbot" admin --state-db "$work/s.db" blocked | grep -qx "123"
"$lenbot" admin --state-db "$work/s.db" user-hash 80351110224678912 | grep -qx "ec26a896fae0"
expect_exit 2 "usage: lenbot admin" admin --state-db "$work/s.db" remove-user
expect_exit 2 "usage: lenbot admin" admin --state-db "$work/s.db" explode
echo "command line: version, help, refusals, --state alias, backup, admin: ok"
