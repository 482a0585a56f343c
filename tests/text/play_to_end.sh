#!/usr/bin/env bash
# The terminal player driven through stdin, to an ending, in both languages;
# undo; a corrupt save does not stop the game; no escape sequence leaks.
set -u
bin=$1 root=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export BTS_HOME=$home
fail() { echo "FAIL: $*"; exit 1; }

out=$(printf '2\n1\n3\nq\n' | "$bin" --text "$root/stories/template" --name Nour --gender f) || fail "exit $?"
echo "$out" | grep -q "hey Nour!" || fail "the name is not used"
echo "$out" | grep -q "The end: You got help" || fail "no ending"
echo "$out" | grep -q "\[x\] Check who they really are" || fail "verify not marked done"
echo "$out" | grep -q "Childline\|PHAROS\|3018" || fail "no help resources"
if printf '%s' "$out" | grep -q $'\x1b'; then fail "escape sequences on a pipe"; fi

out=$(printf '1\n2\nq\n' | "$bin" --text "$root/stories/template" --lang fr --gender f --country FR) || fail "fr exit $?"
echo "$out" | grep -q "Tu as gardé tes limites" || fail "no French ending"
echo "$out" | grep -q "3018" || fail "no French help resources"

# undo goes back to the previous choice and shows the same choices again
out=$(printf '1\nu\n2\n2\nq\n' | "$bin" --text "$root/stories/template") || fail "undo exit $?"
echo "$out" | grep -q "Back to your previous choice" || fail "undo not confirmed"
echo "$out" | grep -q "The end: You kept your boundaries" || fail "no ending after undo"

# an undo is saved too: a reply taken back, then quit, is still taken back
# when the game is resumed (the question is asked on a terminal: script(1))
if command -v script >/dev/null; then
  h3=$(mktemp -d)
  printf '2\n1\nu\nq\n' | BTS_HOME=$h3 "$bin" --text "$root/stories/template" --name Nour >/dev/null
  out=$( (sleep 1; printf 'y\n'; sleep 2; printf 'q\n'; sleep 1) |
        BTS_HOME=$h3 script -qec "'$bin' --text '$root/stories/template' --name Nour" /dev/null | tr -d '\r')
  rm -rf "$h3"
  echo "$out" | grep -qF "The account is two weeks old" || fail "resume after undo: the reply kept was lost"
  echo "$out" | grep -qF "A selfie at your desk" && fail "resume after undo: the reply taken back came back"
fi

# a save was written after a choice, and a corrupt one is set aside
printf '1\nq\n' | "$bin" --text "$root/stories/template" >/dev/null
[ -f "$home/saves/template.save" ] || fail "no autosave after a choice"
printf 'garbage' > "$home/saves/template.save"
out=$(printf '2\n2\nq\n' | "$bin" --text "$root/stories/template" 2>&1) || fail "corrupt save stopped the game"
echo "$out" | grep -q "The end" || fail "no ending with a corrupt save present"

# "saved" is said only when a save of that point exists
h2=$(mktemp -d)
out=$(printf 'q\n' | BTS_HOME=$h2 "$bin" --text "$root/stories/template")
echo "$out" | grep -q "place is saved" && fail "claims a save before any choice"
out=$(printf '1\nq\n' | BTS_HOME=$h2 "$bin" --text "$root/stories/template")
echo "$out" | grep -q "place is saved" || fail "does not say the place is saved"
rm -rf "$h2"

# a country the game has no data for (a locale's es_ES): a kind note and the
# contacts for everybody, the story's amounts and payment words as sentences
out=$(printf '1\n1\n2\n1\n2\n1\n1\nq\n' | "$bin" --text "$root/stories/forty-minutes" --country ES 2>&1) || fail "ES exit $?"
echo "$out" | grep -q "No help contacts for this country yet" || fail "ES: no kind note in the help"
echo "$out" | grep -q "Take It Down" || fail "ES: not even the contacts for every country"
echo "$out" | grep -q "€500 or everyone gets this" || fail "ES: the amount is not written"
if echo "$out" | grep -qE '\{(money|payment|help)|error|ES\.lua'; then
  fail "ES: braces or an error shown to the player: $(echo "$out" | grep -E '\{(money|payment|help)|error|ES\.lua' | head -2)"
fi

# usage errors exit 2, a missing story exits 1
"$bin" --text 2>/dev/null; [ $? -eq 2 ] || fail "--text without story should exit 2"
"$bin" --bogus 2>/dev/null; [ $? -eq 2 ] || fail "unknown option should exit 2"
"$bin" --text "$root/no-such-story" </dev/null 2>/dev/null; [ $? -eq 1 ] || fail "missing story should exit 1"
echo "terminal player: ok"
