#!/usr/bin/env bash
# On a real terminal narrower than the text, lines break between words
# (engine/text/wrap.c), never inside one; a pipe gets the lines unbroken.
# The terminal is a pseudo-terminal of 40 columns made by script(1).
set -u
bin=$1 root=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export BTS_HOME=$home NO_COLOR=1
fail() { echo "FAIL: $*"; exit 1; }
printf '# behind-the-screen settings 1\nspeed = instant\nname = Sam\ngender = m\nset_up = 1\n' > "$home/settings.conf"

# input is read by the game one line at a time: feed it slowly
feed() { sleep 1; for k in "$@"; do printf '%s\n' "$k"; sleep 0.5; done; sleep 1; }
out=$(feed s 2 q | script -qec "stty cols 40 rows 60; '$bin' --text '$root/stories/forty-minutes' --country GB" /dev/null | tr -d '\r' | sed 's/\x1b\[[0-9;]*[A-Za-z]//g')
echo "$out" | grep -q "jade.lmn" || fail "the story did not play: $out"
# no line is wider than the terminal
long=$(echo "$out" | perl -CSD -ne 'chomp; print "$_\n" if length > 40')
[ -z "$long" ] || fail "lines wider than 40 columns:
$long"
# the title's sentence breaks between words, not in "Nothing"
echo "$out" | grep -q "^Nothing explicit is shown\.$\|^then blackmail with a countdown\." \
  || echo "$out" | grep -qx "One evening, a \"girl\" your age, a" || fail "the title is not broken between words:
$out"
if echo "$out" | grep -q "Nothin$"; then fail "a word broken at the edge"; fi
# a numbered reply continues under its text
echo "$out" | grep -q "^  [12]) " || fail "no numbered replies"

# a pipe gets each line whole (screen readers, transcripts)
out=$(printf 's\n2\nq\n' | "$bin" --text "$root/stories/forty-minutes" --country GB)
echo "$out" | grep -q "One evening, a \"girl\" your age, a photo, then blackmail with a countdown. Nothing explicit is shown." \
  || fail "a pipe's line was broken"
echo "PASS"
