#!/usr/bin/env bash
# The call screen's buttons in the shipped stories (choices marked
# button = "hangup"): in the terminal they stay numbered replies, with the
# app's word ("1) [Hang up]"), in every language; in the window a scripted
# playthrough hangs up by pressing the call's Hang up button (read aloud
# says it as the call's button, not as a numbered reply, and the story goes
# on to the scene that choice leads to).
set -u
bin=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data HOME=$tmp BTS_HOME=$tmp/home
status=0
fail() { echo "FAIL: $*"; status=1; }
text() { # story scene lang
  printf 'q\n' | "$bin" --text "$root/stories/$1" --lang "$3" --country GB --name Sam --gender x \
    --scene "$2" --no-trace 2>&1
}
want() { # output, line, what
  grep -qF -- "$2" <<<"$1" || { fail "$3: no \"$2\""; grep -E '^  [0-9]\)' <<<"$1" | head -5; }
}
want "$(text skype appel en)" "  1) [Hang up]" "skype en"
want "$(text skype appel fr)" "  1) [Raccrocher]" "skype fr"
want "$(text skype appel it)" "  1) [Termina]" "skype it"
want "$(text skype appel en)" "  2) " "skype en: the other replies"
want "$(text instagram call-on en)" "  1) [Hang up] Say no and hang up" "instagram en"
want "$(text instagram call-on fr)" "  1) [Raccrocher] Dire non et raccrocher" "instagram fr"

# The window, headless: Hang up pressed as a click would.
t=$'\t'
printf 'lang fr\ncountry FR\nsetup Sam x\nkey F3\nwait 60000\npress hangup\nwait 60000\n' >"$tmp/s"
BTS_SPEECH_LOG=$tmp/said SDL_VIDEODRIVER=dummy BTS_ROOT=$root \
  "$bin" "$root/stories/skype" --scene appel --screenshot "$tmp/shot.bmp" --script "$tmp/s" >/dev/null 2>"$tmp/err" ||
  fail "window: exit $?: $(head -c 300 "$tmp/err")"
grep -q 'no call button' "$tmp/err" && fail "window: $(cat "$tmp/err")"
grep -qF "fr${t}Raccrocher" "$tmp/said" || fail "window: Hang up not said as the call's button"
grep -qF "Tes réponses: 1, Raccrocher" "$tmp/said" && fail "window: Hang up said as a numbered reply"
grep -qF "pourquoi t'as raccroché" "$tmp/said" || { fail "window: Hang up did not take the reply"; cut -c1-120 "$tmp/said"; }
[ $status = 0 ] && echo "ok: the call's buttons in the shipped stories (terminal en/fr/it, window)"
exit $status
