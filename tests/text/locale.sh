#!/usr/bin/env bash
# A terminal whose locale shows no UTF-8 (LANG=C, LC_ALL=POSIX, a Latin-1
# locale): the terminal mode writes what it can show (plain letters, or
# Latin-1) and says once how to see the whole text; a UTF-8 locale, a file
# and a pipe get the story's UTF-8 as written. The game runs on a real
# terminal (script(1) gives it one), in French: accents, « », emoji.
set -u
bin=$1 root=$2
command -v script >/dev/null || { echo "skip: no script(1)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL ($case): $*"; fails=$((fails + 1)); }
story=$root/stories/template
settings='# behind-the-screen settings 1\nlang = fr\ncountry = FR\nname = Sam\ngender = f\nset_up = true\nspeed = instant\n'
on_terminal() { # locale assignment ("LC_ALL=C"); the session in $work/out
  rm -rf "$work/home"
  mkdir -p "$work/home"
  printf "$settings" >"$work/home/settings.conf"
  printf '1\n1\nq\n' | env -u LC_ALL -u LC_CTYPE -u LANG "$1" BTS_HOME="$work/home" TERM=dumb \
    script -qec "$bin --text --lang fr $story" /dev/null >"$work/out" 2>&1
}
for loc in LC_ALL=C LC_ALL=POSIX LANG=C; do
  case=$loc
  on_terminal "$loc"
  grep -q "Un nouvel abonne" "$work/out" || fail "the French title is not in plain letters: $(head -c 400 "$work/out")"
  LC_ALL=C grep -q $'[\x80-\xff]' "$work/out" && fail "bytes a $loc terminal cannot show: $(LC_ALL=C grep -a $'[\x80-\xff]' "$work/out" | head -3)"
  n=$(grep -c "export LANG=C.UTF-8" "$work/out")
  [ "$n" = 1 ] || fail "the way to a UTF-8 locale is said $n times, not once"
  grep -q "reglage de langue" "$work/out" || fail "the hint is not in the player's language, in plain letters"
done
case=latin-1
on_terminal LANG=fr_FR.ISO-8859-1
grep -q $'Un nouvel abonn\xe9' "$work/out" || fail "the title is not in Latin-1: $(head -c 300 "$work/out" | od -c | head -5)"
grep -q $'\xc3' "$work/out" && fail "UTF-8 bytes on a Latin-1 terminal"
case=utf-8
on_terminal LANG=C.UTF-8
grep -q "Un nouvel abonné" "$work/out" || fail "UTF-8 changed on a UTF-8 terminal"
grep -q "export LANG" "$work/out" && fail "a hint on a UTF-8 terminal"
case=pipe
printf "$settings" >"$work/home/settings.conf"
out=$(printf '1\nq\n' | LC_ALL=C BTS_HOME=$work/home "$bin" --text --lang fr "$story" 2>&1)
grep -q "Un nouvel abonné" <<<"$out" || fail "a pipe does not get the story as written (UTF-8)"
grep -q "export LANG" <<<"$out" && fail "a hint when nothing is shown on a terminal"
[ $fails = 0 ] && echo "ok: plain letters or Latin-1 where the locale says so, UTF-8 elsewhere"
exit $((fails > 0))
