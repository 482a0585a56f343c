#!/usr/bin/env bash
# Ctrl+C, a kill or a closed terminal while the player waits for a choice:
# the game stops as if "q" were typed (its place saved, the goodbye said,
# exit 0), never killed in the middle of a line.
set -u
bin=$1 root=$2
work=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export BTS_HOME=$work/home
set -m # job control: the game in the background gets Ctrl+C's signal, not ignored
mkfifo "$work/in"
for sig in INT TERM HUP; do
  rm -rf "$BTS_HOME" "$work/out"
  "$bin" --text "$root/stories/template" <"$work/in" >"$work/out" 2>"$work/err" &
  pid=$!
  exec 3>"$work/in" # the input stays open: the player waits, as at a keyboard
  printf '1\n' >&3
  for _ in $(seq 1 200); do
    [ "$(grep -c 'Your choice>' "$work/out" 2>/dev/null)" -ge 2 ] && break
    sleep 0.1
  done
  [ "$(grep -c 'Your choice>' "$work/out")" -ge 2 ] || fail "$sig: the second choice never came: $(tail -5 "$work/out")"
  kill -"$sig" "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fail "$sig: the game did not stop"; fi
  wait "$pid"
  rc=$?
  exec 3>&-
  [ "$rc" -eq 0 ] || fail "SIG$sig: exit $rc (killed, not stopped)"
  grep -q "Your place is saved" "$work/out" || fail "SIG$sig: no goodbye: $(tail -3 "$work/out")"
  [ -f "$BTS_HOME/saves/template.save" ] || fail "SIG$sig: the place was not saved"
  if grep -qE 'AddressSanitizer|runtime error:' "$work/err"; then fail "SIG$sig: sanitizer: $(head -5 "$work/err")"; fi
done
echo "stop: all passed"
