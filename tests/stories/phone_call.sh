#!/usr/bin/env bash
# A phone call in a story is shown as a call (stories/skype: the player
# phones the helpline): in the terminal, in every shipped language, the call
# is announced as one the player makes ("[You call Karim: ..."), every line
# of the counsellor is said on the call ("Karim, on the call: ..."), none is
# a chat message ("Karim: ..."), and the call ends before the story goes on.
set -u
bin=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data HOME=$tmp BTS_HOME=$tmp/home
status=0
check() { # lang, "[You call", "Karim, on the call"
  lang=$1 call=$2 said=$3
  for scene in appel-3018-matin appel-3018-soir; do
    printf '1\nq\n' | "$bin" --text "$root/stories/skype" --lang "$lang" --country GB --name Sam --gender x \
      --scene "$scene" --no-trace > "$tmp/out" 2>&1
    grep -qF "[$call Karim" "$tmp/out" || { echo "FAIL: $lang $scene: no \"[$call Karim\""; status=1; }
    n=$(grep -cF "$said" "$tmp/out")
    [ "$n" -ge 3 ] || { echo "FAIL: $lang $scene: $n lines \"$said\" (3 or more expected)"; status=1; }
    if grep -q '^Karim: ' "$tmp/out"; then
      echo "FAIL: $lang $scene: Karim writes chat messages:"; grep '^Karim: ' "$tmp/out" | head -2; status=1
    fi
  done
}
check en "You call" "Karim, on the call: "
check fr "Tu appelles" "Karim, en appel : "
check it "Chiami" "Karim, in chiamata: "
[ $status = 0 ] && echo "ok: the helpline call is a call in en, fr, it"
exit $status
