#!/usr/bin/env bash
# Stories written the way real authors write them (a 15-year-old in a
# workshop, a careful adult, a hostile one), kept as they were written:
# CRLF, a BOM, tabs, curly quotes, accents, emoji, very long lines, includes.
# Each NAME/ has NAME.expect next to it: "exit N", then lines that --check's
# messages must contain (fixed strings), or must not ("not ..." lines). A story that checks clean is played
# in every mode a person would use: the terminal (piped, in English and in
# French), --random, --summary of a path, --handout, --map, --pack and
# the pack played. Nothing may crash, print a control character or invalid
# UTF-8, leave an HTML or SVG tag of the story's text unescaped, or write
# into the player's folders.
#   usage: run_realworld.sh BINARY DIR NAME
set -u
bin=$1 dir=$2 name=$3
story=$dir/$name
expect=$dir/$name.expect
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bts" "$work/home"
export BTS_HOME=$work/bts HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export LANG=C.UTF-8 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
fails=0
fail() { echo "FAIL $name: $*"; fails=$((fails + 1)); }

clean_output() { # what: the files must hold no control byte, no bidi or invisible character, valid UTF-8
  local what=$1; shift
  if LC_ALL=C grep -aqP '[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8b\x8c\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]' "$@"; then
    fail "$what: a control or direction character reached the output"
  fi
  for f in "$@"; do iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || fail "$what: invalid UTF-8 in the output"; done
  if grep -qaE 'AddressSanitizer|LeakSanitizer|runtime error:|Segmentation|Aborted' "$@"; then fail "$what: a crash or sanitizer report"; fi
}

# 1. --check: the exit code and the messages the author must see.
want_rc=$(sed -n 's/^exit //p' "$expect" | head -1)
timeout 60 "$bin" --check "$story" >"$work/out" 2>"$work/err" </dev/null
rc=$?
[ "$rc" = "${want_rc:-0}" ] || fail "--check exited $rc, expected ${want_rc:-0}"
clean_output "--check" "$work/out" "$work/err"
while IFS= read -r line; do
  case $line in
    ''|'#'*|'exit '*) continue ;;
    'not '*) ! grep -qF -- "${line#not }" "$work/err" || fail "--check said what it must not: ${line#not }"; continue ;;
  esac
  grep -qF -- "$line" "$work/err" || fail "--check did not say: $line"
done < "$expect"
# every error names a file and a line, or the story's folder for the whole story
while IFS= read -r line; do
  case $line in *': error: '*|*': warning: '*) ;; *) continue ;; esac
  printf '%s\n' "$line" | grep -qE '^[^:]+(\.lua:[0-9]+|\.lua|/?): (error|warning): ' \
    || fail "a message with no file:line: $line"
done < "$work/err"
if [ $fails -gt 0 ]; then cat "$work/err" | head -40; fi

# 2. A story that checks clean is played in every mode.
if [ "${want_rc:-0}" = 0 ]; then
  run() { # what, then the command; stdin from $work/in
    local what=$1; shift
    timeout 120 "$@" >"$work/o" 2>"$work/e" <"$work/in"
    local r=$?
    [ $r = 0 ] || { fail "$what exited $r"; head -5 "$work/e"; }
    clean_output "$what" "$work/o" "$work/e"
  }
  yes 1 | head -300 > "$work/in"
  run "--text" "$bin" --text "$story"
  grep -q "== " "$work/o" || fail "--text never reached an ending with 1, 1, 1..."
  yes 2 | head -300 > "$work/in"
  run "--text --lang fr" "$bin" --text "$story" --lang fr --country FR
  : > "$work/in"
  run "--random" "$bin" --random 200 --seed 7 "$story"
  path=1 # the first reply each time, to an ending
  while [ ${#path} -lt 120 ] && ! "$bin" --replay "$path" "$story" >/dev/null 2>&1; do path=$path,1; done
  run "--summary" "$bin" --summary "$work/summary.html" --replay "$path" "$story"
  run "--handout" "$bin" --handout "$story" "$work/handout.html"
  outs=("$work/handout.html")
  if "$bin" --map "$work/map.svg" "$story" >/dev/null 2>"$work/e"; then outs+=("$work/map.svg");
  else grep -q "Graphviz\|too big" "$work/e" || fail "--map failed: $(head -2 "$work/e")"; fi
  [ -f "$work/summary.html" ] && outs+=("$work/summary.html")
  for f in "${outs[@]}"; do
    clean_output "${f##*/}" "$f"
    if grep -qiE '<script|onerror=' "$f"; then fail "${f##*/}: the story's text came out as markup"; fi
  done
  run "--pack" "$bin" --pack "$story" "$work/story.story"
  yes 1 | head -300 > "$work/in"
  run "--text of the pack" "$bin" --text "$work/story.story"
fi
[ -z "$(find "$work/home" -mindepth 1 -print -quit)" ] || fail "files were written in HOME: $(find "$work/home" -mindepth 1 | head -3)"
[ $fails = 0 ] && echo "ok $name"
exit $((fails > 0))
