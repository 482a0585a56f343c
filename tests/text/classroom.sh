#!/usr/bin/env bash
# The terminal player with --classroom is what the class sees on the
# projector: the discussion cards, never the facilitator's notes (they are
# in the presenter view and in --handout).
set -u
bin=$1 root=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export BTS_HOME=$home
fail() { echo "FAIL: $*"; exit 1; }
path="2 1 2 1 2 2 2 1 1 3 3 1 1 3 1 1 1 1"   # skype, all the right steps: three discussion cards
for lang in en fr it; do
  rm -rf "$home"/*
  out=$(printf '%s\nq\n' "$path" | tr ' ' '\n' | "$bin" --text "$root/stories/skype" --classroom \
        --lang $lang --country FR --name Sam --gender x 2>&1) || fail "$lang: exit $?"
  case $lang in
    en) card="Let's talk about it"; notes="Let the group name the techniques|Assume a victim|For the facilitator" ;;
    fr) card="On en parle"; notes="Laisser le groupe nommer|Partir du principe qu'une victime|Pour l'animateur" ;;
    it) card="Parliamone"; notes="Lasciare che il gruppo dia un nome|Per chi conduce" ;;
  esac
  n=$(echo "$out" | grep -cF "$card")
  [ "$n" -ge 2 ] || fail "$lang: the discussion cards are not shown ($n '$card')"
  if echo "$out" | grep -qE "$notes"; then
    echo "$out" | grep -E "$notes" | head -2
    fail "$lang: a facilitator's note is printed in the classroom terminal"
  fi
done
echo "classroom terminal: no notes"
