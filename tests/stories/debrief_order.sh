#!/usr/bin/env bash
# The debrief of the "all the right steps" paths teaches the sequence: the
# response steps numbered in the order police and helplines agree on
# (SCENARIOS.md), then the prevention steps apart, as "next time".
set -u
bin=$1 root=$2
here=$(dirname "$0")
agreed="no-pay evidence check-link report-platform block lock-down talk report-authority complaint remove verify boundaries"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data HOME=$tmp
status=0
for play in "$here"/skype-all-right.play "$here"/instagram-all-right.play; do
  story=$(awk '$1=="story"{print $2}' "$play")
  path=$(awk '$1=="path"{$1=""; print}' "$play")
  got=$("$bin" --replay "$(echo $path | tr ' ' ',')" --ids "$root/stories/$story" | awk '$1!="ending"{printf "%s ", $2}' | sed 's/ $//')
  want=$(for id in $agreed; do case " $got " in *" $id "*) printf '%s ' "$id";; esac; done | sed 's/ $//')
  if [ "$got" != "$want" ]; then
    echo "FAIL: $story: the debrief lists \"$got\", the agreed order is \"$want\""
    status=1
  fi
  # the terminal numbers the response steps and puts prevention under "Next time"
  printf '%s\nq\n' "$(echo $path | tr ' ' '\n')" | "$bin" --text "$root/stories/$story" --lang en --country GB > "$tmp/out" 2>&1
  n=$(grep -cE '^ +[0-9]+\. \[x\]' "$tmp/out")
  responses=$(echo "$got" | wc -w)
  if [ "$n" != $((responses - 2)) ] || ! grep -q '^Next time$' "$tmp/out"; then
    echo "FAIL: $story --text: $n numbered steps (want $((responses - 2))), then \"Next time\""
    status=1
  fi
  [ $status = 0 ] && echo "ok: $story debrief in the agreed order: $got"
done
exit $status
