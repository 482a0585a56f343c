#!/usr/bin/env bash
# The shipped stories played in Italian in the terminal, to a debrief with
# Italy's help: the Italian words of the game (assets/lang/it.lua), the
# Italian text of the story and of the advice, Italy's
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
    echo "$out" | grep -qF "== Fine: " || fail "$story/$gender: the terminal's words are not in Italian (no '== Fine: ')"
    echo "$out" | grep -qF "== Dove trovare aiuto (Italia) ==" || fail "$story/$gender: no Italian help header for Italy"
    echo "$out" | grep -qF "La tua scelta" || fail "$story/$gender: the prompt is not in Italian"
    echo "$out" | grep -qiF "non pagare, non mandare altro" || fail "$story/$gender: no Italian advice in the debrief"
    echo "$out" | grep -qF "Telefono Azzurro" || fail "$story/$gender: no Telefono Azzurro in the help"
    echo "$out" | grep -qF "19696" || fail "$story/$gender: no 19696 in the help"
    echo "$out" | grep -qF "02 2327 2327" || fail "$story/$gender: no Telefono Amico (the crisis line) in the help"
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
check instagram "2 1 2 2 1 2 3 2 2 3 1 4 1 2 1 1 1 1 1 1 1 1 1 1 1 1" "Una finta videochiamata su Instagram"
check forty-minutes "2 1 2 2 2 1 4 1 1 2 2 1 2 1 1 1 1" "Quaranta minuti"
# Resuming a saved game answers to the language's yes: "s" (sì) in Italian.
# The question is only asked on a terminal, so the game runs under script(1).
if command -v script >/dev/null; then
  rm -rf "$home"/*
  printf '2\nq\n' | "$bin" --text "$root/stories/template" --lang it --name Giulia --gender f >/dev/null
  out=$( (sleep 1; printf 's\n'; sleep 2; printf 'q\n'; sleep 1) |
        script -qec "'$bin' --text '$root/stories/template' --lang it --name Giulia --gender f" /dev/null | tr -d '\r')
  echo "$out" | grep -qF "Vuoi continuarla? [S/n]" || fail "resume: the question is not asked in Italian"
  echo "$out" | grep -qF "Il profilo ha due settimane" || fail "resume: 's' did not resume the saved game"
  if echo "$out" | grep -qF "Di' grazie"; then fail "resume: 's' started over"; fi
fi
# An Italian system picks Italian by itself on the first start.
rm -rf "$home"/*
out=$(printf '1\nq\n' | LC_ALL= LC_MESSAGES= LANG=it_IT.UTF-8 "$bin" --text "$root/stories/template" --gender f) || fail "it_IT: exit $?"
echo "$out" | grep -qF "Un nuovo follower" || fail "it_IT locale: the story is not in Italian"
echo "$out" | grep -qF "La tua scelta" || fail "it_IT locale: the game's words are not in Italian"
echo "Italian playthroughs: ok"
