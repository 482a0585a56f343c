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
[ $fails = 0 ] && echo "ok: a window with any sans-serif font; a message with none"
exit $fails
