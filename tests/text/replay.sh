#!/usr/bin/env bash
# --replay PATH STORY is a transcript a teacher (or an author) can read:
# every line with who says it, each decision with its replies and the one
# taken, the ending, the steps taken or missed and the country's help, in
# the language asked; it saves nothing. --ids keeps the terse form for
# scripts and the .play tests. A path that does not fit the story says so.
set -u
bin=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
home=$tmp/home
mkdir -p "$home"
export BTS_HOME=$home
fail() { echo "FAIL: $*"; exit 1; }
fake=2,1,2,2,2,4,4,1,2,2,1,1,1,1,1,1,1   # forty-minutes, nothing sent (tests/stories/forty-minutes-fake.play)
has() { grep -qF -- "$2" <<<"$1" || fail "$3: no \"$2\" in the transcript"; }

out=$("$bin" --replay $fake "$root/stories/forty-minutes" --lang en --country GB 2>"$tmp/err") ||
  fail "en: exit $? $(cat "$tmp/err")"
has "$out" "Forty minutes" en                                   # the story
has "$out" "jade.lmn: hey" en                                   # who said what
has "$out" "You: do you know a jade.lmn?" en                    # the player's own lines
has "$out" "Decision 1" en                                      # each decision...
has "$out" "  1) Reply to her" en                               # ...its replies...
has "$out" "> 2) Look at her profile first  <- reply taken" en  # ...the one taken
has "$out" "Decision 17" en
has "$out" "== The end: A picture that doesn't exist ==" en  # the ending, in words
has "$out" "[x] Keep evidence first (done)" en                  # the steps taken...
has "$out" "[ ] " en                                            # ...and missed
has "$out" "Childline" en                                       # the country's help
grep -qE '^(ending|taken|missed) [a-z-]+$' <<<"$out" && fail "en: ids in the transcript"
[ -s "$tmp/err" ] && fail "en: stderr: $(cat "$tmp/err")"
[ -z "$(find "$home" -type f)" ] || fail "the replay wrote $(find "$home" -type f | head -1)"

out=$("$bin" --replay $fake "$root/stories/forty-minutes" --lang fr --country BE 2>&1) || fail "fr: exit $?"
has "$out" "Choix 1" fr
has "$out" "réponse choisie" fr
has "$out" "== Fin : " fr
has "$out" "Child Focus" fr
out=$("$bin" --replay $fake "$root/stories/forty-minutes" --lang it --country IT 2>&1) || fail "it: exit $?"
has "$out" "Scelta 1" it
has "$out" "risposta scelta" it
has "$out" "Telefono Azzurro" it

# the terse form, unchanged
[ "$("$bin" --replay $fake --ids "$root/stories/forty-minutes" | head -1)" = "ending fake" ] || fail "--ids: no 'ending fake'"
"$bin" --ids "$root/stories/forty-minutes" >/dev/null 2>&1; [ $? -eq 2 ] || fail "--ids without --replay is not a usage error"

# a path that stops early: what was read, the replies where it stops, why
out=$("$bin" --replay 2,1 "$root/stories/forty-minutes" --lang en 2>"$tmp/err"); rc=$?
[ $rc -eq 1 ] || fail "a short path: exit $rc"
has "$out" "Decision 3" "short path"
has "$out" "  1) Screenshot her profile" "short path"
grep -qF 'the path stops at a decision in scene "theo" (2 replies shown): add the number of one of them' "$tmp/err" || fail "short path: $(cat "$tmp/err")"
# ... in the reader's language
"$bin" --replay 2,1 "$root/stories/forty-minutes" --lang fr >/dev/null 2>"$tmp/err"
grep -qF "le parcours s'arrête à un choix de la scène « theo » (2 réponses affichées)" "$tmp/err" || fail "fr short path: $(cat "$tmp/err")"
"$bin" --replay 2,1,3 "$root/stories/forty-minutes" --lang it >/dev/null 2>"$tmp/err"
grep -qF "Scelta 3: 3? la scena «theo» mostra 2 risposte, non quella." "$tmp/err" || fail "it: a number that is no reply: $(cat "$tmp/err")"
# a path longer than the story
"$bin" --replay $fake,1 "$root/stories/forty-minutes" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -qF "the path is longer than the story" "$tmp/err" || fail "a long path: exit $rc, $(cat "$tmp/err")"
"$bin" --replay $fake,1 "$root/stories/forty-minutes" --lang it >/dev/null 2>"$tmp/err"
grep -qF "il percorso è più lungo della storia" "$tmp/err" || fail "it: a long path: $(cat "$tmp/err")"
echo "replay: a readable transcript in en, fr, it; --ids; paths that do not fit"
