#!/usr/bin/env bash
# The window on a computer without DejaVu Sans or Noto Sans: any scalable
# sans-serif font fontconfig gives (here DejaVu Serif alone) draws it; with
# no font at all, a message that says what to install. Fontconfig is set
# up on purpose (FONTCONFIG_FILE), as a trimmed system would be.
set -u
bin=$1 story=$2
serif=$(fc-match -f '%{file}' 'DejaVu Serif' 2>/dev/null)
case $serif in *DejaVuSerif.ttf) ;; *) echo "skip: no DejaVu Serif"; exit 77 ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/fonts" "$work/cache" "$work/bts"
ln -s "$serif" "$work/fonts/"
printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' "$work/fonts" "$work/cache" > "$work/one.conf"
printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n' "$work/cache" > "$work/none.conf"
export BTS_HOME=$work/bts SDL_VIDEODRIVER=dummy LANG=C.UTF-8
fails=0
FONTCONFIG_FILE=$work/one.conf "$bin" --screenshot "$work/one.bmp" "$story" >/dev/null 2>"$work/err"
rc=$?
[ $rc = 0 ] && [ -s "$work/one.bmp" ] || { echo "FAIL: with DejaVu Serif only: exit $rc, $(cat "$work/err")"; fails=1; }
FONTCONFIG_FILE=$work/none.conf "$bin" --screenshot "$work/none.bmp" "$story" >/dev/null 2>"$work/err"
rc=$?
[ $rc = 1 ] && grep -q "no usable font: install" "$work/err" || { echo "FAIL: with no font: exit $rc, $(cat "$work/err")"; fails=1; }
# No font, started from a terminal: what is missing and the Debian package
# to install, in the player's language, then the story in the terminal.
if command -v script >/dev/null; then
  printf '# behind-the-screen settings 1\nlang = fr\ncountry = FR\nset_up = true\nspeed = instant\n' >"$BTS_HOME/settings.conf"
  printf '1\nq\n' | FONTCONFIG_FILE=$work/none.conf script -qec "$bin $story" /dev/null >"$work/term" 2>&1
  rc=$?
  { [ $rc = 0 ] && grep -q "sudo apt install fonts-dejavu-core" "$work/term" &&
    grep -q "police de caract" "$work/term" && grep -q "dans le terminal" "$work/term" &&
    grep -q "Tape le num" "$work/term"; } ||
    { echo "FAIL: with no font, from a terminal: exit $rc, $(head -c 600 "$work/term")"; fails=1; }
fi
# ... and with no terminal to play in (started from a menu): the same words, exit 1.
FONTCONFIG_FILE=$work/none.conf "$bin" "$story" </dev/null >/dev/null 2>"$work/err"
rc=$?
[ $rc = 1 ] && grep -q "fonts-dejavu-core" "$work/err" && grep -q "police de caract" "$work/err" ||
  { echo "FAIL: with no font, no terminal: exit $rc, $(cat "$work/err")"; fails=1; }
[ $fails = 0 ] && echo "ok: a window with any sans-serif font; with none, what to install, and the terminal"
exit $fails
