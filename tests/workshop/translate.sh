#!/usr/bin/env bash
# --translate writes every text in story order, new texts as TODO (counted as
# untranslated by --check), keeps every translation and moves stale ones to
# the end with the closest current text; it refuses to touch a file the story
# does not declare, and never loses the old file.
set -u
bin=$1 root=$2
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cp -r "$root/stories/template" "$work/s"
s=$work/s
# The test needs a language the copy does not have yet: it starts from the
# template in English and French only (the shipped one has Italian too).
rm -f "$s/translations/it.lua"
sed -i 's/translations = { "fr", "it" }/translations = { "fr" }/' "$s/story.lua"

# A new language: created, every text TODO, reloadable, a reminder to declare it.
out=$("$bin" --translate it "$s") || fail "new language: exit $?"
echo "$out" | grep -q "0 translated, 70 to translate" || fail "counts for a new language: $out"
grep -q '^translation "it" {$' "$s/translations/it.lua" || fail "no translation block"
first=$(grep -m1 -A1 '^  -- story.lua:' "$s/translations/it.lua" | tail -1)
[ "$first" = '  ["A new follower"] = TODO "A new follower",' ] || fail "the first entry is not the title: $first"
n=$(grep -c '^  -- story.lua:[0-9]*$' "$s/translations/it.lua")
[ "$n" = 70 ] || fail "expected 70 entries with their line, got $n"

# Declared: --check counts the TODO entries as untranslated.
sed -i 's/translations = { "fr" }/translations = { "fr", "it" }/' "$s/story.lua"
out=$("$bin" --check "$s" 2>&1) || fail "check failed on a TODO file: $out"
echo "$out" | grep -q 'missing "it" translation of "A new follower"' || fail "TODO not counted as missing"

# A translator's work is kept; edited texts become TODO, their old entries stay at the end.
sed -i 's/\["A new follower"\] = TODO "A new follower"/["A new follower"] = "Un nuovo follower"/' "$s/translations/it.lua"
sed -i 's/"Say thanks"/"Say thank you"/' "$s/story.lua"
out=$("$bin" --translate fr "$s") || fail "update: exit $?"
echo "$out" | grep -q "69 translated, 1 to translate (TODO), 1 no longer in the story" || fail "update counts: $out"
grep -q '\["Say thank you"\] = TODO "Say thank you",' "$s/translations/fr.lua" || fail "the new text is not TODO"
tail -4 "$s/translations/fr.lua" | grep -q 'closest text in the story now: "Say thank you"' || fail "no closest text"
tail -4 "$s/translations/fr.lua" | grep -q '\["Say thanks"\] = "Dire merci",' || fail "the stale entry was lost"
cmp -s "$s/translations/fr.lua.bak" "$root/stories/template/translations/fr.lua" || fail "the old file was not kept"
out=$("$bin" --translate it "$s") || fail "it update: exit $?"
grep -q '\["A new follower"\] = "Un nuovo follower",' "$s/translations/it.lua" || fail "the translator's entry was lost"
"$bin" --check "$s" >/dev/null 2>&1 || fail "the written files do not load"

# Quotes, backslashes and newlines survive the round trip.
sed -i 's/"Say thank you"/"Say \\"thank you\\" \\\\o\/"/' "$s/story.lua"
"$bin" --translate fr "$s" >/dev/null || fail "escapes: exit $?"
sed -i 's/= TODO "Say \\"thank you\\" \\\\o\/"/= "Dis \\"merci\\""/' "$s/translations/fr.lua"
out=$("$bin" --check "$s" 2>&1)
echo "$out" | grep -q 'missing "fr"' && fail "the escaped entry does not match its text: $out"

# A file the card does not list is not overwritten.
echo 'translation "de" { ["A new follower"] = "Ein neuer Follower" }' > "$s/translations/de.lua"
cp "$s/translations/de.lua" "$work/de.before"
out=$("$bin" --translate de "$s" 2>&1) && fail "an undeclared existing file was accepted"
echo "$out" | grep -q 'does not list "de"' || fail "unclear refusal: $out"
cmp -s "$s/translations/de.lua" "$work/de.before" || fail "the undeclared file changed"

# Bad language codes and unwritable folders get one clear line, exit 1 or 2.
"$bin" --translate ../x "$s" >/dev/null 2>&1; [ $? = 2 ] || fail "a path as language was accepted"
"$bin" --translate fr-FR-x "$s" >/dev/null 2>&1; [ $? = 2 ] || fail "a bad code was accepted"
"$bin" --translate en "$s" 2>&1 | grep -q "written in 'en' already" || fail "the source language was accepted"
if [ "$(id -u)" != 0 ]; then
  chmod a-w "$s/translations"
  "$bin" --translate pt "$s" >/dev/null 2>&1 && fail "an unwritable folder was accepted"
  chmod u+w "$s/translations"
fi
echo "translate: all passed"
