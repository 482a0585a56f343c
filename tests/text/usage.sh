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
# What was printed must arrive: on a full disk it is said, exit 1 (it was a
# silent empty file and 0).
if [ -w /dev/full ]; then
  err=$("$bin" --graph "$root/stories/template" 2>&1 >/dev/full); rc=$?
  [ $rc -eq 1 ] || { echo "FAIL: --graph to a full disk exited $rc, not 1"; fail=1; }
  echo "$err" | grep -q "could not all be written: the disk is full" || { echo "FAIL: a full disk not said: $err"; fail=1; }
fi
# "uk", as people there type it, is the United Kingdom's help (GB), not
# "no help contacts for this country yet".
out=$("$bin" --replay 1,1,1,1 --country uk "$root/stories/template" 2>/dev/null)
echo "$out" | grep -q "Childline" || { echo "FAIL: --country uk does not give the UK's help"; fail=1; }
# A typo's extra zeros would play for hours: refused as usage.
"$bin" --random 99999999999 "$root/stories/template" >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || { echo "FAIL: --random 99999999999 exited $rc, not 2"; fail=1; }
[ $fail -eq 0 ] && echo "ok: --help and --text name the stories and languages there are"
exit $fail
