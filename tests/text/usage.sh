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
# What an option writes ends in its kind of file: the order mixed up
# (--map story.lua folder) never writes over the author's story.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/stories/template" "$work/s"
cp "$work/s/story.lua" "$work/orig.lua"
for args in "--map $work/s/story.lua $work/s" "--handout $work/s $work/s/story.lua" "--summary $work/s/story.lua $work/s" \
            "--help-card FR $work/s/story.lua" "--results $work/s/story.lua" "--screenshot $work/s/story.lua $work/s" \
            "--say hi --wav $work/s/story.lua"; do
  # shellcheck disable=SC2086 # the words of $args are the arguments
  err=$("$bin" $args 2>&1 >/dev/null); rc=$?
  [ $rc -eq 2 ] || { echo "FAIL: $args exited $rc, not 2"; fail=1; }
  echo "$err" | grep -q "writes a \.[a-z]* file: give a name ending in" || { echo "FAIL: $args: unclear: $err"; fail=1; }
  cmp -s "$work/s/story.lua" "$work/orig.lua" || { echo "FAIL: $args wrote over the story"; fail=1; cp "$work/orig.lua" "$work/s/story.lua"; }
done
[ $fail -eq 0 ] && echo "ok: --help and --text name the stories and languages there are"
exit $fail
