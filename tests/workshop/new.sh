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
# A name in French keeps its letters ("Été" is "ete", not "t").
out=$("$bin" --new "Mon Histoire Été") || fail "exit $?"
echo "$out" | grep -q 'its id is "mon-histoire-ete"' || fail "accents in the name: $out"
# A class's folder: --check checks the story in each of its folders.
mkdir class
"$bin" --new class/anna >/dev/null && "$bin" --new class/ben >/dev/null || fail "two stories in a class folder"
sed -i 's/go = "profile"/go = "profil"/' class/ben/story.lua
out=$("$bin" --check class 2>&1); [ $? = 1 ] || fail "--check of a class folder: exit, $out"
echo "$out" | grep -q '^class/anna: .* 0 errors' || fail "--check of a class folder did not check anna: $out"
echo "$out" | grep -q '^class/ben/story.lua:[0-9]*: error: .*no scene "profil" (did you mean "profile"?)' \
  || fail "--check of a class folder did not check ben: $out"
# Names with no letter to keep get ids of their own, never one shared id
# (saves are named by id: two such stories would set each other's place aside).
"$bin" --new "class/🐉🐉" >/dev/null && "$bin" --new "class/🦄🦄" >/dev/null || fail "emoji names"
a=$(sed -n 's/^  id = "\(.*\)",$/\1/p' "class/🐉🐉/story.lua") b=$(sed -n 's/^  id = "\(.*\)",$/\1/p' "class/🦄🦄/story.lua")
[ -n "$a" ] && [ "$a" != "$b" ] || fail "two emoji-named stories share the id '$a'"
# A copy of a pupil's story, changed, keeps the same id: the class check says so.
cp -r class/anna class/anna-copy
sed -i 's/saw your drawings/saw your comics/' class/anna-copy/story.lua
out=$("$bin" --check class 2>&1)
echo "$out" | grep -q '^class/anna-copy/story.lua:[0-9]*: warning: story: id "anna" is also the id of the story in class/anna' \
  || fail "two stories of a class with one id are not warned: $out"
# A class's folder to play: the terminal plays one story, so it names them.
err=$("$bin" --text class 2>&1 </dev/null); [ $? = 2 ] || fail "--text of a class folder: exit, $err"
echo "$err" | grep -q "class holds [0-9]* stories, one in each folder (.*class/anna.*): play one of them, like behind-the-screen --text \"class/anna\"" \
  || fail "--text of a class folder does not name its stories: $err"
echo "new: all passed"
