#!/usr/bin/env bash
# The shipped stories played in Italian in the terminal, to a debrief with
# Italy's help: the Italian text of the story and of the advice, Italy's
# services, the neutral forms for --gender x and none for m or f, and no
# unfilled {…} or a|b|c form left anywhere.
set -u
bin=$1 root=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export BTS_HOME=$home
fail() { echo "FAIL: $*"; exit 1; }

# story, path (the "all the right steps" path of tests/stories/*-all-right.play),
# a line of its Italian text
check() {
  local story=$1 path=$2 line=$3 gender
  for gender in m f x; do
    rm -rf "$home"/*
    out=$(printf '%s\nq\n' "$path" | tr ' ' '\n' | "$bin" --text "$root/stories/$story" \
          --lang it --country IT --name Giulia --gender $gender 2>&1) || fail "$story/$gender: exit $?"
    echo "$out" | grep -qF "$line" || fail "$story/$gender: the Italian text is missing ($line)"
    echo "$out" | grep -qF "Non pagare, non mandare altro" || fail "$story/$gender: no Italian advice in the debrief"
    echo "$out" | grep -qF "Telefono Azzurro" || fail "$story/$gender: no Telefono Azzurro in the help"
    echo "$out" | grep -qE "19696|1\.96\.96" || fail "$story/$gender: no 19696 in the help"
    echo "$out" | grep -qF "Polizia Postale" || fail "$story/$gender: no Polizia Postale in the help"
    echo "$out" | grep -qF "Per bambini e ragazzi" || echo "$out" | grep -qF "per bambini e ragazzi" ||
      fail "$story/$gender: the help texts are not in Italian"
    # a form left unfilled, e.g. {solo|sola|solə} or sol{o|a}
    if echo "$out" | grep -qE '\{[^}]*\|[^}]*\}'; then fail "$story/$gender: an unfilled {a|b} form"; fi
    case $gender in
      x) echo "$out" | grep -q 'ə' || fail "$story/x: no neutral form (schwa) for --gender x" ;;
      *) if echo "$out" | grep -q 'ə'; then fail "$story/$gender: a schwa for --gender $gender"; fi ;;
    esac
  done
}

check skype "2 1 2 1 2 2 2 1 1 3 3 1 1 3 1 1 1 1" "Una persona sconosciuta su Skype"
check instagram "2 1 2 2 1 2 3 2 2 3 1 4 2 1 1 1 1 1 1 1 1 1 1 1 1" "Una finta videochiamata su Instagram"
check forty-minutes "2 1 2 2 2 1 4 1 1 2 2 1 2 1 1 1 1" "Quaranta minuti"
echo "Italian playthroughs: ok"
