#!/bin/sh
# --help names what this copy of the game has: every story folder (with a
# story.lua) and every language file, never a list written by hand that
# falls behind. --text without a STORY names the stories too.
set -u
bin=$1 root=$2
out=$("$bin" --help) || { echo "FAIL: --help exited $?"; exit 1; }
fail=0
for d in "$root"/stories/*/; do
  [ -f "$d/story.lua" ] || continue
  id=$(basename "$d")
  echo "$out" | grep -q "^Stories:.*\b$id\b" || { echo "FAIL: --help does not name the story $id"; fail=1; }
done
for f in "$root"/assets/lang/*.lua; do
  code=$(basename "$f" .lua)
  echo "$out" | grep -q "^Languages:.*\b$code\b" || { echo "FAIL: --help does not name the language $code"; fail=1; }
done
err=$("$bin" --text 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] || { echo "FAIL: --text without a story exited $rc, not 2"; fail=1; }
echo "$err" | grep -q "skype" || { echo "FAIL: --text without a story does not name the stories: $err"; fail=1; }
[ $fail -eq 0 ] && echo "ok: --help and --text name the stories and languages there are"
exit $fail
