#!/usr/bin/env bash
# A computer with DejaVu Sans alone (fontconfig set up on purpose, as a
# trimmed system would be): the Japanese story still opens and draws, its
# letters as boxes, and the player is told once which package to install;
# nothing crashes. The Arabic story is drawn by DejaVu Sans itself.
set -u
bin=$1 root=$2
sans=$(fc-match -f '%{file}' 'DejaVu Sans' 2>/dev/null)
case $sans in *DejaVuSans.ttf) ;; *) echo "skip: no DejaVu Sans"; exit 77 ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/fonts" "$work/cache" "$work/bts"
ln -s "$sans" "$work/fonts/"
for style in Bold Oblique; do
  f=$(fc-match -f '%{file}' "DejaVu Sans:style=$style" 2>/dev/null)
  [ -f "$f" ] && ln -sf "$f" "$work/fonts/"
done
printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' "$work/fonts" "$work/cache" > "$work/one.conf"
export BTS_HOME=$work/bts SDL_VIDEODRIVER=dummy LANG=C.UTF-8 FONTCONFIG_FILE=$work/one.conf
printf 'setup Sam m\nrun\nchoose 1\nrun\n' > "$work/play.script"
fails=0
for story in japanese arabic; do
  "$bin" --screenshot "$work/$story.bmp" "$root/tests/scripts/$story" --script "$work/play.script" >/dev/null 2>"$work/$story.err"
  rc=$?
  [ $rc = 0 ] && [ -s "$work/$story.bmp" ] || { echo "FAIL: $story with DejaVu Sans only: exit $rc, $(cat "$work/$story.err")"; fails=1; }
done
n=$(grep -c "fonts-noto-core" "$work/japanese.err")
[ "$n" = 1 ] || { echo "FAIL: the missing font said $n times, not once: $(cat "$work/japanese.err")"; fails=1; }
if grep -q "fonts-noto-core" "$work/arabic.err"; then echo "FAIL: Arabic has a font (DejaVu Sans): $(cat "$work/arabic.err")"; fails=1; fi
[ $fails = 0 ] && echo "ok: with DejaVu Sans alone, Japanese as boxes and one message; Arabic drawn"
exit $fails
