#!/usr/bin/env bash
# --new makes a checked, playable story folder with its own id, says what to
# do next, and never writes over anything.
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$work"
out=$("$bin" --new "Our Story") || fail "exit $?"
echo "$out" | grep -q 'its id is "our-story"' || fail "id: $out"
echo "$out" | grep -q 'behind-the-screen --check "Our Story"' || fail "the next steps do not quote the folder: $out"
grep -q '^  id = "our-story",$' "Our Story/story.lua" || fail "the id was not set"
grep -q '^-- How to read this file' "Our Story/story.lua" || fail "no comments for a first-timer"
"$bin" --check "Our Story" >/dev/null 2>&1 || fail "the new story does not check clean"
out=$(printf '2\n1\n3\nq\n' | BTS_HOME=$work/home "$bin" --text "Our Story") || fail "it does not play"
echo "$out" | grep -q "The end:" || fail "no ending"
echo keep > "Our Story/mine.txt"
"$bin" --new "Our Story" 2>"$work/err" && fail "an existing folder was accepted"
grep -q "already exists" "$work/err" || fail "unclear refusal"
[ "$(cat "Our Story/mine.txt")" = keep ] || fail "an existing file changed"
ln -s /nonexistent dangling
"$bin" --new dangling 2>/dev/null && fail "a dangling link was followed"
"$bin" --new no/such/parent/x 2>"$work/err" && fail "a missing parent was accepted"
grep -q "cannot make the folder" "$work/err" || fail "unclear error for a missing parent"
grep -q "there is no folder no/such/parent here.*--new x" "$work/err" || fail "the missing parent's error says nothing to do: $(cat "$work/err")"
echo "new: all passed"
