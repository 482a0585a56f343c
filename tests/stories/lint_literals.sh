#!/usr/bin/env bash
# The checker's literal-number lint: it names file:line and the placeholder
# to use for each phone number, address and amount in the fixture, and
# stays silent on the lines that have none (the shipped stories are checked
# silent by story.*.check).
set -u
bin=$1 dir=$2
out=$("$bin" --check "$dir" 2>&1 >/dev/null)
status=0
expect() {
  if ! grep -qF -- "$1" <<< "$out"; then
    echo "FAIL: expected a warning containing: $1"
    status=1
  fi
}
f=$dir/story.lua
expect "$f:6: warning: '3018' looks like a help number (3018): use {help.youth-line} so players elsewhere see theirs"
expect "$f:7: warning: 'internet-signalement.gouv.fr' looks like a web address"
expect "$f:8: warning: 'help@example.org' looks like an e-mail address"
expect "$f:9: warning: '200' looks like an amount of money: write {money 200}"
expect "$f:10: warning: '0800 1111' looks like a help number (Childline): use {help.youth-line}"
expect "$f:13: warning: '50' looks like an amount of money: write {money 50}"
expect "$f:16: warning: '116 123' looks like a help number (Samaritans): use {help.crisis}"
# a help number named as one, in English, French, Italian
expect "$f:27: warning: '112' looks like a help number"
expect "$f:28: warning: '3018' looks like a help number"
expect "$f:29: warning: '114' looks like a help number"
expect "$f:30: warning: '116 123' looks like a help number"
# the same numbers counting or naming something: no false alarm
for line in 11 12 22 23 24 25 26; do
  if grep -q "$f:$line:" <<< "$out"; then
    echo "FAIL: line $line has nothing to warn about:"
    grep "$f:$line:" <<< "$out"
    status=1
  fi
done
[ $status = 0 ] && echo "ok: the lint names each literal with its file:line"
[ $status = 0 ] || echo "$out"
exit $status
