#!/usr/bin/env bash
# A character with the player's default first name: a player who keeps the
# name the game offers would read "Sam" for two people ("tell Sam
# everything" in a story about Sam). The checker warns at its file:line,
# once, and not on a name that only starts the same (Samia).
set -u
bin=$1 dir=$2
out=$("$bin" --check "$dir" 2>&1 >/dev/null)
f=$dir/story.lua
status=0
if ! grep -qF "$f:5: warning: character \"Sam\":" <<< "$out"; then
  echo "FAIL: no warning for the character named Sam at $f:5"
  status=1
fi
if [ "$(grep -c "warning: character" <<< "$out")" != 1 ]; then
  echo "FAIL: one character warning expected (Samia is another name)"
  status=1
fi
[ $status = 0 ] && echo "ok: a character named like the player's default name is warned at its line"
[ $status = 0 ] || echo "$out"
exit $status
