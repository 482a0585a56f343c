#!/usr/bin/env bash
# --watch in a real window under Xvfb: the waker thread notices a saved
# change while the window sleeps, the story reloads (the frame after the
# change differs from the one before; nothing else moves on that screen),
# and the window still quits cleanly.
set -u
bin=$1 root=$2
command -v xvfb-run >/dev/null || { echo "xvfb-run missing (scripts/install-deps installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cp -r "$root/stories/template" "$work/s"
export BTS_HOME=$work/home
printf 'setup Sam f\nrun\nwait 400\nshot %s\nwait 5000\nshot %s\nquit\n' "$work/before.bmp" "$work/after.bmp" > "$work/script"
# the change is saved once the first frame is taken, however slow the machine
(for _ in $(seq 1 300); do [ -s "$work/before.bmp" ] && break; sleep 0.1; done
 sleep 0.3
 sed -i 's/Saturday afternoon. It is raining, and you are drawing./Sunday. The sun is out./' "$work/s/story.lua") &
timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" "$work/s" --watch --script "$work/script" || fail "exit $?"
wait
[ -s "$work/before.bmp" ] && [ -s "$work/after.bmp" ] || fail "no frames"
cmp -s "$work/before.bmp" "$work/after.bmp" && fail "the window did not reload the saved change"
[ ! -e "$BTS_HOME/saves/template.save" ] || fail "--watch wrote the player's save"
echo "watch (window): passed"
