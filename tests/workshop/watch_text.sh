#!/usr/bin/env bash
# The author's loop in the terminal: --scene/--set start "from here" without
# touching the player's save; --watch reloads a saved change at the same
# place, shows errors while the story is broken and goes on with the last
# good version, then reloads once it is fixed.
set -u
bin=$1 root=$2
work=$(mktemp -d)
export BTS_HOME=$work/home
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; exec 3>&- ; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; [ -f "$work/out" ] && { echo "--- output:"; cat "$work/out"; }; exit 1; }
cp -r "$root/stories/template" "$work/s"
s=$work/s

# --scene and --set
out=$(printf 'q\n' | "$bin" --text "$s" --scene tell --set trust=3,sent_photo=true) || fail "scene: exit $?"
echo "$out" | grep -q "someone online is threatening me" || fail "--scene did not start at 'tell'"
echo "$out" | grep -q "Saturday afternoon" && fail "--scene played the start too"
out=$(printf 'q\n' | "$bin" --text "$s" --scene nowhere 2>&1); [ $? = 2 ] || fail "an unknown scene was accepted"
echo "$out" | grep -q 'no scene "nowhere" (its scenes: intro, profile' || fail "unclear unknown scene: $out"
out=$(printf 'q\n' | "$bin" --text "$s" --scene chat --set trusst=1 2>&1); [ $? = 2 ] || fail "a bad --set was accepted"
echo "$out" | grep -q "no variable 'trusst'" || fail "unclear bad --set: $out"
[ ! -e "$BTS_HOME/saves" ] || [ -z "$(ls -A "$BTS_HOME/saves")" ] || fail "--scene wrote a save"

# --watch, with input through a FIFO so the story can change mid-game
mkfifo "$work/in"
"$bin" --text "$s" --watch < "$work/in" > "$work/out" 2>&1 &
pid=$!
exec 3> "$work/in"
wait_for() { # text, seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do grep -q "$1" "$work/out" && return 0; sleep 0.1; done
  fail "timed out waiting for: $1"
}
wait_for "Watching the story's files" 5
echo 1 >&3                         # Say thanks -> chat
wait_for "so what do you like drawing" 5
sleep 0.3
sed -i 's/"so what do you like drawing?"/"so what do you like to draw?"/' "$s/story.lua"
wait_for "reloaded, 1 choice replayed" 5
wait_for "so what do you like to draw" 5
# a broken save: errors shown, the game goes on
sed -i 's/^scene "quiz" {/scene "quiz" {\n  narate "x",/' "$s/story.lua"
wait_for "The story has errors" 5
wait_for "story.lua:[0-9]*: error: 'narate'" 5
echo 2 >&3                         # Say no -> said-no -> safe-end, on the last good version
wait_for "The end: You kept your boundaries" 5
sed -i '/^  narate "x",$/d' "$s/story.lua"
wait_for "reloaded, 2 choices replayed" 5
echo q >&3
exec 3>&-
wait $pid || fail "exit $?"
pid=
if grep -q $'\x1b' "$work/out"; then fail "escape codes on a pipe"; fi
[ ! -e "$BTS_HOME/saves" ] || [ -z "$(ls -A "$BTS_HOME/saves")" ] || fail "--watch wrote a save"
echo "watch (terminal): all passed"
