#!/usr/bin/env bash
# Runs a scripted playthrough (.play file) with --replay and compares the
# ending and every advice verdict with what the file expects.
#   story ID | lang L | path 1 2 1 | ending ID | taken ID... | missed ID... | wrong-order ID... | not-needed ID...
set -u
bin=$1 root=$2 play=$3
story= lang=en path= expected=()
while read -r key rest; do
  case "$key" in
    ''|'#'*) ;;
    story) story=$rest ;;
    lang) lang=$rest ;;
    path) path=$(echo "$rest" | tr -s ' ' ',') ;;
    ending) expected+=("ending $rest") ;;
    taken|missed|wrong-order|not-needed) for id in $rest; do expected+=("$key $id"); done ;;
    *) echo "$play: unknown line '$key $rest'"; exit 2 ;;
  esac
done < "$play"
actual=$("$bin" --replay "$path" --ids --lang "$lang" "$root/stories/$story") || { echo "FAIL: --replay $path did not finish"; exit 1; }
want=$(printf '%s\n' "${expected[@]}" | sort)
got=$(echo "$actual" | sort)
if [ "$want" != "$got" ]; then
  echo "FAIL: $play"
  diff <(echo "$want") <(echo "$got") | sed 's/^</expected:/; s/^>/got:     /'
  exit 1
fi
echo "ok: $play -> $(echo "$actual" | head -1)"
